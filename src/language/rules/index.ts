import type { Rule } from './rule.js';
import { duplicateSession } from './duplicate-session.js';
import { invalidPrescription } from './invalid-prescription.js';

/** The rules over the week model, in the order of SPEC §4.1. */
export const WEEK_RULES: readonly Rule[] = [
    duplicateSession,
    invalidPrescription,
];
