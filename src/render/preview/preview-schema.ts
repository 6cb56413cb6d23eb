import * as z from 'zod/mini';
import { DAY_NAMES } from '../../words/words.js';
import { GOALS, MUSCLES, REGIONS, type Muscle, type Region } from '../../language/facts/defaults.js';

/**
 * The preview's view model as it crosses the LSP boundary (server → extension → webview): plain JSON, computed
 * once from the week model by buildPreviewModel (preview-model.ts), checked here by both ends. Strict objects:
 * a payload with anything more, less or different is refused, never half-rendered.
 *
 * This file imports nothing but zod and the vocabulary, so that the webview bundle (preview-webview.ts) stays small.
 */

export const text = z.string().check(z.maxLength(100_000));
/** A 0-based line or character, as in the LSP. */
export const position = z.int().check(z.minimum(0));
const sets = z.number().check(z.minimum(0), z.maximum(100_000));
/** Minutes from Monday 00:00, within one week. */
const minuteOfWeek = z.int().check(z.minimum(0), z.maximum(7 * 24 * 60 - 1));
const region = z.enum(REGIONS as [Region, ...Region[]]);
const muscle = z.enum(MUSCLES as unknown as [Muscle, ...Muscle[]]);

export const previewSeverities = ['error', 'warning', 'information', 'hint'] as const;

const itemSchema = z.strictObject({
    /** The exercise's name as written. */
    name: text,
    /** The declaration it names (a library or plan exercise); null when unknown. */
    exercise: z.nullable(text),
    /** The prescription as written, notes left out: "4x8 @ 70kg rest 2min". */
    prescription: text,
    kind: z.nullable(z.enum(['strength', 'cardio', 'mobility'])),
    /** Cardio and mobility only (SPEC §3.6). */
    intensity: z.nullable(z.enum(['low', 'moderate', 'high'])),
    notes: z.array(text),
    /** The sets it counts for in the weekly volume (SPEC §3.5): 0 for cardio, mobility, unknown exercises and invalid prescriptions. */
    sets,
    /** False when the prescription is missing or invalid: it counts for nothing. */
    valid: z.boolean(),
    line: position,
});

const sessionSchema = z.strictObject({
    title: z.nullable(text),
    /** HH:MM, the default time applied. */
    time: z.string().check(z.regex(/^\d\d:\d\d$/)),
    timeWritten: z.boolean(),
    /** `WEEKDAY rest`. */
    rest: z.boolean(),
    start: minuteOfWeek,
    /** The session header's line. */
    line: position,
    items: z.array(itemSchema),
    /** Regions its strength items give sets to (SPEC §3.4); `trains` when they reach the minimum. */
    regions: z.array(z.strictObject({ region, sets, trains: z.boolean() })),
});

const daySchema = z.strictObject({
    /** 0 = Monday … 6 = Sunday. */
    day: z.int().check(z.minimum(0), z.maximum(6)),
    name: z.enum(DAY_NAMES),
    sessions: z.array(sessionSchema),
});

const recoverySessionSchema = z.strictObject({
    start: minuteOfWeek,
    day: z.int().check(z.minimum(0), z.maximum(6)),
    time: z.string().check(z.regex(/^\d\d:\d\d$/)),
    title: z.nullable(text),
    line: position,
    /** Sets the session gives the region. */
    sets,
    /** Minutes since the previous session that trained the region, the week taken as a cycle (a lone session: 10080). */
    gapMinutes: z.int().check(z.minimum(0), z.maximum(7 * 24 * 60)),
    /** It came sooner than the region's minimum recovery after the previous one (the `recovery-window` rule). */
    violated: z.boolean(),
});

export const previewModelSchema = z.strictObject({
    /** The document it was computed from, and its version: the webview drops updates older than one it has shown. */
    uri: z.optional(text),
    version: z.optional(z.int()),
    plan: z.strictObject({
        title: z.nullable(text),
        goal: z.enum(GOALS),
        units: z.enum(['kg', 'lb']),
        age: z.nullable(z.number()),
        heartRateMax: z.nullable(z.number()),
    }),
    /** Monday … Sunday, always seven. */
    days: z.array(daySchema).check(z.length(7)),
    /** Sets per region for each of the seven days (SPEC §3.4 counting), every region in vocabulary order. */
    heat: z.array(z.strictObject({ region, days: z.array(sets).check(z.length(7)) })),
    /** The weekly volume band (configurable, 10–20 by default) and the sets a session needs to train a region. */
    volume: z.strictObject({ low: sets, high: sets, minSets: sets }),
    /** Weekly sets per muscle (SPEC §3.5), every muscle of the vocabulary: primary sets and the half-counted secondary ones. */
    muscles: z.array(z.strictObject({ muscle, region: z.nullable(region), primary: sets, secondary: sets, total: sets })),
    /** Per region, every session that trains it in the order of the week, with its gap and whether it breaks the minimum. */
    recovery: z.array(z.strictObject({ region, minHours: z.number().check(z.minimum(0), z.maximum(168)), sessions: z.array(recoverySessionSchema) })),
    diagnostics: z.array(z.strictObject({
        code: z.nullable(text),
        severity: z.enum(previewSeverities),
        message: text,
        line: position,
        character: position,
    })),
});

export type PreviewModel = z.infer<typeof previewModelSchema>;
export type PreviewDay = PreviewModel['days'][number];
export type PreviewSession = PreviewDay['sessions'][number];
export type PreviewItem = PreviewSession['items'][number];
export type PreviewMuscle = PreviewModel['muscles'][number];
export type PreviewRecovery = PreviewModel['recovery'][number];
export type PreviewDiagnostic = PreviewModel['diagnostics'][number];
export type PreviewSeverity = (typeof previewSeverities)[number];

/** A payload checked: the model, or why it was refused. */
export function parsePreviewModel(payload: unknown): { ok: true; model: PreviewModel } | { ok: false; error: string } {
    const result = previewModelSchema.safeParse(payload);
    return result.success ? { ok: true, model: result.data } : { ok: false, error: firstIssue(result.error) };
}

/** `days.2.sessions: Invalid input`: where the first problem is, and what. */
export function firstIssue(error: z.core.$ZodError): string {
    const issue = error.issues[0];
    return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}
