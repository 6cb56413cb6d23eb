import type { Rule } from './rule.js';
import { duplicateSession } from './duplicate-session.js';
import { invalidPrescription } from './invalid-prescription.js';
import { recoveryWindow } from './recovery-window.js';
import { cardioBeforeStrength } from './cardio-before-strength.js';
import { runAfterLegs } from './run-after-legs.js';
import { legsAndBackSameDay } from './legs-and-back-same-day.js';
import { combinedNeedsCompound } from './combined-needs-compound.js';
import { muscleFrequency } from './muscle-frequency.js';
import { weeklyVolume } from './weekly-volume.js';
import { noRestDay } from './no-rest-day.js';
import { heartRate } from './heart-rate.js';

/** The rules over the week model, in the order of SPEC §4.1. */
export const WEEK_RULES: readonly Rule[] = [
    duplicateSession,
    invalidPrescription,
    recoveryWindow,
    cardioBeforeStrength,
    runAfterLegs,
    legsAndBackSameDay,
    combinedNeedsCompound,
    muscleFrequency,
    weeklyVolume,
    noRestDay,
    heartRate,
];
