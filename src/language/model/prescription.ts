import type { AstNode } from 'langium';
import {
    isDropModifier, isNote, isNumericLoad, isRestModifier, isRestPauseModifier, isScaleLoad, isZoneLoad,
    type Item, type Load, type Quantity, type SetGroup,
} from '../generated/ast.js';
import { DEFAULTS } from '../facts/defaults.js';
import { unitMeters, unitSeconds } from '../facts/vocabulary.js';
import type { ExerciseKind } from './exercise-info.js';
import { plural } from '../../words/words.js';
import type { Distance } from '../../words/quantities.js';

/** A load or target after `@`, in its own terms. */
export type LoadModel =
    | { readonly type: 'weight'; readonly value: number; readonly unit: 'kg' | 'lb' }
    | { readonly type: 'percent'; readonly value: number }
    | { readonly type: 'rpe' | 'rir'; readonly value: number }
    | { readonly type: 'bpm'; readonly value: number }
    | { readonly type: 'zone'; readonly zone: 1 | 2 | 3 | 4 | 5 };

export interface SetGroupModel {
    readonly sets: number;
    /** Reps per set; null for AMRAP, timed and distance sets. */
    readonly reps: { readonly min: number; readonly max: number } | null;
    readonly amrap: boolean;
    readonly each: boolean;
    /** `3x45s` holds and `6x3min` repeats. */
    readonly seconds?: number;
    /** `8x400m` repeats: meters per set, and the distance as written. */
    readonly meters?: number;
    readonly distance?: Distance;
    readonly load?: LoadModel;
}

export interface PrescriptionModel {
    readonly groups: readonly SetGroupModel[];
    /** A single duration or distance: `30min`, `5km`. */
    readonly amount?: { readonly seconds?: number; readonly meters?: number; readonly distance?: Distance };
    readonly load?: LoadModel;
    readonly effort?: 'easy' | 'moderate' | 'hard';
    /** The sets that end in a drop set, 1-based, in order. */
    readonly drops: readonly number[];
    readonly restPause?: { readonly pauseSeconds?: number };
    readonly restSeconds?: number;
    readonly notes: readonly string[];
    /** Total sets across groups (a drop or rest-pause set counts once, `each` does not double). */
    readonly sets: number;
}

/** Something in a prescription that makes no sense (SPEC §4.1 `invalid-prescription`), anchored at the part at fault. */
export interface PrescriptionProblem {
    readonly node: AstNode;
    readonly message: string;
}

/** The one empty array of every item without drops, notes or problems. */
const NONE: readonly never[] = Object.freeze([]);

/** Reads an item's prescription and what is wrong with it; `kind` is the exercise's, when known. */
export function readPrescription(item: Item, kind: ExerciseKind | undefined, units: 'kg' | 'lb'): {
    prescription: PrescriptionModel;
    problems: readonly PrescriptionProblem[];
} {
    // Most items have no problems, drops or notes: those arrays are made only when needed (a plan has thousands).
    let problems: PrescriptionProblem[] | undefined;
    const report = (node: AstNode, message: string) => (problems ??= []).push({ node, message });

    // After a parse error the tree may lack any property the grammar requires: read it defensively.
    const groups = item.groups.map((group) => readSetGroup(group, units, kind, report));
    const sets = groups.reduce((total, group) => total + group.sets, 0);
    const amount = item.amount && readQuantity(item.amount);
    if (item.amount && item.amount.value <= 0) report(item.amount, `${text(item.amount)} is no amount of training`);
    const load = item.load && readLoad(item.load, units, kind, report);

    let drops: Set<number> | undefined;
    let restPause: PrescriptionModel['restPause'];
    let restSeconds: number | undefined;
    let notes: string[] | undefined;
    for (const modifier of item.modifiers) {
        if (isDropModifier(modifier)) {
            // A range is spelled out only when it fits the item's sets; a longer one is wrong anyway.
            const wanted = modifier.last ? [sets] : modifier.rangeEnd !== undefined
                ? range(modifier.sets[0], Math.min(modifier.rangeEnd, Math.max(sets, modifier.sets[0]) + 1))
                : modifier.sets;
            if (modifier.rangeEnd !== undefined && modifier.rangeEnd < modifier.sets[0]) {
                report(modifier, `The drop range ${modifier.sets[0]}-${modifier.rangeEnd} runs backwards; write ${modifier.rangeEnd}-${modifier.sets[0]}`);
            } else {
                const missing = wanted.filter((set) => set < 1 || set > sets);
                if (missing.length > 0) {
                    report(modifier, `There is no set ${missing.join(', ')} to drop from: this item has ${plural(sets, 'set')}`);
                } else {
                    // One by one into a set: `drop 1-100000` on as many sets is a long list.
                    for (const set of wanted) (drops ??= new Set()).add(set);
                }
            }
        } else if (isRestPauseModifier(modifier)) {
            restPause = { pauseSeconds: modifier.pause && readQuantity(modifier.pause).seconds };
        } else if (isRestModifier(modifier) && modifier.duration) {
            restSeconds = readQuantity(modifier.duration).seconds;
            if (restSeconds === undefined) report(modifier.duration, `Rest is a time (90s, 2min), not ${text(modifier.duration)}`);
        } else if (isNote(modifier)) {
            (notes ??= []).push(modifier.text);
        }
    }
    const effort = item.effort?.toLowerCase() as PrescriptionModel['effort'];
    return {
        prescription: {
            groups, amount, load, effort, drops: drops ? [...drops].sort((a, b) => a - b) : NONE, restPause, restSeconds, notes: notes ?? NONE, sets,
        },
        problems: problems ?? NONE,
    };
}

