/**
 * Every number Split's meaning and rules use, with where it comes from (SPEC §3, §4.2, §5).
 * Configuration (.splitrc.json, the split.* settings) overrides these; nothing else in the code base spells them.
 */

/** The 18 muscles of the vocabulary (SPEC §3.1): `shoulders` are the front and side delts. */
export const MUSCLES = [
    'abdominals', 'abductors', 'adductors', 'biceps', 'calves', 'chest', 'forearms', 'glutes', 'hamstrings',
    'lats', 'lower back', 'middle back', 'neck', 'quadriceps', 'rear delts', 'shoulders', 'traps', 'triceps',
] as const;
export type Muscle = (typeof MUSCLES)[number];

/** Regions and their muscles (SPEC §3.1); forearms and neck belong to none. */
export const REGION_MUSCLES = {
    legs: ['quadriceps', 'hamstrings', 'glutes', 'calves', 'adductors', 'abductors'],
    // Rear delts train with the pulling muscles, as push/pull/legs programs place them (SPEC §3.1).
    back: ['lats', 'middle back', 'lower back', 'traps', 'rear delts'],
    chest: ['chest'],
    shoulders: ['shoulders'],
    biceps: ['biceps'],
    triceps: ['triceps'],
    core: ['abdominals'],
} as const satisfies Record<string, readonly Muscle[]>;
export type Region = keyof typeof REGION_MUSCLES;
export const REGIONS = Object.keys(REGION_MUSCLES) as Region[];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

export const GOALS = ['hypertrophy', 'strength', 'endurance', 'general'] as const;
export type Goal = (typeof GOALS)[number];

export const DEFAULTS = {
    /** Sessions without `at HH:MM` start at this time (SPEC §3.3). */
    defaultTime: '18:00',
    goal: 'hypertrophy' as Goal,
    units: 'kg' as 'kg' | 'lb',
    recovery: {
        /**
         * Minimum hours before training a region again. ACSM advises about 48 h before training the same muscle
         * group hard again; sets to failure delay recovery by 24–48 h (Morán-Navarro et al. 2017). Small muscles
         * recover sooner. The exact hours are a convention, hence configurable.
         */
        minHours: { legs: 48, back: 48, chest: 48, shoulders: 48, biceps: 24, triceps: 24, core: 24 } as Record<Region, number>,
        /** Sets a session must give a region before it counts as training it (SPEC §3.4). */
        minSets: 3,
    },
    volume: {
        /** About 10–20 hard sets per muscle per week (Schoenfeld, Ogborn, Krieger 2017; Schoenfeld & Grgic 2018). */
        low: 10,
        /** Above 20 is not proven harmful (Baz-Valle et al. 2022): information only. */
        high: 20,
        /** Secondary muscles count half a set (Pelland et al. 2024). */
        secondaryWeight: 0.5,
    },
    frequency: {
        /** Twice a week beats once for hypertrophy (Schoenfeld, Ogborn, Krieger 2016). */
        minSessionsPerWeek: 2,
    },
    cardio: {
        /** A warm-up is low-intensity cardio of at most this many minutes. */
        warmupMinutes: 10,
        /** Endurance work should end at least 6 h before a strength session (Robineau et al. 2016). */
        minHoursBeforeStrength: 6,
        /** High-impact cardio after a leg session: moderate needs 24 h, hard needs 48 h (Wilson et al. 2012). */
        runAfterLegsHours: { moderate: 24, high: 48 },
    },
    heartRate: {
        /** HRmax ≈ 208 − 0.7 × age (Tanaka et al. 2001); the older 220 − age errs by 7–11 bpm. */
        formula: 'tanaka' as 'tanaka' | '220-age',
        /** ACSM intensity bands in %HRmax (Garber et al. 2011): below 64 % low, below 77 % moderate, else high. */
        moderateFromPercent: 64,
        highFromPercent: 77,
    },
    /** Power intensity domains in % FTP, Coggan's zones (Allen & Coggan, Training and Racing with a Power Meter): tempo from 76 %, threshold from 91 % (SPEC §3.6). */
    power: { moderateFromPercent: 76, highFromPercent: 91 },
    /** Conditioning: a cardio exercise in sets of reps takes about 3 s a rep (SPEC §2.5, §8 Duration). */
    secondsPerRep: 3,
    /** An AMRAP set is timed as 10 reps (SPEC §8 Duration). */
    amrapReps: 10,
    /**
     * Where duplicate-session's quick fix moves a second session of a day: two hours (a session and a break) after
     * the day's latest, else at 07:00; an hour later when that time is taken. A convention, as a coach would place it.
     */
    sessionSpacing: { afterLatestMinutes: 120, fallbackMinutes: 7 * 60, whenTakenMinutes: 60 },
    dropSet: {
        /** After a drop set's set, the weight is cut by about 30 % (SPEC §2.5): about 70 % of it is kept. */
        keptFraction: 0.7,
        /** The weight after the drop, rounded to what plates make: 2.5 kg (two 1.25 kg plates) or 5 lb (two 2.5 lb). */
        plateStep: { kg: 2.5, lb: 5 },
    },
    /** What `age`, `hrmax`, `RPE`, `RIR` and loads may be (SPEC §2.2, §4.1). */
    limits: {
        age: { min: 10, max: 100 },
        hrmax: { min: 100, max: 230 },
        bpm: { min: 30, max: 250 },
        rpe: { min: 1, max: 10 },
        rir: { min: 0, max: 10 },
        percentOfMax: { min: 1, max: 100 },
        percentOfHrMax: { min: 1, max: 100 },
        /** Sprints reach well above threshold power: `% FTP` may exceed 100 (SPEC §4.1), up to about 3× in a sprint. */
        percentOfFtp: { min: 1, max: 300 },
        /** Functional threshold power, SPEC §2.2. */
        ftp: { min: 50, max: 600 },
        /** A track sprinter's peak is about 2,500 W. */
        watts: { min: 1, max: 2500 },
    },
} as const;

/**
 * How much of a file Split reads: a bound for every file, so that no file (a device, a log named .split)
 * can exhaust memory or time.
 */
export const FILE_LIMITS = {
    /**
     * The most characters of a plan the editor and the command line check: about 14,000 lines, some thirty times the
     * longest real plan, and about half a second per edit to check (npm run bench: 0.34 s for 10,000 lines).
     */
    planCharacters: 500_000,
    /** The most characters of a `.splitrc.json`: one that sets every key takes under 1,000. */
    configCharacters: 100_000,
    /** Problems of one configuration reported each; the rest are counted on one line. */
    configProblems: 20,
} as const;

/** How the language server paces its work while the user types. */
export const EDITOR_LIMITS = {
    /**
     * The longest a build waits for the editor's queued messages to be handed over before it parses (see
     * lsp/split-incoming-messages.ts). They are handed over one per turn of the event loop, some 0.1 ms each; a
     * build waits that long only when the editor sends without pause.
     */
    settleMilliseconds: 50,
} as const;

/** HRmax from age by the chosen formula. */
export function estimateHrMax(age: number, formula: 'tanaka' | '220-age'): number {
    return formula === 'tanaka' ? 208 - 0.7 * age : 220 - age;
}
