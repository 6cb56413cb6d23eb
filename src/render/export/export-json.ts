import * as z from 'zod/mini';
import { GOALS, MUSCLES, REGIONS, WEEKDAYS, type Muscle, type Region } from '../../language/facts/defaults.js';
import type { Settings } from '../../language/config/settings.js';
import type { LoadModel } from '../../language/model/prescription.js';
import type { ItemModel, SessionModel, WeekModel } from '../../language/model/week-model.js';
import { safeJson } from '../../words/escapes.js';
import { firstLoad } from '../../words/prescription-text.js';

// `split-plan export --format json` (SPEC §6): the week model as one JSON document. The zod schema below is the
// contract: the tests validate every export against it, and consumers may copy it. Absent values are `null`, never
// missing keys, so the shape is the same for every plan.

const nonNegative = z.number().check(z.minimum(0));
const count = z.int().check(z.minimum(0));

/** A load; `max` is a range's upper end (`60-70%`: value 60, max 70), null for one value. */
const loadSchema = z.union([
    z.strictObject({ type: z.literal('weight'), value: nonNegative, max: z.nullable(nonNegative), unit: z.enum(['kg', 'lb']), each: z.boolean() }),
    z.strictObject({ type: z.enum(['percent', 'percent-hrmax', 'percent-ftp', 'watts', 'rpe', 'rir', 'bpm']), value: z.number(), max: z.nullable(z.number()) }),
    z.strictObject({ type: z.literal('zone'), zone: z.int().check(z.minimum(1), z.maximum(5)) }),
    /** `5:00/km`: seconds per kilometre or mile. */
    z.strictObject({ type: z.literal('pace'), secondsPer: nonNegative, per: z.enum(['km', 'mi']) }),
]);

const rangeSchema = z.nullable(z.strictObject({ min: z.number(), max: z.number() }));
const repsSchema = rangeSchema;
const intensitySchema = z.nullable(z.enum(['low', 'moderate', 'high']));
const muscleSchema = z.enum(MUSCLES as unknown as [Muscle, ...Muscle[]]);
const regionsSchema = z.strictObject(Object.fromEntries(REGIONS.map((region) => [region, nonNegative])) as Record<Region, typeof nonNegative>);
const weeklySetsSchema = z.strictObject(Object.fromEntries(MUSCLES.map((muscle) => [muscle, nonNegative])) as Record<Muscle, typeof nonNegative>);

const groupSchema = z.strictObject({
    /** Sets; a set range's midpoint (`3-4x8`: 3.5). */
    sets: z.number(),
    setsRange: rangeSchema,
    /** Reps per set (a pyramid's fewest and most); null for AMRAP, timed and distance sets. */
    reps: repsSchema,
    /** `4x10,8,6,4`: the reps of each set. */
    repsPerSet: z.nullable(z.array(z.number())),
    amrap: z.boolean(),
    /** `1x5+`: the 5. */
    amrapFrom: z.nullable(z.number()),
    /** Per side (`3x8 each`): still counts as `sets` sets. */
    each: z.boolean(),
    /** `3x45s` holds, `6x3min` repeats: seconds per set (a range's midpoint). */
    seconds: z.nullable(nonNegative),
    /** `3x20-30s`: the range of seconds. */
    secondsRange: rangeSchema,
    /** `8x400m` repeats: meters per set. */
    meters: z.nullable(nonNegative),
    load: z.nullable(loadSchema),
});

const itemSchema = z.strictObject({
    /** The name as written, without quotes. */
    name: z.string(),
    /** The declared or built-in exercise it names; null when the name is unknown. */
    exercise: z.nullable(z.string()),
    /** Conditioning: a strength exercise prescribed like cardio, or a cardio one in sets of reps (SPEC §2.5). */
    kind: z.nullable(z.enum(['strength', 'cardio', 'conditioning', 'mobility'])),
    mechanic: z.nullable(z.enum(['compound', 'isolation'])),
    primary: z.array(muscleSchema),
    secondary: z.array(muscleSchema),
    /** False when the prescription is missing or invalid: the item then counts for nothing. */
    valid: z.boolean(),
    /** Total sets across the groups (a drop or rest-pause set counts once, `each` does not double; a set range its midpoint). */
    sets: nonNegative,
    /** The fewest and most sets, when a group has a set range (`3-4x8`). */
    setsRange: rangeSchema,
    /** The smallest and largest reps of any group; null when no group counts reps. */
    reps: repsSchema,
    /** The reps of each set, when the item is one pyramid (`4x10,8,6,4`). */
    repsPerSet: z.nullable(z.array(z.number())),
    /** `1x5+`: the N of its first `N+` group. */
    amrapFrom: z.nullable(z.number()),
    /** The load of the first set (each group's is in `groups`). */
    load: z.nullable(loadSchema),
    groups: z.array(groupSchema),
    /** Cardio and mobility: low, moderate or high (SPEC §3.6); null for strength. */
    intensity: intensitySchema,
    /** `@ 5:00/km`: seconds per kilometre or mile. */
    pace: z.nullable(z.strictObject({ secondsPer: nonNegative, per: z.enum(['km', 'mi']) })),
    /** `@ 250W` or `@ 75% FTP`: the power, in watts and in % FTP where the plan's `ftp` gives the other (a range by its heavier end). */
    power: z.nullable(z.strictObject({ watts: z.nullable(nonNegative), percentOfFtp: z.nullable(nonNegative) })),
    /** The intensity word as written (`easy`, `moderate`, `hard`). */
    effort: z.nullable(z.enum(['easy', 'moderate', 'hard'])),
    impact: z.nullable(z.enum(['high', 'low'])),
    /** Set numbers (1-based) that end in a drop set. */
    drops: z.array(z.int().check(z.minimum(1))),
    restPause: z.union([z.boolean(), z.strictObject({ pauseSeconds: nonNegative })]),
    /** Rest between sets in seconds (a range's midpoint). */
    restSeconds: z.nullable(nonNegative),
    /** `rest 2-3min`: the rest's range in seconds. */
    rest: rangeSchema,
    /** Cardio and mobility: the minutes it takes, when a time is given (`30min`, `6x3min`). */
    minutes: z.nullable(nonNegative),
    /** Cardio: the distance, when one is given (`5km`, `8x400m`). */
    meters: z.nullable(nonNegative),
    notes: z.array(z.string()),
});

