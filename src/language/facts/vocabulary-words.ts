import { DEFAULTS, GOALS, MUSCLES, WEEKDAYS } from './defaults.js';
import type { Word } from './vocabulary.js';
import { capitalize } from '../../words/words.js';

const { limits } = DEFAULTS;

const HEADERS: readonly Word[] = [
    {
        keyword: 'plan', category: 'header', syntax: 'plan "Title"', snippet: 'plan "${1:Title}"$0',
        meaning: 'the plan\'s name. Week-level findings (weekly volume, frequency, rest days) are reported on this line.',
    },
    {
        keyword: 'goal', category: 'header', takes: ['goal'], syntax: `goal ${GOALS.join(' | ')}`, snippet: `goal \${1|${GOALS.join(',')}|}$0`,
        meaning: `what the plan trains for; it changes how severe some rules are (${DEFAULTS.goal} is the default).`,
    },
    {
        keyword: 'age', category: 'header', syntax: 'age N', snippet: 'age ${1:30}$0',
        meaning: `your age in whole years (${limits.age.min}–${limits.age.max}); it enables the heart-rate checks.`,
    },
    {
        keyword: 'hrmax', category: 'header', syntax: 'hrmax N', snippet: 'hrmax ${1:190}$0',
        meaning: 'your measured maximum heart rate in bpm; it wins over the estimate from `age`.',
    },
    {
        keyword: 'ftp', category: 'header', syntax: 'ftp N', snippet: 'ftp ${1:250}$0',
        meaning: `your functional threshold power in watts (${limits.ftp.min}–${limits.ftp.max}); it gives \`@ 250W\` and \`@ 75% FTP\` an intensity.`,
    },
    {
        keyword: 'units', category: 'header', takes: ['weight-unit'], syntax: 'units kg | lb', snippet: 'units ${1|kg,lb|}$0',
        meaning: `the unit of loads written without one (\`@ 100\`); ${DEFAULTS.units} when not given.`,
    },
    {
        keyword: 'import', category: 'header', syntax: 'import "path.split"', snippet: 'import "${1:lib/exercises.split}"$0',
        meaning: 'brings that file\'s own `exercise` declarations into scope. The path is relative to this file; the file\'s own imports '
            + 'are not brought in, and import cycles are harmless. A declaration here shadows an imported one, which shadows a built-in.',
    },
    {
        keyword: 'exercise', category: 'declaration',
        syntax: 'exercise "Name" [alias "Other", …] primary m1, m2 [secondary m3, …] [compound|isolation] [cardio|mobility] [impact high|low]',
        detail: 'exercise "Name" primary …',
        snippet: `exercise "\${1:Name}" primary \${2|${MUSCLES.join(',')}|}$0`,
        meaning: 'declares an exercise. Muscles come from the 18-word vocabulary; the kind is strength unless `cardio` or `mobility` is given. '
            + 'A `/** … */` comment right before it is its description. It shadows an imported or built-in exercise of the same name.',
    },
];

const DECLARATION_WORDS: readonly Word[] = [
    { keyword: 'alias', category: 'clause', syntax: 'alias "Other", "Names"', meaning: 'other names that mean this exercise.' },
    { keyword: 'primary', category: 'clause', takes: ['muscle'], syntax: 'primary m1, m2', meaning: 'the muscles the exercise trains most; a set counts fully for them.' },
    { keyword: 'secondary', category: 'clause', takes: ['muscle'], syntax: 'secondary m3, …', meaning: 'muscles that help; a set counts half for them.' },
    { keyword: 'compound', category: 'mechanic', syntax: 'compound', meaning: 'a multi-joint exercise.' },
    { keyword: 'isolation', category: 'mechanic', syntax: 'isolation', meaning: 'a single-joint exercise.' },
    { keyword: 'strength', category: 'kind', unoffered: true, syntax: 'strength', meaning: 'a strength exercise: sets and reps. The default kind.' },
    {
        keyword: 'cardio', category: 'kind', syntax: 'cardio',
        meaning: 'an endurance exercise: a duration or distance and an intensity instead of sets and reps.',
    },
    { keyword: 'mobility', category: 'kind', syntax: 'mobility', meaning: 'stretching and mobility work; it counts toward no weekly volume.' },
    {
        keyword: 'impact', category: 'clause', takes: ['impact'], syntax: 'impact high | low',
        meaning: 'how hard the exercise is on the legs and joints (for cardio).',
    },
    { keyword: 'high', category: 'impact', syntax: 'high', meaning: 'high impact: running, jumping; hard on legs that were trained the day before.' },
    { keyword: 'low', category: 'impact', syntax: 'low', meaning: 'low impact: cycling, rowing, swimming.' },
];

