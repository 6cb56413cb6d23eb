import type { AstNode } from 'langium';
import {
    isDropModifier, isNote, isNumericLoad, isPaceLoad, isRestModifier, isRestPauseModifier, isScaleLoad, isZoneLoad,
    type Item, type Load, type PyramidReps, type Quantity, type RestDuration, type SetGroup,
} from '../generated/ast.js';
import { DEFAULTS } from '../facts/defaults.js';
import { unitMeters, unitSeconds } from '../facts/vocabulary.js';
import type { ExerciseKind } from './exercise-info.js';
import { plural } from '../../words/words.js';
import type { Distance } from '../../words/quantities.js';

/** From the lower to the upper end, both included: `3-4`, `8-12`, `60-70`. */
export interface Range {
    readonly min: number;
    readonly max: number;
}

/**
 * A load or target after `@`, in its own terms; `max` is a range's upper end (`60-70%`, `RPE 7-8`), `each` a weight
 * per implement (`24kg each`: each dumbbell).
 */
export type LoadModel =
    | { readonly type: 'weight'; readonly value: number; readonly max?: number; readonly unit: 'kg' | 'lb'; readonly each?: boolean }
    | { readonly type: 'percent' | 'percent-hrmax' | 'percent-ftp' | 'watts' | 'bpm'; readonly value: number; readonly max?: number }
    | { readonly type: 'rpe' | 'rir'; readonly value: number; readonly max?: number }
    | { readonly type: 'zone'; readonly zone: 1 | 2 | 3 | 4 | 5 }
    | { readonly type: 'pace'; readonly secondsPer: number; readonly per: 'km' | 'mi' };

export interface SetGroupModel {
    /** Sets; a set range (`3-4x8`) counts its midpoint (SPEC §3.4). */
    readonly sets: number;
    /** `3-4x8`: the set range. */
    readonly setsRange?: Range;
    /** Reps per set (a pyramid's fewest and most); null for AMRAP, timed and distance sets. */
    readonly reps: Range | null;
    readonly amrap: boolean;
    /** `1x5+`: at least 5 reps, then as many as possible; the reps count the written number. */
    readonly amrapFrom?: number;
    /** `4x10,8,6,4`: the reps of each set, in order. */
    readonly repsPerSet?: readonly number[];
    readonly each: boolean;
    /** `3x45s` holds and `6x3min` repeats; a range of holds (`3x20-30s`) by its midpoint. */
    readonly seconds?: number;
    /** `3x20-30s`: the range of seconds. */
    readonly secondsRange?: Range;
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
    /** Rest between sets in seconds; a range (`rest 2-3min`) by its midpoint. */
    readonly restSeconds?: number;
    /** `rest 2-3min`: the range of the rest, in seconds. */
    readonly rest?: Range;
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
    const groups = item.groups.map((group) => readSetGroup(group, pyramidOf(item, group), units, kind, report));
    const sets = groups.reduce((total, group) => total + group.sets, 0);
    // The sets there may be: a set range's upper end (a drop on the 4th set of `3-4x12` is there when 4 are done).
    const setsAtMost = groups.reduce((total, group) => total + (group.setsRange?.max ?? group.sets), 0);
    const amount = item.amount && readQuantity(item.amount, report);
    const load = item.load && readLoad(item.load, units, kind, report);

