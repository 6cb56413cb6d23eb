import {
    isAgeStatement, isBrokenSession, isFtpStatement, isGoalStatement, isHrMaxStatement, isPlanTitle, isSession, isUnitsStatement,
    type Item, type Plan, type PlanTitle, type Session,
} from '../generated/ast.js';
import {
    DEFAULTS, MINUTES_PER_DAY, MUSCLES, REGIONS, WEEKDAYS, estimateHrMax,
    type Goal, type Muscle, type Region,
} from '../facts/defaults.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { exerciseInfo, type ExerciseInfo, type ExerciseKind } from './exercise-info.js';
import { writtenName } from '../references/names.js';
import { readPrescription, type LoadModel, type PrescriptionModel, type PrescriptionProblem } from './prescription.js';
import { unitMeters, unitSeconds } from '../facts/vocabulary.js';
import { dayName } from '../../words/words.js';

export type Intensity = 'low' | 'moderate' | 'high';

/** Why an item has its intensity (SPEC §3.6), for hovers to explain it. */
export type IntensityReason =
    | { readonly from: 'mobility' }
    | { readonly from: 'effort'; readonly effort: string }
    | { readonly from: 'zone'; readonly zone: number }
    | { readonly from: 'heart rate'; readonly bpm?: number; readonly heartRateMax?: number; readonly percentOfMax?: number }
    | { readonly from: 'power'; readonly watts?: number; readonly ftp?: number; readonly percentOfFtp?: number }
    | { readonly from: 'repeats' }
    | { readonly from: 'default' };

export interface ItemModel {
    readonly node: Item;
    /** The name as written. */
    readonly name: string;
    /** The declaration it names; undefined when the name is unknown. */
    readonly exercise?: ExerciseInfo;
    /** The exercise's kind; conditioning (below) is cardio. */
    readonly kind?: ExerciseKind;
    /**
     * A strength exercise prescribed like cardio (`Sled Push 10min`, `Farmer's Walk 40m`, `10x40m`), or a cardio
     * exercise in sets of reps (`Burpees 5x10`): cardio of its intensity, adding no sets (SPEC §2.5).
     */
    readonly conditioning?: boolean;
    readonly prescription: PrescriptionModel;
    readonly problems: readonly PrescriptionProblem[];
    /** False when the prescription is missing or invalid: such an item counts for nothing (SPEC §3.4). */
    readonly valid: boolean;
    /** Cardio and mobility: low, moderate or high (SPEC §3.6). */
    readonly intensity?: Intensity;
    /** Cardio and mobility: what decided the intensity. */
    readonly intensityReason?: IntensityReason;
    /** Cardio: minutes, when the prescription gives a time. */
    readonly minutes?: number;
    readonly impact?: 'high' | 'low';
}

export interface SessionModel {
    readonly node: Session;
    /** 0 = Monday … 6 = Sunday. */
    readonly day: number;
    /** "Monday". */
    readonly dayName: string;
    /** HH:MM, the default applied. */
    readonly time: string;
    readonly timeWritten: boolean;
    /** Minutes from Monday 00:00. */
    readonly start: number;
    readonly title?: string;
    readonly rest: boolean;
    readonly items: readonly ItemModel[];
    /** Sets of valid strength items with a primary muscle in each region (SPEC §3.4). */
    readonly regionSets: Readonly<Record<Region, number>>;
    /** The regions it trains: those given at least `minSets` sets. */
    readonly regions: readonly Region[];
}

export interface PlanInfo {
    readonly title?: string;
    readonly goal: Goal;
    readonly age?: number;
    readonly hrmax?: number;
    /** Functional threshold power in watts (SPEC §2.2). */
    readonly ftp?: number;
    readonly units: 'kg' | 'lb';
    /** HRmax from `hrmax`, else estimated from `age`. */
    readonly heartRateMax?: number;
    /** The `plan` statement, where plan-level diagnostics go (else the first line). */
    readonly titleNode?: PlanTitle;
}

export interface WeekModel {
    /** The plan it was built from. */
    readonly root: Plan;
    readonly plan: PlanInfo;
    /** Sessions in the order of the week, from Monday 00:00; sessions at the same time keep the order of the file. */
    readonly sessions: readonly SessionModel[];
    /** Sets per muscle per week: primary 1, secondary half (SPEC §3.5). Every muscle of the vocabulary is present. */
    readonly weeklySets: Readonly<Record<Muscle, number>>;
    /** The same sets, those of exercises working the muscle as primary and as secondary apart (their sum is weeklySets). */
    readonly weeklySetsBySource: Readonly<Record<Muscle, { readonly primary: number; readonly secondary: number }>>;
    /** The items below a broken session header: checked line by line, on no weekday, counted by no rule of the week (SPEC §2.1). */
    readonly unscheduled: readonly ItemModel[];
}

/**
 * The week a linked plan describes (SPEC §3): what rules, hovers, the preview and exports read.
 * Pure: the same plan and settings give the same model.
 */