/** `monday` … `sunday`, then `mon` … `sun`. */
const WEEKDAY_WORDS: readonly Word[] = [
    ...WEEKDAYS.map((day): Word => {
        const name = capitalize(day);
        return {
            keyword: day, category: 'weekday', syntax: `${day} ["Title"] [at HH:MM]`, snippet: `${day} "\${1:Title}"$0`,
            meaning: `starts a session on ${name}; its items follow on the next lines, indented. \`${day} rest\` marks a rest day.`,
        };
    }),
    ...WEEKDAYS.map((day): Word => ({
        keyword: day.slice(0, 3), category: 'weekday', spellingOf: day, syntax: `${day.slice(0, 3)} ["Title"] [at HH:MM]`, meaning: `short for \`${day}\`.`,
    })),
];

const SESSION_WORDS: readonly Word[] = [
    { keyword: ':', category: 'session', unoffered: true, syntax: ':', meaning: 'may end a session header: `monday:` is `monday`.' },
    { keyword: 'rest', category: 'session', syntax: 'rest', meaning: 'a rest day: no items below it. A weekday that does not appear is a rest day too.' },
    {
        keyword: 'at', category: 'session', syntax: 'at HH:MM', snippet: 'at ${1:18:00}',
        meaning: `the session's start time, 24-hour clock; ${DEFAULTS.defaultTime} when not given.`,
    },
];

/** The goals' own meanings; how each changes the rules' severities is rules/goals.ts's. */
const GOAL_WORDS: readonly Word[] = [
    { keyword: 'hypertrophy', category: 'goal', syntax: 'hypertrophy', meaning: 'muscle growth.' },
    { keyword: 'strength', category: 'goal', syntax: 'strength', meaning: 'maximal strength.' },
    { keyword: 'endurance', category: 'goal', syntax: 'endurance', meaning: 'endurance: more cardio.' },
    { keyword: 'general', category: 'goal', syntax: 'general', meaning: 'general fitness.' },
];

const PRESCRIPTION_WORDS: readonly Word[] = [
    { keyword: 'amrap', category: 'set', written: 'AMRAP', kinds: ['strength'], syntax: 'AMRAP', meaning: 'as many reps as possible: `3xAMRAP`.' },
    { keyword: 'each', category: 'set', kinds: ['strength', 'mobility'], syntax: 'each', meaning: 'the reps are per side: per leg, per arm.' },
    {
        keyword: '@', category: 'load', takes: ['scale', 'zone'], syntax: '@ 140kg | 24kg each | 60-70% | RPE 7-8 | RIR 2 | 150bpm | Z1…Z5 | 70% HRmax | 250W | 75% FTP | 5:00/km',
        detail: '@ 140kg | 75% | RPE 8 | RIR 2 | 150bpm | Z2 | 250W | 5:00/km',
        meaning: 'the load or target: `140kg`, `225lb`, `75%` of one-rep max, `RPE 8`, `RIR 2`, a range of any (`60-70%`, `RPE 7-8`), '
            + '`24kg each` per dumbbell; for cardio `150bpm`, `Z1`…`Z5`, `70% HRmax`, a power `250W` or `75% FTP`, a pace `5:00/km`.',
    },
    {
        keyword: 'rpe', category: 'scale', written: 'RPE', kinds: ['strength', 'cardio'], syntax: `RPE ${limits.rpe.min}–${limits.rpe.max}`,
        meaning: 'rate of perceived exertion: RPE 8 leaves about 2 reps in reserve.',
    },
    {
        keyword: 'rir', category: 'scale', written: 'RIR', kinds: ['strength'], syntax: 'RIR N',
        meaning: 'reps in reserve: stop N reps short of failure (RIR 2 ≈ RPE 8).',
    },
    ...['recovery', 'easy endurance', 'tempo', 'threshold', 'maximum'].map((name, index): Word => ({
        keyword: `z${index + 1}`, category: 'zone', written: `Z${index + 1}`, kinds: ['cardio'], syntax: `Z${index + 1}`,
        meaning: `heart-rate zone ${index + 1} of 5 (${name}).`,
    })),
    { keyword: 'easy', category: 'effort', kinds: ['cardio'], syntax: 'easy', meaning: 'low intensity: you could hold a conversation.' },
    {
        keyword: 'moderate', category: 'effort', kinds: ['cardio'], syntax: 'moderate',
        meaning: 'moderate intensity: breathing harder, a few words at a time. The default.',
    },
    { keyword: 'hard', category: 'effort', kinds: ['cardio'], syntax: 'hard', meaning: 'high intensity: hard to speak.' },
    {
        keyword: 'drop', category: 'modifier', takes: ['modifier-argument'], kinds: ['strength'], ofSets: true, syntax: 'drop 4-5 | 4,5 | last | (alone: last)',
        meaning: 'drop sets on those sets: after the set, cut the weight by about 30 % and continue without rest. Each counts as one set.',
    },
    { keyword: 'last', category: 'modifier-argument', syntax: 'last', meaning: 'after `drop`: a drop set on the last set.' },
    {
        keyword: 'rest-pause', category: 'modifier', kinds: ['strength'], ofSets: true, syntax: 'rest-pause [15s]',
        meaning: 'rest 10–15 s between mini-sets at the same weight; with `1x75` the 75 is the total reps. Counts as one set.',
    },
    { keyword: 'rest', category: 'modifier', kinds: ['strength', 'cardio', 'mobility'], ofSets: true, syntax: 'rest 90s | 2min | 2-3min', meaning: 'the rest between sets, or a range of it.' },
];