    let drops: Set<number> | undefined;
    let restPause: PrescriptionModel['restPause'];
    let restSeconds: number | undefined;
    let rest: Range | undefined;
    let notes: string[] | undefined;
    for (const modifier of item.modifiers) {
        if (isDropModifier(modifier)) {
            // A range is spelled out only when it fits the item's sets; a longer one is wrong anyway.
            const wanted = modifier.last || modifier.sets.length === 0 ? [setsAtMost] : modifier.rangeEnd !== undefined
                ? range(modifier.sets[0], Math.min(modifier.rangeEnd, Math.max(setsAtMost, modifier.sets[0]) + 1))
                : modifier.sets;
            if (modifier.rangeEnd !== undefined && modifier.rangeEnd < modifier.sets[0]) {
                report(modifier, `The drop range ${modifier.sets[0]}-${modifier.rangeEnd} runs backwards; write ${modifier.rangeEnd}-${modifier.sets[0]}`);
            } else {
                const missing = wanted.filter((set) => set < 1 || set > setsAtMost);
                if (missing.length > 0) {
                    report(modifier, `There is no set ${missing.join(', ')} to drop from: this item has ${plural(setsAtMost, 'set')}`);
                } else {
                    // One by one into a set: `drop 1-100000` on as many sets is a long list.
                    for (const set of wanted) (drops ??= new Set()).add(set);
                }
            }
        } else if (isRestPauseModifier(modifier)) {
            restPause = { pauseSeconds: modifier.pause && readQuantity(modifier.pause, report).seconds };
        } else if (isRestModifier(modifier) && modifier.duration) {
            rest = readRest(modifier.duration, report);
            restSeconds = rest && (rest.min + rest.max) / 2;
        } else if (isNote(modifier)) {
            (notes ??= []).push(modifier.text);
        }
    }
    const effort = item.effort?.toLowerCase() as PrescriptionModel['effort'];
    return {
        prescription: {
            groups, amount, load, effort, drops: drops ? [...drops].sort((a, b) => a - b) : NONE, restPause, restSeconds, rest, notes: notes ?? NONE, sets,
        },
        problems: problems ?? NONE,
    };
}

/** The reps written with commas after a set group (`4x10,8,6,4`): those between it and the next group. */
function pyramidOf(item: Item, group: SetGroup): readonly PyramidReps[] {
    if (item.pyramid.length === 0) return NONE;
    const from = group.$cstNode?.offset ?? 0;
    const next = item.groups.find((other) => (other.$cstNode?.offset ?? 0) > from)?.$cstNode?.offset ?? Infinity;
    return item.pyramid.filter((reps) => (reps.$cstNode?.offset ?? 0) > from && (reps.$cstNode?.offset ?? 0) < next);
}

function readSetGroup(group: SetGroup, commaPyramid: readonly PyramidReps[], units: 'kg' | 'lb', kind: ExerciseKind | undefined,
    report: (node: AstNode, message: string) => void): SetGroupModel {
    const tail = commaPyramid.at(-1);
    const pyramid = [...group.pyramid, ...commaPyramid.map((reps) => reps.reps)];
    const setsRange = group.setsMax !== undefined ? { min: group.sets ?? 0, max: group.setsMax } : undefined;
    if (setsRange && setsRange.min > setsRange.max) {
        report(group, `The set range ${setsRange.min}-${setsRange.max} runs backwards: write ${setsRange.max}-${setsRange.min}`);
    }
    const sets = setsRange ? (setsRange.min + setsRange.max) / 2 : group.sets ?? 0;
    if (sets <= 0 || setsRange?.min === 0) report(group, `${text(group)} has zero sets`);
    const unit = group.unit?.toLowerCase();
    let reps: SetGroupModel['reps'] = null;
    let seconds: number | undefined;
    let secondsRange: Range | undefined;
    let meters: number | undefined;
    let distance: Distance | undefined;
    let repsPerSet: number[] | undefined;
    if (!group.amrap && group.reps !== undefined) {
        const written = { min: group.reps, max: group.repsMax ?? group.reps };
        if (group.repsMax !== undefined && group.reps > group.repsMax) {
            report(group, `The ${unit ? 'range' : 'rep range'} ${group.reps}-${group.repsMax} runs backwards: the minimum must not exceed the maximum`);
        }
        if (unit) {
            const [perSecond, perMeter] = [unitSeconds(unit), unitMeters(unit)];
            secondsRange = perSecond !== undefined && group.repsMax !== undefined ? { min: written.min * perSecond, max: written.max * perSecond } : undefined;
            seconds = perSecond !== undefined ? ((written.min + written.max) / 2) * perSecond : undefined;
            meters = perMeter !== undefined ? group.reps * perMeter : undefined;
            distance = perMeter !== undefined ? { value: group.reps, unit } : undefined;
            if (perMeter !== undefined && group.repsMax !== undefined) report(group, `${text(group)}: a distance has no range; write one distance per set`);
            if (group.reps <= 0) report(group, `${text(group)} asks for nothing in each set`);
        } else if (pyramid.length > 0) {
            repsPerSet = [group.reps, ...pyramid];
            reps = { min: Math.min(...repsPerSet), max: Math.max(...repsPerSet) };
            const written = `${text(group)}${commaPyramid.map((reps) => `,${reps.reps}`).join('')}`;
            if (!setsRange && repsPerSet.length !== sets) {
                report(group, `${written} gives the reps of ${plural(repsPerSet.length, 'set')} to ${plural(sets, 'set')}: write one number per set`);
            } else if (setsRange) {
                report(group, `${written}: reps per set need a number of sets, not a range`);
            }
            if (repsPerSet.some((each) => each <= 0)) report(group, `${written} has a set of zero reps`);
        } else {
            reps = written;
            if (group.reps <= 0 && group.repsMax === undefined) report(group, `${text(group)} has zero reps`);
        }
    }
    const writtenLoad = group.load ?? tail?.load;
    const load = writtenLoad && readLoad(writtenLoad, units, kind, report);
    return {
        sets, setsRange, reps, amrap: group.amrap, amrapFrom: group.plus ? group.reps : undefined, repsPerSet, each: group.each || (tail?.each ?? false),
        seconds, secondsRange, meters, distance, load,
    };
}