function readSetGroup(group: SetGroup, units: 'kg' | 'lb', kind: ExerciseKind | undefined,
    report: (node: AstNode, message: string) => void): SetGroupModel {
    const sets = group.sets ?? 0;
    if (sets <= 0) report(group, `${text(group)} has zero sets`);
    const unit = group.unit?.toLowerCase();
    let reps: SetGroupModel['reps'] = null;
    let seconds: number | undefined;
    let meters: number | undefined;
    let distance: Distance | undefined;
    if (!group.amrap && group.reps !== undefined) {
        if (unit) {
            const [perSecond, perMeter] = [unitSeconds(unit), unitMeters(unit)];
            seconds = perSecond !== undefined ? group.reps * perSecond : undefined;
            meters = perMeter !== undefined ? group.reps * perMeter : undefined;
            distance = perMeter !== undefined ? { value: group.reps, unit } : undefined;
            if (group.reps <= 0) report(group, `${text(group)} asks for nothing in each set`);
        } else {
            reps = { min: group.reps, max: group.repsMax ?? group.reps };
            if (group.reps <= 0 && group.repsMax === undefined) report(group, `${text(group)} has zero reps`);
            if (group.repsMax !== undefined && group.reps > group.repsMax) {
                report(group, `The rep range ${group.reps}-${group.repsMax} runs backwards: the minimum must not exceed the maximum`);
            }
        }
    }
    const load = group.load && readLoad(group.load, units, kind, report);
    return { sets, reps, amrap: group.amrap, each: group.each, seconds, meters, distance, load };
}

function readQuantity(quantity: Quantity): NonNullable<PrescriptionModel['amount']> {
    const unit = quantity.unit?.toLowerCase() ?? '';
    const value = quantity.value ?? 0;
    const [perSecond, perMeter] = [unitSeconds(unit), unitMeters(unit)];
    if (perSecond !== undefined) return { seconds: value * perSecond };
    return perMeter !== undefined ? { meters: value * perMeter, distance: { value, unit } } : {};
}

/**
 * The distance of all the item's repeats (`8x400m` is 3,200 m), in their unit when they share one, else in meters;
 * undefined when a set group is not a distance.
 */
export function repeatsDistance(groups: readonly SetGroupModel[]): Distance | undefined {
    if (groups.length === 0 || groups.some((group) => group.distance === undefined)) return undefined;
    const unit = groups[0].distance!.unit;
    return groups.every((group) => group.distance!.unit === unit)
        ? { value: groups.reduce((total, group) => total + group.sets * group.distance!.value, 0), unit }
        : { value: groups.reduce((total, group) => total + group.sets * group.meters!, 0), unit: 'm' };
}

function readLoad(load: Load, units: 'kg' | 'lb', kind: ExerciseKind | undefined,
    report: (node: AstNode, message: string) => void): LoadModel {
    const { limits } = DEFAULTS;
    if (isScaleLoad(load)) {
        const type = (load.scale?.toLowerCase() ?? 'rpe') as 'rpe' | 'rir';
        const value = load.negative ? -load.value : load.value;
        const { min, max } = limits[type];
        if (value < min || value > max) report(load, `${type.toUpperCase()} ${value} is off the scale: use ${min} to ${max}`);
        return { type, value };
    }
    if (isZoneLoad(load)) {
        if (kind === 'strength') report(load, `A heart-rate zone is a target for cardio, not for strength work`);
        return { type: 'zone', zone: Number(load.zone?.slice(1) ?? 3) as 1 | 2 | 3 | 4 | 5 };
    }
    if (!isNumericLoad(load)) throw new Error('unknown load');
    const unit = load.unit?.toLowerCase();
    if (unit === '%') {
        const { min, max } = limits.percentOfMax;
        if (load.value < min || load.value > max) report(load, `${load.value}% of your one-rep max is impossible: use ${min}% to ${max}%`);
        if (kind === 'cardio') report(load, `A percentage of one-rep max is a load for strength work, not for cardio`);
        return { type: 'percent', value: load.value };
    }
    if (unit === 'bpm') {
        const { min, max } = limits.bpm;
        if (load.value < min || load.value > max) report(load, `${load.value} bpm is not a heart rate to train at: use ${min} to ${max}`);
        if (kind === 'strength') report(load, `A heart-rate target is for cardio, not for strength work`);
        return { type: 'bpm', value: load.value };
    }
    if (kind === 'cardio') report(load, `A weight makes no sense for cardio: give an intensity (easy, hard, @ Z2, @ 150bpm)`);
    return { type: 'weight', value: load.value, unit: unit === undefined ? units : unit === 'kg' ? 'kg' : 'lb' };
}

function range(from: number, to: number): number[] {
    const sets: number[] = [];
    for (let set = from; set <= to; set++) sets.push(set);
    return sets;
}

function text(node: AstNode): string {
    return node.$cstNode?.text.replace(/\s+/g, ' ') ?? '';
}