const UNIT_WORDS: readonly Word[] = [
    { keyword: 'kg', category: 'weight-unit', kinds: ['strength', 'cardio'], syntax: 'kg', meaning: 'a weight in kilograms.' },
    { keyword: 'lb', category: 'weight-unit', kinds: ['strength', 'cardio'], syntax: 'lb', meaning: 'a weight in pounds.' },
    { keyword: 'lbs', category: 'weight-unit', spellingOf: 'lb', syntax: 'lbs', meaning: 'pounds, as `lb`.' },
    { keyword: '%', category: 'load-unit', kinds: ['strength', 'cardio'], syntax: '%', meaning: 'a percentage of your one-rep max.' },
    { keyword: 'w', category: 'load-unit', written: 'W', kinds: ['cardio'], syntax: 'W', meaning: 'a power target in watts, for cycling and rowing; with `ftp` it has an intensity.' },
    { keyword: 'hrmax', category: 'percent-of', written: 'HRmax', kinds: ['cardio'], syntax: 'HRmax', meaning: 'after `%`: a percentage of your maximum heart rate (`@ 70% HRmax`).' },
    { keyword: 'ftp', category: 'percent-of', written: 'FTP', kinds: ['cardio'], syntax: 'FTP', meaning: 'after `%`: a percentage of your functional threshold power (`@ 75% FTP`).' },
    { keyword: 'bpm', category: 'load-unit', kinds: ['cardio', 'strength'], syntax: 'bpm', meaning: 'a heart-rate target in beats per minute, for cardio.' },
    { keyword: 's', category: 'time-unit', kinds: ['cardio', 'mobility'], seconds: 1, syntax: 's', meaning: 'seconds.' },
    { keyword: 'sec', category: 'time-unit', spellingOf: 's', seconds: 1, syntax: 'sec', meaning: 'seconds, as `s`.' },
    { keyword: 'min', category: 'time-unit', kinds: ['cardio', 'mobility'], seconds: 60, syntax: 'min', meaning: 'minutes.' },
    { keyword: 'h', category: 'time-unit', kinds: ['cardio', 'mobility'], seconds: 3600, syntax: 'h', meaning: 'hours.' },
    { keyword: 'hr', category: 'time-unit', spellingOf: 'h', seconds: 3600, syntax: 'hr', meaning: 'hours, as `h`.' },
    { keyword: 'm', category: 'distance-unit', kinds: ['cardio'], meters: 1, syntax: 'm', meaning: 'meters.' },
    { keyword: 'km', category: 'distance-unit', kinds: ['cardio'], meters: 1000, syntax: 'km', meaning: 'kilometers.' },
    { keyword: 'mi', category: 'distance-unit', kinds: ['cardio'], meters: 1609.344, syntax: 'mi', meaning: 'miles.' },
];

const PUNCTUATION: readonly Word[] = [
    { keyword: ',', category: 'separator', syntax: ',', meaning: 'separates set groups (`1x5, 3x8`), the reps of a pyramid (`4x10,8,6,4`), muscles, aliases and drop sets (`drop 4,5`).' },
    { keyword: '/', category: 'separator', syntax: '/', meaning: 'separates the reps of a pyramid (`3x12/10/8`); in a pace, per (`5:00/km`).' },
    { keyword: '+', category: 'operator', syntax: '+', meaning: '`1x5+`: at least 5 reps, then as many as possible (5/3/1, GZCLP); totals count the 5.' },
    { keyword: '-', category: 'operator', syntax: '-', meaning: 'a range: `3-4x8`, `3x8-12`, `60-70%`, `rest 2-3min`, `drop 4-5`; before a number, a negative one (`RIR -1`).' },
];

/** In the order completion offers them. */
export const WORDS: readonly Word[] = [
    ...HEADERS, ...DECLARATION_WORDS, ...WEEKDAY_WORDS, ...SESSION_WORDS, ...GOAL_WORDS, ...PRESCRIPTION_WORDS, ...UNIT_WORDS, ...PUNCTUATION,
];