/** A duration or distance; `1h30min` adds its parts (only hours then minutes make one duration). */
function readQuantity(quantity: Quantity, report: (node: AstNode, message: string) => void): NonNullable<PrescriptionModel['amount']> {
    const unit = quantity.unit?.toLowerCase() ?? '';
    const value = quantity.value ?? 0;
    const [perSecond, perMeter] = [unitSeconds(unit), unitMeters(unit)];
    if (quantity.more) {
        const more = quantity.more.unit?.toLowerCase() ?? '';
        if (perSecond !== 3600 || unitSeconds(more) !== 60 || quantity.more.more) {
            report(quantity, `${text(quantity)} is not one amount: write hours then minutes (1h30min), or one unit`);
            return {};
        }
        return { seconds: value * perSecond + (quantity.more.value ?? 0) * 60 };
    }
    if (value <= 0) {
        report(quantity, `${text(quantity)} is no amount of training`);
        return {};
    }
    if (perSecond !== undefined) return { seconds: value * perSecond };
    return perMeter !== undefined ? { meters: value * perMeter, distance: { value, unit } } : {};
}

/** `rest 90s`, `rest 2-3min`: seconds, the range's ends apart. */
function readRest(duration: RestDuration, report: (node: AstNode, message: string) => void): Range | undefined {
    const perSecond = unitSeconds(duration.unit?.toLowerCase() ?? '');
    if (perSecond === undefined) {
        report(duration, `Rest is a time (90s, 2min), not ${text(duration)}`);
        return undefined;
    }
    const range = { min: (duration.value ?? 0) * perSecond, max: (duration.valueMax ?? duration.value ?? 0) * perSecond };
    if (range.min > range.max) report(duration, `The rest range ${text(duration)} runs backwards: the minimum must not exceed the maximum`);
    return range;
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
        for (const end of new Set([value, load.valueMax ?? value])) {
            if (end < min || end > max) report(load, `${type.toUpperCase()} ${end} is off the scale: use ${min} to ${max}`);
        }
        checkRange(load, value, load.valueMax, report);
        return { type, value, max: load.valueMax };
    }
    if (isPaceLoad(load)) {
        const [minutes, seconds] = (load.pace ?? '0:00').split(':').map(Number);
        if (seconds >= 60) report(load, `${load.pace} is no pace: the seconds go up to 59 (5:30/km)`);
        if (kind === 'strength') report(load, 'A pace is a target for cardio, not for strength work');
        return { type: 'pace', secondsPer: minutes * 60 + seconds, per: load.per?.toLowerCase() === 'mi' ? 'mi' : 'km' };
    }
    if (isZoneLoad(load)) {
        if (kind === 'strength') report(load, `A heart-rate zone is a target for cardio, not for strength work`);
        return { type: 'zone', zone: Number(load.zone?.slice(1) ?? 3) as 1 | 2 | 3 | 4 | 5 };
    }
    if (!isNumericLoad(load)) throw new Error('unknown load');
    const unit = load.unit?.toLowerCase();
    const of = load.of?.toLowerCase();
    const { value, valueMax: max } = load;
    checkRange(load, value, max, report);
    const outside = (limit: { min: number; max: number }) => [value, max ?? value].find((end) => end < limit.min || end > limit.max);
    if (load.each && (unit === '%' || unit === 'bpm' || unit === 'w')) report(load, '`each` after a load is a weight per implement (24kg each): it needs a weight');
    if (unit === '%' && of === 'hrmax') {
        const wrong = outside(limits.percentOfHrMax);
        if (wrong !== undefined) report(load, `${wrong}% HRmax is not a heart rate: use ${limits.percentOfHrMax.min}% to ${limits.percentOfHrMax.max}%`);
        if (kind === 'strength') report(load, 'A heart-rate target is for cardio, not for strength work');
        return { type: 'percent-hrmax', value, max };
    }
    if (unit === '%' && of === 'ftp') {
        const wrong = outside(limits.percentOfFtp);
        if (wrong !== undefined) report(load, `${wrong}% FTP is no power to train at: use ${limits.percentOfFtp.min}% to ${limits.percentOfFtp.max}%`);
        if (kind === 'strength') report(load, 'A power target is for cardio, not for strength work');
        return { type: 'percent-ftp', value, max };
    }
    if (unit === '%') {
        const wrong = outside(limits.percentOfMax);
        if (wrong !== undefined) report(load, `${wrong}% of your one-rep max is impossible: use ${limits.percentOfMax.min}% to ${limits.percentOfMax.max}%`);
        if (kind === 'cardio') report(load, 'A bare % on cardio says nothing: write % FTP (power) or % HRmax (heart rate)');
        return { type: 'percent', value, max };
    }
    if (unit === 'bpm') {
        const wrong = outside(limits.bpm);
        if (wrong !== undefined) report(load, `${wrong} bpm is not a heart rate to train at: use ${limits.bpm.min} to ${limits.bpm.max}`);
        if (kind === 'strength') report(load, 'A heart-rate target is for cardio, not for strength work');
        return { type: 'bpm', value, max };
    }
    if (unit === 'w') {
        const wrong = outside(limits.watts);
        if (wrong !== undefined) report(load, `${wrong} W is no power to train at: use ${limits.watts.min} to ${limits.watts.max}`);
        if (kind === 'strength') report(load, 'A power target is for cardio, not for strength work');
        return { type: 'watts', value, max };
    }
    if (kind === 'cardio') report(load, 'A weight makes no sense for cardio: give an intensity (easy, hard, @ Z2, @ 150bpm)');
    return { type: 'weight', value, max, unit: unit === undefined ? units : unit === 'kg' ? 'kg' : 'lb', each: load.each || undefined };
}

/** A load range must not run backwards (`@ 70-60%`); equal ends (`@ 10-10%`) are one load. */
function checkRange(load: AstNode, min: number, max: number | undefined, report: (node: AstNode, message: string) => void): void {
    if (max !== undefined && min > max) report(load, `The load range ${text(load)} runs backwards: write ${max}-${min}`);
}

function range(from: number, to: number): number[] {
    const sets: number[] = [];
    for (let set = from; set <= to; set++) sets.push(set);
    return sets;
}

function text(node: AstNode): string {
    return node.$cstNode?.text.replace(/\s+/g, ' ') ?? '';
}