const sessionSchema = z.strictObject({
    day: z.enum(WEEKDAYS as unknown as [string, ...string[]]),
    time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
    /** False when the time is the configured default. */
    timeWritten: z.boolean(),
    /** Minutes from Monday 00:00 (SPEC §3.3). */
    startMinute: count,
    title: z.nullable(z.string()),
    rest: z.boolean(),
    /** Sets per region of this session's valid strength items, by primary muscle (SPEC §3.4). */
    regions: regionsSchema,
    /** The regions it trains: those given at least `settings.minSets` sets. */
    trains: z.array(z.enum(REGIONS as [Region, ...Region[]])),
    items: z.array(itemSchema),
});

export const planExportSchema = z.strictObject({
    version: z.literal(1),
    plan: z.strictObject({
        title: z.nullable(z.string()),
        goal: z.enum(GOALS as unknown as [string, ...string[]]),
        age: z.nullable(z.number()),
        hrmax: z.nullable(z.number()),
        /** `hrmax`, else estimated from `age` with the configured formula; null without either. */
        heartRateMax: z.nullable(z.number()),
        /** Functional threshold power in watts. */
        ftp: z.nullable(z.number()),
        units: z.enum(['kg', 'lb']),
    }),
    /** The settings the numbers below depend on (SPEC §5). */
    settings: z.strictObject({
        defaultTime: z.string(),
        minSets: z.number(),
        volume: z.strictObject({ low: z.number(), high: z.number() }),
    }),
    /** In the order of the week from Monday 00:00; rest days written as `WEEKDAY rest` are sessions with `rest: true`. */
    sessions: z.array(sessionSchema),
    /** Sets per muscle per week, every muscle of the vocabulary: primary 1, secondary 0.5 (SPEC §3.5). */
    weeklySets: weeklySetsSchema,
});

export type PlanExport = z.infer<typeof planExportSchema>;
export type ItemExport = z.infer<typeof itemSchema>;
export type SessionExport = z.infer<typeof sessionSchema>;

/** The export document of a week (SPEC §6). */
export function exportPlan(week: WeekModel, settings: Settings): PlanExport {
    const { plan } = week;
    return {
        version: 1,
        plan: {
            title: plan.title ?? null,
            goal: plan.goal,
            age: plan.age ?? null,
            hrmax: plan.hrmax ?? null,
            heartRateMax: plan.heartRateMax ?? null,
            ftp: plan.ftp ?? null,
            units: plan.units,
        },
        settings: { defaultTime: settings.defaultTime, minSets: settings.recovery.minSets, volume: { ...settings.volume } },
        sessions: week.sessions.map((session) => exportSession(session, week)),
        weeklySets: Object.fromEntries(MUSCLES.map((muscle) => [muscle, week.weeklySets[muscle]])) as Record<Muscle, number>,
    };
}

/** The export as text: indented JSON, small objects and arrays kept on one line, and a final newline. */
export function renderJson(week: WeekModel, settings: Settings): string {
    return safeJson(prettyJson(exportPlan(week, settings))) + '\n';
}

/**
 * JSON indented by two spaces, like JSON.stringify(value, null, 2), except that an object or array whose one-line
 * form fits within `width` (120) columns stays on one line (`"reps": { "min": 8, "max": 12 }`): a week reads at a glance.
 */
