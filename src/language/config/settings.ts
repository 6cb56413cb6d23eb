import * as z from 'zod/mini';
import { DEFAULTS, REGIONS, type Region } from '../facts/defaults.js';
import { RULE_CODES, type RuleCode, type Severity } from '../facts/rule-catalog.js';

// zod's mini build: the same validation for a tenth of the bundle (the command line starts faster).

/** Attaches a description that the generated JSON Schema carries into the editor's hovers and completion. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
    z.globalRegistry.add(schema, { description });
    return schema;
}

const severitySetting = z.enum(['off', 'hint', 'information', 'warning', 'error']);
const hours = z.number().check(z.minimum(0), z.maximum(168));
const count = z.number().check(z.minimum(0));

/** The configuration of SPEC §5, as `.splitrc.json` and the `split.*` settings give it. Every key is optional. */
export const splitConfigSchema = z.strictObject({
    $schema: z.optional(described(z.string(), 'The JSON Schema of this file.')),
    rules: z.optional(described(
        z.partialRecord(z.enum(RULE_CODES as [RuleCode, ...RuleCode[]]), severitySetting),
        'A severity per rule code: off, hint, information, warning or error.')),
    recovery: z.optional(z.strictObject({
        minHours: z.optional(described(z.partialRecord(z.enum(REGIONS as [Region, ...Region[]]), hours),
            'Minimum hours before a region is trained again (legs, back, chest, shoulders 48; biceps, triceps, core 24).')),
        minSets: z.optional(described(z.int().check(z.minimum(1), z.maximum(100)),
            'Sets a session must give a region before it counts as training it (3).')),
    })),
    volume: z.optional(z.strictObject({
        low: z.optional(described(count, 'Weekly sets per muscle below which a hint is given (10).')),
        high: z.optional(described(z.number().check(z.minimum(0)), 'Weekly sets per muscle above which information is given (20).')),
    })),
    cardio: z.optional(z.strictObject({
        warmupMinutes: z.optional(described(z.number().check(z.minimum(0)), 'The longest low-intensity cardio that counts as a warm-up, in minutes (10).')),
        minHoursBeforeStrength: z.optional(described(z.number().check(z.minimum(0), z.maximum(168)), 'Hours between a cardio session and a following strength session (6).')),
    })),
    heartRate: z.optional(z.strictObject({
        formula: z.optional(described(z.enum(['tanaka', '220-age']), 'How HRmax is estimated from age: 208 − 0.7 × age (tanaka) or 220 − age.')),
    })),
    defaultTime: z.optional(described(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
        'The start time of sessions written without `at`, as HH:MM (18:00).')),
});

export type SplitConfig = z.infer<typeof splitConfigSchema>;

/** Configuration with every default applied: what the model and the rules read. */
export interface Settings {
    readonly rules: Readonly<Partial<Record<RuleCode, Severity | 'off'>>>;
    readonly recovery: { readonly minHours: Readonly<Record<Region, number>>; readonly minSets: number };
    readonly volume: { readonly low: number; readonly high: number };
    readonly cardio: { readonly warmupMinutes: number; readonly minHoursBeforeStrength: number };
    readonly heartRate: { readonly formula: 'tanaka' | '220-age' };
    readonly defaultTime: string;
}

/** Applies configurations in order, later ones winning, over the defaults. */
export function resolveSettings(...configs: Array<SplitConfig | undefined>): Settings {
    const merged = {
        rules: {} as Partial<Record<RuleCode, Severity | 'off'>>,
        recovery: { minHours: { ...DEFAULTS.recovery.minHours }, minSets: DEFAULTS.recovery.minSets as number },
        volume: { low: DEFAULTS.volume.low as number, high: DEFAULTS.volume.high as number },
        cardio: { warmupMinutes: DEFAULTS.cardio.warmupMinutes as number, minHoursBeforeStrength: DEFAULTS.cardio.minHoursBeforeStrength as number },
        heartRate: { formula: DEFAULTS.heartRate.formula as 'tanaka' | '220-age' },
        defaultTime: DEFAULTS.defaultTime as string,
    };
    for (const config of configs) {
        if (!config) continue;
        Object.assign(merged.rules, config.rules);
        Object.assign(merged.recovery.minHours, config.recovery?.minHours);
        merged.recovery.minSets = config.recovery?.minSets ?? merged.recovery.minSets;
        Object.assign(merged.volume, definedOnly(config.volume));
        Object.assign(merged.cardio, definedOnly(config.cardio));
        Object.assign(merged.heartRate, definedOnly(config.heartRate));
        merged.defaultTime = config.defaultTime ?? merged.defaultTime;
    }
    return merged;
}

export const DEFAULT_SETTINGS: Settings = resolveSettings();

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
    return Object.fromEntries(Object.entries(value ?? {}).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