export function buildWeekModel(plan: Plan, settings: Settings = DEFAULT_SETTINGS): WeekModel {
    const info = readPlanInfo(plan, settings);
    const sessions = plan.statements
        .filter(isSession)
        .map((session) => readSession(session, info, settings))
        .sort((a, b) => a.start - b.start);
    const weeklySetsBySource = countWeeklySets(sessions);
    const weeklySets = Object.fromEntries(MUSCLES.map((muscle) => [muscle, weeklySetsBySource[muscle].primary + weeklySetsBySource[muscle].secondary])) as Record<Muscle, number>;
    const unscheduled = plan.statements.filter(isBrokenSession).flatMap((session) => session.items.map((item) => readItem(item, info)));
    return { root: plan, plan: info, sessions, weeklySets, weeklySetsBySource, unscheduled };
}

function readPlanInfo(plan: Plan, settings: Settings): PlanInfo {
    const titleNode = plan.statements.find(isPlanTitle);
    const goal = (plan.statements.find(isGoalStatement)?.goal?.toLowerCase() ?? DEFAULTS.goal) as Goal;
    const age = plan.statements.find(isAgeStatement)?.age;
    const hrmax = plan.statements.find(isHrMaxStatement)?.hrmax;
    const ftp = plan.statements.find(isFtpStatement)?.ftp;
    const written = plan.statements.find(isUnitsStatement)?.units?.toLowerCase();
    const units = written === undefined ? DEFAULTS.units : written === 'kg' ? 'kg' : 'lb';
    const heartRateMax = hrmax ?? (age !== undefined ? estimateHrMax(age, settings.heartRate.formula) : undefined);
    return { title: titleNode?.title, goal, age, hrmax, ftp, units, heartRateMax, titleNode };
}

/** The weekday index of a weekday keyword or its abbreviation ("Tue" → 1). */
export function weekdayIndex(written: string): number {
    const prefix = written.toLowerCase().slice(0, 3);
    return WEEKDAYS.findIndex((day) => day.startsWith(prefix));
}