export function prettyJson(value: unknown, width = 120, indent = ''): string {
    const flat = oneLine(value);
    if (value === null || typeof value !== 'object' || indent.length + flat.length <= width) return flat;
    const inner = indent + '  ';
    if (Array.isArray(value)) return `[\n${value.map((entry) => inner + prettyJson(entry, width, inner)).join(',\n')}\n${indent}]`;
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    return `{\n${entries.map(([key, entry]) => `${inner}${JSON.stringify(key)}: ${prettyJson(entry, width - key.length - 4, inner)}`).join(',\n')}\n${indent}}`;
}

function oneLine(value: unknown): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(oneLine).join(', ')}]`;
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, entry]) => `${JSON.stringify(key)}: ${oneLine(entry)}`).join(', ')} }`;
}

function exportSession(session: SessionModel, week: WeekModel): SessionExport {
    return {
        day: WEEKDAYS[session.day],
        time: session.time,
        timeWritten: session.timeWritten,
        startMinute: session.start,
        title: session.title ?? null,
        rest: session.rest,
        regions: Object.fromEntries(REGIONS.map((region) => [region, session.regionSets[region]])) as Record<Region, number>,
        trains: [...session.regions],
        items: session.items.map((item) => exportItem(item, week)),
    };
}

function exportItem(item: ItemModel, week: WeekModel): ItemExport {
    const { prescription, exercise } = item;
    const load = firstLoad(item);
    const ranged = prescription.groups.filter((group) => group.setsRange);
    const withReps = prescription.groups.flatMap((group) => (group.reps ? [group.reps] : []));
    const meters = prescription.amount?.meters ?? (prescription.groups.length > 0 && prescription.groups.every((group) => group.meters !== undefined)
        ? prescription.groups.reduce((total, group) => total + group.sets * group.meters!, 0)
        : undefined);
    return {
        name: item.name,
        exercise: exercise?.name ?? null,
        kind: item.conditioning ? 'conditioning' : item.kind ?? null,
        mechanic: exercise?.mechanic ?? null,
        primary: [...(exercise?.primary ?? [])],
        secondary: [...(exercise?.secondary ?? [])],
        valid: item.valid,
        sets: prescription.sets,
        setsRange: ranged.length > 0 ? { min: prescription.sets - ranged.reduce((sum, group) => sum + group.sets - group.setsRange!.min, 0), max: prescription.sets + ranged.reduce((sum, group) => sum + group.setsRange!.max - group.sets, 0) } : null,
        reps: withReps.length > 0
            ? { min: Math.min(...withReps.map((reps) => reps.min)), max: Math.max(...withReps.map((reps) => reps.max)) }
            : null,
        repsPerSet: prescription.groups.length === 1 && prescription.groups[0].repsPerSet ? [...prescription.groups[0].repsPerSet] : null,
        amrapFrom: prescription.groups.find((group) => group.amrapFrom !== undefined)?.amrapFrom ?? null,
        load: copyLoad(load),
        groups: prescription.groups.map((group) => ({
            sets: group.sets,
            setsRange: group.setsRange ? { ...group.setsRange } : null,
            reps: group.reps ? { ...group.reps } : null,
            repsPerSet: group.repsPerSet ? [...group.repsPerSet] : null,
            amrap: group.amrap,
            amrapFrom: group.amrapFrom ?? null,
            each: group.each,
            seconds: group.seconds ?? null,
            secondsRange: group.secondsRange ? { ...group.secondsRange } : null,
            meters: group.meters ?? null,
            load: copyLoad(group.load),
        })),
        intensity: item.intensity ?? null,
        pace: load?.type === 'pace' ? { secondsPer: load.secondsPer, per: load.per } : null,
        power: powerOf(load, week.plan.ftp),
        effort: prescription.effort ?? null,
        impact: item.impact ?? null,
        drops: [...prescription.drops],
        restPause: prescription.restPause
            ? (prescription.restPause.pauseSeconds !== undefined ? { pauseSeconds: prescription.restPause.pauseSeconds } : true)
            : false,
        restSeconds: prescription.restSeconds ?? null,
        rest: prescription.rest ? { ...prescription.rest } : null,
        minutes: item.minutes ?? null,
        meters: meters ?? null,
        notes: [...prescription.notes],
    };
}

function copyLoad(load: LoadModel | undefined): z.infer<typeof loadSchema> | null {
    if (!load) return null;
    switch (load.type) {
        case 'weight': return { type: 'weight', value: load.value, max: load.max ?? null, unit: load.unit, each: load.each ?? false };
        case 'zone': case 'pace': return { ...load };
        default: return { type: load.type, value: load.value, max: load.max ?? null };
    }
}

/** Watts and % FTP of a power target, each from the other through `ftp` when the plan gives it. */
function powerOf(load: LoadModel | undefined, ftp: number | undefined): ItemExport['power'] {
    if (load?.type === 'watts') {
        const watts = load.max ?? load.value;
        return { watts, percentOfFtp: ftp ? (watts / ftp) * 100 : null };
    }
    if (load?.type === 'percent-ftp') {
        const percentOfFtp = load.max ?? load.value;
        return { watts: ftp ? (ftp * percentOfFtp) / 100 : null, percentOfFtp };
    }
    return null;
}