/** Minutes after midnight of a valid HH:MM, else undefined. */
export function parseTime(time: string): number | undefined {
    const match = /^(\d{1,2}):(\d{2})$/.exec(time);
    if (!match) return undefined;
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

export function formatTime(minutes: number): string {
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function readSession(node: Session, plan: PlanInfo, settings: Settings): SessionModel {
    const day = weekdayIndex(node.day);
    const written = node.time !== undefined ? parseTime(node.time) : undefined;
    const minutes = written ?? parseTime(settings.defaultTime) ?? 0;
    const items = node.items.map((item) => readItem(item, plan));
    const regionSets = Object.fromEntries(REGIONS.map((region) => [region, 0])) as Record<Region, number>;
    for (const item of items) {
        if (!item.valid || item.kind !== 'strength' || !item.exercise) continue;
        for (const region of item.exercise.regions) regionSets[region] += item.prescription.sets;
    }
    return {
        node, day, dayName: dayName(day), time: formatTime(minutes), timeWritten: written !== undefined,
        start: day * MINUTES_PER_DAY + minutes, title: node.title, rest: node.rest, items, regionSets,
        regions: REGIONS.filter((region) => regionSets[region] >= settings.recovery.minSets),
    };
}

function readItem(node: Item, plan: PlanInfo): ItemModel {
    const declaration = node.exercise.ref;
    const exercise = declaration && exerciseInfo(declaration);
    const conditioning = isConditioning(node, exercise?.kind);
    // Conditioning takes the loads of both kinds (`Sled Push 10x40m @ 100kg`, `Burpees 5x10 @ Z4`).
    const { prescription, problems } = readPrescription(node, conditioning ? undefined : exercise?.kind, plan.units);
    const kind = conditioning ? 'cardio' : exercise?.kind;
    const given = prescription.groups.length > 0 || prescription.amount !== undefined;
    const valid = given && problems.length === 0;
    if (kind === 'strength' || kind === undefined) {
        return { node, name: writtenName(node.exercise.$refText), exercise, kind, prescription, problems, valid };
    }
    const { intensity, reason } = kind === 'mobility'
        ? { intensity: 'low' as const, reason: { from: 'mobility' as const } }
        : cardioIntensity(prescription, plan);
    return {
        node, name: writtenName(node.exercise.$refText), exercise, kind, conditioning: conditioning || undefined, prescription, problems, valid,
        intensity, intensityReason: reason,
        minutes: cardioMinutes(prescription, conditioning && exercise?.kind === 'cardio'),
        impact: exercise?.impact ?? (conditioning ? 'low' : undefined),
    };
}

/** SPEC §2.5: a strength exercise with a single duration, a distance or repeats of a distance; a cardio exercise in sets of reps. */
function isConditioning(node: Item, kind: ExerciseKind | undefined): boolean {
    if (kind === 'strength') {
        if (node.amount) return true;
        return node.groups.length > 0 && node.groups.every((group) => group.unit !== undefined && unitMeters(group.unit.toLowerCase()) !== undefined);
    }
    return kind === 'cardio' && node.groups.length > 0
        && node.groups.every((group) => group.amrap || (group.reps !== undefined && (group.unit === undefined || unitSeconds(group.unit.toLowerCase()) === undefined && unitMeters(group.unit.toLowerCase()) === undefined)));
}

/** The band of a percentage between two thresholds: a value exactly at one belongs to the higher (SPEC §3.6). */
function band(percent: number, { moderateFromPercent, highFromPercent }: { moderateFromPercent: number; highFromPercent: number }): Intensity {
    return percent >= highFromPercent ? 'high' : percent >= moderateFromPercent ? 'moderate' : 'low';
}

/** SPEC §3.6: the written intensity wins; then a target (zone, heart rate, power; a range by its heavier end); then repeats are high; else moderate. */
function cardioIntensity(prescription: PrescriptionModel, plan: PlanInfo): { intensity: Intensity; reason: IntensityReason } {
    const { effort } = prescription;
    if (effort) return { intensity: effort === 'easy' ? 'low' : effort === 'hard' ? 'high' : 'moderate', reason: { from: 'effort', effort } };
    const load: LoadModel | undefined = prescription.load ?? prescription.groups.find((group) => group.load)?.load;
    const { heartRateMax, ftp } = plan;
    if (load?.type === 'zone') return { intensity: load.zone <= 2 ? 'low' : load.zone === 3 ? 'moderate' : 'high', reason: { from: 'zone', zone: load.zone } };
    if (load?.type === 'bpm') {
        const bpm = load.max ?? load.value;
        if (heartRateMax === undefined) return { intensity: 'moderate', reason: { from: 'heart rate', bpm } };
        const percentOfMax = (bpm / heartRateMax) * 100;
        return { intensity: band(percentOfMax, DEFAULTS.heartRate), reason: { from: 'heart rate', bpm, heartRateMax, percentOfMax } };
    }
    if (load?.type === 'percent-hrmax') {
        const percentOfMax = load.max ?? load.value;
        return { intensity: band(percentOfMax, DEFAULTS.heartRate), reason: { from: 'heart rate', heartRateMax, percentOfMax } };
    }
    if (load?.type === 'percent-ftp') {
        const percentOfFtp = load.max ?? load.value;
        return { intensity: band(percentOfFtp, DEFAULTS.power), reason: { from: 'power', ftp, percentOfFtp } };
    }
    if (load?.type === 'watts') {
        const watts = load.max ?? load.value;
        if (ftp === undefined) return { intensity: 'moderate', reason: { from: 'power', watts } };
        const percentOfFtp = (watts / ftp) * 100;
        return { intensity: band(percentOfFtp, DEFAULTS.power), reason: { from: 'power', watts, ftp, percentOfFtp } };
    }
    if (prescription.groups.length > 0) return { intensity: 'high', reason: { from: 'repeats' } };
    return { intensity: 'moderate', reason: { from: 'default' } };
}

/** Minutes of cardio when a time is given; `repsTimed` (a cardio exercise in sets of reps) takes 3 s a rep. */
function cardioMinutes(prescription: PrescriptionModel, repsTimed: boolean): number | undefined {
    if (prescription.amount) return prescription.amount.seconds !== undefined ? prescription.amount.seconds / 60 : undefined;
    if (repsTimed) {
        const reps = (group: PrescriptionModel['groups'][number]) => group.repsPerSet?.reduce((sum, each) => sum + each, 0) ?? group.sets * (group.reps ? (group.reps.min + group.reps.max) / 2 : DEFAULTS.amrapReps);
        return prescription.groups.reduce((total, group) => total + (reps(group) * DEFAULTS.secondsPerRep) / 60, 0);
    }
    if (prescription.groups.length === 0 || prescription.groups.some((group) => group.seconds === undefined)) return undefined;
    return prescription.groups.reduce((total, group) => total + (group.sets * group.seconds!) / 60, 0);
}

function countWeeklySets(sessions: readonly SessionModel[]): Record<Muscle, { primary: number; secondary: number }> {
    const weekly = Object.fromEntries(MUSCLES.map((muscle) => [muscle, { primary: 0, secondary: 0 }])) as Record<Muscle, { primary: number; secondary: number }>;
    for (const item of sessions.flatMap((session) => session.items)) {
        if (!item.valid || item.kind !== 'strength' || !item.exercise) continue;
        const sets = item.prescription.sets;
        for (const muscle of item.exercise.primary) weekly[muscle].primary += sets;
        for (const muscle of item.exercise.secondary) {
            if (!item.exercise.primary.includes(muscle)) weekly[muscle].secondary += sets * DEFAULTS.volume.secondaryWeight;
        }
    }
    return weekly;
}
