// Exercise names (SPEC §3.2): matching, "did you mean", and the integrity of the built-in library.
import { beforeAll, describe, expect, it } from 'vitest';
import { isExercise } from '../../../src/language/generated/ast.js';
import { MUSCLES } from '../../../src/language/facts/defaults.js';
import { BUILTIN_LIBRARY_TEXT } from '../../../src/language/library/builtin-library.js';
import { exerciseInfo, type ExerciseInfo } from '../../../src/language/model/exercise-info.js';
import { expandAbbreviations, lookupKeys, lookupName, nameEndings, nameReading, normalizeName, singularKey, suggestNames, variantWords } from '../../../src/language/references/names.js';
import { check, summarize } from '../../helpers.js';

// ---- the functions of names.ts -----------------------------------------------------------------------------------

describe('normalizeName and lookupKeys', () => {
    it.each([
        ['Squat', 'squat'],
        ['SQUAT', 'squat'],
        ['Pull-Up', 'pullup'],
        ['Pull Up', 'pullup'],
        ['  Lat   Pull-Down ', 'latpulldown'],
        ["Farmer's Walk", 'farmerswalk'],
        ['Farmer’s Walk', 'farmerswalk'],
        ['Hip 90-90', 'hip9090'],
        ['Lat\tPulldown', 'latpulldown'],
    ])('normalizeName(%j) = %j', (written, key) => {
        expect(normalizeName(written)).toBe(key);
    });

    it.each([
        ['Squat', ['squat']],
        ['Squats', ['squats', 'squat']],
        ['Lunges', ['lunges', 'lunge', 'lung']],
        ['Bench Presses', ['benchpresses', 'benchpresse', 'benchpress']],
        ['Pull-Ups', ['pullups', 'pullup']],
    ])('lookupKeys(%j) tries the key as written, then without s, then without es', (written, keys) => {
        expect(lookupKeys(written)).toEqual(keys);
    });

    it('answers the same once it has forgotten names, keeps no overlong ones, and its remembered answers cannot be changed', () => {
        const first = lookupKeys('Lunges');
        expect(lookupKeys('Lunges')).toBe(first);
        expect(Object.isFrozen(first)).toBe(true);
        // More distinct names than it remembers: it starts afresh, with equal answers.
        for (let i = 0; i < 6_000; i++) lookupKeys(`Exercise ${i}s`);
        expect(lookupKeys('Exercise 5999s')).toEqual(['exercise5999s', 'exercise5999']);
        expect(lookupKeys('Lunges')).not.toBe(first);
        expect(lookupKeys('Lunges')).toEqual(['lunges', 'lunge', 'lung']);
        // A name too long to be one is worked out each time, not kept.
        const long = 'Lunge '.repeat(50);
        expect(lookupKeys(long)).not.toBe(lookupKeys(long));
        expect(lookupKeys(long)).toEqual(lookupKeys(long));
    });
});

describe('singularKey, expandAbbreviations, nameEndings, nameReading', () => {
    it.each([
        ["Farmer's Carries", 'farmercarry'],
        ['Farmers Carry', 'farmercarry'],
        ['Farmer Carry', 'farmercarry'],
        ['Bench Presses', 'benchpress'],
        ['Lat Raises', 'latraise'],
        ['Reverse Flies', 'reversefly'],
        ['Pull-Ups', 'pullup'],
        ['Crunches', 'crunch'],
    ])('singularKey(%j) = %j: a plural off every word', (written, key) => {
        expect(singularKey(written)).toBe(key);
    });

    it('writes out the abbreviations of the one table, word by word', () => {
        expect(expandAbbreviations('SA DB Row')).toBe('Single-Arm Dumbbell Row');
        expect(expandAbbreviations('seated db press')).toBe('seated Dumbbell press');
        expect(expandAbbreviations('Sumo DL')).toBe('Sumo Deadlift');
        expect(expandAbbreviations('OHP')).toBe('OHP');
        expect(expandAbbreviations('Double')).toBe('Double');
    });

    it('gives the endings a variant may be taken as, longest first, after the abbreviations', () => {
        expect(nameEndings('Zwift Recovery Ride')).toEqual(['Recovery Ride', 'Ride']);
        expect(nameEndings('Banded DB Curl')).toEqual(['Dumbbell Curl', 'Curl']);
        expect(nameEndings('Run')).toEqual([]);
    });

    it('says how a name was read as an exercise of these names', () => {
        const run = ['Run', 'Running'];
        expect(nameReading('Runs', run)).toBe('name');
        expect(nameReading('running', run)).toBe('name');
        expect(nameReading('Tempo Run', run)).toBe('variant');
        expect(nameReading('DB Curls', ['Dumbbell Curl'])).toBe('abbreviation');
    });

    it('gives the words a variant adds, for rename to keep', () => {
        expect(variantWords('Banded Pallof Presses', ['Pallof Press'])).toBe('Banded');
        expect(variantWords('Zwift Recovery Ride', ['Cycling', 'Ride'])).toBe('Zwift Recovery');
        expect(variantWords('Pallof Press', ['Pallof Press'])).toBeUndefined();
    });
});

describe('lookupName (SPEC §3.2): case, spaces, hyphens, apostrophes, plural s or es', () => {
    const known = ['Squat', 'Pull-Up', 'Lat Pulldown', 'Leg Extension', 'Barbell Row', 'Bench Press', 'Lunge', "Farmer's Walk", 'Dip'];
    const entries = new Map(known.map((name) => [normalizeName(name), name]));

    it.each([
        ['Squat', 'Squat'],
        ['squat', 'Squat'],
        ['SQUATS', 'Squat'],
        ['Squats', 'Squat'],
        ['Pull Up', 'Pull-Up'],
        ['Pull-Up', 'Pull-Up'],
        ['pullups', 'Pull-Up'],
        ['Pull-Ups', 'Pull-Up'],
        ['PULL UPS', 'Pull-Up'],
        ['lat pull-down', 'Lat Pulldown'],
        ['Lat Pull Downs', 'Lat Pulldown'],
        ['Leg Extensions', 'Leg Extension'],
        ['leg-extensions', 'Leg Extension'],
        ['Barbell Rows', 'Barbell Row'],
        ['Bench Presses', 'Bench Press'],
        ['bench press', 'Bench Press'],
        ['Lunges', 'Lunge'],
        ['Farmers Walk', "Farmer's Walk"],
        ['farmer’s walk', "Farmer's Walk"],
        ['Dips', 'Dip'],
        ['Dipes', 'Dip'],
    ])('%j matches %j', (written, expected) => {
        expect(lookupName(entries, written)).toBe(expected);
    });

    it.each(['Squa', 'Squatz', 'Squatting', 'Pull', 'Bench', 'Row', 'Lat Pull', 'Front Squat', 'Leg', 'Pull Up Bar', 'Presses', ''])(
        '%j matches nothing', (written) => {
            expect(lookupName(entries, written)).toBeUndefined();
        });

    it('the name as written wins over a plural reading', () => {
        const map = new Map([['press', 'Press'], ['presses', 'Presses Machine'], ['lung', 'Lung']]);
        expect(lookupName(map, 'Presses')).toBe('Presses Machine');
        expect(lookupName(map, 'Presse')).toBeUndefined();
        expect(lookupName(map, 'Lunges')).toBe('Lung');
    });
});

describe('suggestNames: did you mean', () => {
    let known: string[] = [];
    beforeAll(async () => {
        const { document } = await check(BUILTIN_LIBRARY_TEXT);
        known = document.parseResult.value.statements.filter(isExercise).flatMap((node) => [node.name, ...node.aliases]);
    });

    it.each([
        ['Seated Calve Raises', 'Seated Calf Raise'],
        ['Squatt', 'Squat'],
        ['Dedlift', 'Deadlift'],
        ['Bench Pres', 'Bench Press'],
        ['Tricep Pushdowns', 'Tricep Pushdown'],
        ['Romanian Deadlfit', 'Romanian Deadlift'],
    ])('%j → %j first', (written, expected) => {
        expect(suggestNames(written, known)[0]).toBe(expected);
    });

    it('suggests at most the limit, and nothing for a name far from all', () => {
        expect(suggestNames('Seated Calve Raises', known, 1)).toEqual(['Seated Calf Raise']);
        expect(suggestNames('Squat', known).length).toBeLessThanOrEqual(3);
        expect(suggestNames('Xylophone Juggling', known)).toEqual([]);
    });
});

// ---- through check(): linking --------------------------------------------------------------------------------------

describe('names through linking (check)', () => {
    it.each([
        ['Squats', 'Squat'],
        ['squat', 'Squat'],
        ['BACK SQUAT', 'Squat'],
        ['Pull Up', 'Pull-Up'],
        ['pullups', 'Pull-Up'],
        ['Pull-Ups', 'Pull-Up'],
        ['lat pull-down', 'Lat Pulldown'],
        ['Lat Pulldowns', 'Lat Pulldown'],
        ['Leg Extensions', 'Leg Extension'],
        ['Barbell Rows', 'Barbell Row'],
        ['Bench Presses', 'Bench Press'],
        ['Lunges', 'Lunge'],
        ['Walking Lunges', 'Walking Lunge'],
        ['RDL', 'Romanian Deadlift'],
        ['RDLs', 'Romanian Deadlift'],
        ['Leg Curl', 'Hamstring Curl'],
        ['leg curls', 'Hamstring Curl'],
        ['OHP', 'Overhead Press'],
        ['Farmers Walk', "Farmer's Walk"],
        ['Seated Calf Raises', 'Seated Calf Raise'],
        ['Hammer Strength Rows', 'Hammer Strength Row'],
    ])('%j links to %j with no unknown-exercise', async (written, expected) => {
        const { diagnostics, week } = await check(`monday\n  ${written} 3x10\n`);
        expect(summarize(diagnostics).filter((entry) => entry.includes(':unknown-exercise:'))).toEqual([]);
        const [item] = week.sessions[0].items;
        expect(item.exercise?.name).toBe(expected);
        expect(item.prescription.sets).toBe(3);
    });

    it.each(['Squatz', 'Pull', 'Lat Pulls Downward', 'Bench Pressing', 'Seated Calve Raises', 'Xylophone Juggling'])(
        '%j is unknown-exercise (warning) on its line and counts for nothing', async (written) => {
            const { diagnostics, week } = await check(`monday\n  Bench Press 3x8\n  ${written} 4x10\n`);
            expect(summarize(diagnostics).filter((entry) => entry.includes(':unknown-exercise:'))).toEqual(['3:unknown-exercise:warning']);
            const item = week.sessions[0].items[1];
            expect(item.exercise).toBeUndefined();
            expect(week.sessions[0].regionSets.chest).toBe(3);
            expect(Object.values(week.weeklySets).reduce((a, b) => a + b, 0)).toBe(3 + 0.5 * 3 + 0.5 * 3); // Bench Press only
        });

    it.each([
        ['Seated DB Press 3x10', 'Dumbbell Shoulder Press'],
        ['SA DB Row 3x10', 'Dumbbell Row'],
        ['DB Curls 3x12', 'Dumbbell Curl'],
        ['Sumo DL 3x5', 'Sumo Deadlift'],
        ['BB Bench 5x5', 'Bench Press'],
        ['KB Swings 5x15', 'Kettlebell Swing'],
        ['SL RDL 3x8', 'Single-Leg Romanian Deadlift'],
        ['Farmer Carries 3x40m', "Farmer's Walk"],
        ['Farmers Walks 3x40m', "Farmer's Walk"],
    ])('abbreviations and a plural on any word: %j is %j (SPEC §3.2)', async (line, expected) => {
        const { diagnostics, week } = await check(`monday\n  ${line}\n`);
        expect(summarize(diagnostics).filter((entry) => entry.includes(':unknown-exercise:'))).toEqual([]);
        expect(week.sessions[0].items[0].exercise?.name).toBe(expected);
    });

    it.each([
        ['Tempo Run 30min', 'Run'],
        ['Long Run 2h easy', 'Run'],
        ['Zwift Recovery Ride 45min', 'Cycling'],
        ['Banded Pallof Press 3x10', 'Pallof Press'],
        ['Prying Goblet Squat 3x8', 'Goblet Squat'],
        ['Heavy Sled Push 6x20m', 'Sled Push'],
        // A strength ending prescribed like cardio is conditioning, still that exercise.
        ['Banded Squat 10min', 'Squat'],
    ])('variants by the longest known ending: %j is %j, with no diagnostic', async (line, expected) => {
        const { diagnostics, week } = await check(`monday\n  ${line}\n`);
        expect(summarize(diagnostics).filter((entry) => entry.includes(':unknown-exercise:'))).toEqual([]);
        expect(week.sessions[0].items[0].exercise?.name).toBe(expected);
    });

    it.each(['Tempo Run 3x10', 'Zwift Recovery Ride 4x8', 'Long Run'])('a cardio ending needs a cardio prescription: %j stays unknown', async (line) => {
        const { diagnostics, week } = await check(`monday\n  ${line}\n`);
        expect(summarize(diagnostics).filter((entry) => entry.includes(':unknown-exercise:'))).toEqual(['2:unknown-exercise:warning']);
        expect(week.sessions[0].items[0].exercise).toBeUndefined();
    });

    it.each([
        ['Row 500m', 'Rowing Machine'],
        ['Row 20min easy', 'Rowing Machine'],
        ['Row 8x500m', 'Rowing Machine'],
        ['Rows 4x10', 'Barbell Row'],
        ['Row 3x8 @ 80kg', 'Barbell Row'],
    ])('Row by its prescription: %j is %j (SPEC §3.2)', async (line, expected) => {
        const { week } = await check(`monday\n  ${line}\n`);
        expect(week.sessions[0].items[0].exercise?.name).toBe(expected);
    });

    it('a declared Row shadows both built-in ones', async () => {
        const { week } = await check('exercise "Row" primary lats compound\nmonday\n  Row 500m\n  Row 4x10\n');
        expect(week.sessions[0].items.map((item) => item.exercise?.node.$container.$document?.uri.scheme)).toEqual(['memory', 'memory']);
    });

    it.each([
        ['Nordic Curl Negatives 3x5', 'Nordic Curl'],
        ['Pistol Squat Progressions 3x5', 'Pistol Squat'],
        ['DB Curlz 3x12', 'Dumbbell Curl'],
    ])('did you mean reads abbreviations and finds names inside: %j → %j first', async (line, expected) => {
        const { diagnostics } = await check(`monday\n  ${line}\n`);
        const unknown = diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-exercise');
        expect((unknown[0].data as { suggestions?: string[] }).suggestions?.[0]).toBe(expected);
        expect(unknown[0].message).not.toContain('EZ');
    });

    it('unknown-exercise offers "Seated Calf Raise" for "Seated Calve Raises", with the range on the name', async () => {
        const { diagnostics } = await check('monday\n  Seated Calve Raises 3x12\n');
        const unknown = diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-exercise');
        expect(unknown).toHaveLength(1);
        expect(unknown[0].message).toContain('did you mean "Seated Calf Raise"');
        expect(unknown[0].range).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 21 } });
        expect((unknown[0].data as { suggestions?: string[] }).suggestions?.[0]).toBe('Seated Calf Raise');
    });

    it('did you mean names each exercise once, and a slip of one letter only those one letter off', async () => {
        const suggestionsOf = async (line: string) => {
            const { diagnostics } = await check(`monday\n  ${line}\n`);
            return (diagnostics.find((diagnostic) => diagnostic.code === 'unknown-exercise')?.data as { suggestions?: string[] }).suggestions;
        };
        expect(await suggestionsOf('Benchpres 3x8')).toEqual(['Bench Press']);
        expect(await suggestionsOf('Squatt 3x8')).toEqual(['Squat']);
    });

    it('a declared name is found with the same rules', async () => {
        const { diagnostics, week } = await check('exercise "Cable Y-Raise" alias "Y Cable" primary shoulders isolation\nmonday\n  cable y raises 3x12\n  Y-Cables 2x12\n');
        expect(summarize(diagnostics).filter((entry) => entry.includes(':unknown-exercise:'))).toEqual([]);
        expect(week.sessions[0].items.map((item) => item.exercise?.name)).toEqual(['Cable Y-Raise', 'Cable Y-Raise']);
        expect(week.weeklySets.shoulders).toBe(5);
    });

    it('suggestions include declared names', async () => {
        const { diagnostics } = await check('exercise "Zottle Press" primary chest compound\nmonday\n  Zotle Press 3x12\n');
        const unknown = diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-exercise');
        expect(unknown.map((diagnostic) => diagnostic.range.start.line)).toEqual([2]);
        expect(unknown[0].message).toContain('"Zottle Press"');
    });
});

// ---- the built-in library ------------------------------------------------------------------------------------------

describe('built-in library integrity (SPEC §3.1, §3.2)', () => {
    let infos: ExerciseInfo[] = [];
    let written: Array<{ name: string; primary: string[]; secondary: string[] }> = [];
    let byKey = new Map<string, ExerciseInfo>();

    beforeAll(async () => {
        const { document } = await check(BUILTIN_LIBRARY_TEXT);
        const nodes = document.parseResult.value.statements.filter(isExercise);
        infos = nodes.map(exerciseInfo);
        written = nodes.map((node) => ({ name: node.name, primary: node.primary, secondary: node.secondary }));
        byKey = new Map();
        for (const info of infos) for (const name of [info.name, ...info.aliases]) byKey.set(normalizeName(name), info);
    });

    it('parses with no diagnostics at all', async () => {
        const { document, diagnostics } = await check(BUILTIN_LIBRARY_TEXT);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(summarize(diagnostics)).toEqual([]);
    });

    it('holds only exercise declarations, at least 300 of them (SPEC §3.2)', async () => {
        const { document } = await check(BUILTIN_LIBRARY_TEXT);
        const statements = document.parseResult.value.statements;
        expect(statements.every(isExercise)).toBe(true);
        expect(infos.length).toBeGreaterThanOrEqual(300);
    });

    it('writes every muscle exactly as in the 18-word vocabulary', () => {
        expect(MUSCLES).toHaveLength(18);
        const outside = written.flatMap((exercise) => [...exercise.primary, ...exercise.secondary]
            .filter((muscle) => !(MUSCLES as readonly string[]).includes(muscle))
            .map((muscle) => `${exercise.name}: ${muscle}`));
        expect(outside).toEqual([]);
    });

    it('gives every exercise primary muscles, none of them repeated as secondary', () => {
        expect(infos.filter((info) => info.primary.length === 0).map((info) => info.name)).toEqual([]);
        expect(infos.filter((info) => info.secondary.some((muscle) => info.primary.includes(muscle))).map((info) => info.name)).toEqual([]);
    });

    it('writes a one-sentence /** */ comment right before every declaration', () => {
        const lines = BUILTIN_LIBRARY_TEXT.split(/\r?\n/);
        const missing = lines.flatMap((line, index) => line.startsWith('exercise ')
            && !/^\/\*\*\s*\S.*\*\/\s*$/.test(lines[index - 1] ?? '') ? [line.slice(0, 40)] : []);
        expect(missing).toEqual([]);
        expect(lines.filter((line) => line.startsWith('exercise ')).length).toBe(infos.length);
    });

    it('gives every exercise a description (exerciseInfo reads the doc comment)', () => {
        expect(infos.filter((info) => !info.description?.trim()).map((info) => info.name)).toEqual([]);
    });

    it('gives every strength and cardio exercise a mechanic, and every cardio exercise an impact', () => {
        expect(infos.filter((info) => info.kind !== 'mobility' && !info.mechanic).map((info) => info.name)).toEqual([]);
        expect(infos.filter((info) => info.kind === 'cardio' && !info.impact).map((info) => info.name)).toEqual([]);
    });

    // A name may be shared by a cardio and a strength exercise only: the prescription tells them apart (`Row`).
    const sharedByKind = (a: ExerciseInfo, b: ExerciseInfo) => (a.kind === 'cardio') !== (b.kind === 'cardio');

    it('uses every name and alias key once, but for a name shared by a cardio and a strength exercise', () => {
        const owner = new Map<string, ExerciseInfo>();
        const clashes: string[] = [];
        const shared: string[] = [];
        for (const info of infos) {
            for (const name of [info.name, ...info.aliases]) {
                const key = normalizeName(name);
                const other = owner.get(key);
                if (other !== undefined && other !== info) (sharedByKind(info, other) ? shared : clashes).push(`${name} (${info.name}) = ${other.name}`);
                if (other === info) clashes.push(`${name} repeated in ${info.name}`);
                owner.set(key, info);
            }
        }
        expect(clashes).toEqual([]);
        expect(shared).toEqual(['Row (Rowing Machine) = Barbell Row']);
    });

    it('keeps the exercises apart with a plural on any word (no two exercises share a singular key)', () => {
        const owner = new Map<string, ExerciseInfo>();
        const clashes: string[] = [];
        for (const info of infos) {
            for (const name of [info.name, ...info.aliases]) {
                const other = owner.get(singularKey(name));
                if (other !== undefined && other !== info && !sharedByKind(info, other)) clashes.push(`${name} (${info.name}) = ${other.name}`);
                owner.set(singularKey(name), info);
            }
        }
        expect(clashes).toEqual([]);
    });

    it('writes no alias that the abbreviations already read (SPEC §3.2: one table of them)', () => {
        expect(infos.flatMap((info) => info.aliases.filter((alias) => expandAbbreviations(alias) !== alias))).toEqual([]);
    });

    it('every name and alias, and its plural with s or es, finds its own exercise (no clash through the plural rule)', () => {
        const wrong: string[] = [];
        for (const info of infos) {
            for (const name of [info.name, ...info.aliases]) {
                if (name === 'Row') continue; // two exercises: tested through linking
                for (const form of [name, `${name}s`, `${name}es`]) {
                    const found = lookupName(byKey, form);
                    if (found !== info) wrong.push(`${form} → ${found?.name ?? 'nothing'}, not ${info.name}`);
                }
            }
        }
        expect(wrong).toEqual([]);
    });

    it.each([
        'squat', 'front squat', 'deadlift', 'Romanian deadlift', 'Bulgarian split squat', 'walking lunge', 'lunge', 'leg press',
        'leg extension', 'hamstring curl', 'leg curl', 'standing calf raise', 'seated calf raise', 'bench press',
        'incline bench press', 'barbell row', 'Hammer Strength row', 'pull-up', 'lat pulldown', 'overhead press',
        'barbell curl', 'triceps pushdown', 'plank',
    ])('has the strength exercise %j', (name) => {
        const info = lookupName(byKey, name);
        expect(info, name).toBeDefined();
        expect(info?.kind).toBe('strength');
        expect(info?.primary.length).toBeGreaterThan(0);
    });

    it.each([
        ['run', 'cardio', 'high'],
        ['jog', 'cardio', 'high'],
        ['sprint', 'cardio', 'high'],
        ['jump rope', 'cardio', 'high'],
        ['walk', 'cardio', 'low'],
        ['swim', 'cardio', 'low'],
        ['cycling', 'cardio', 'low'],
        ['elliptical', 'cardio', 'low'],
        ['rowing machine', 'cardio', 'low'],
        ['stair climbing', 'cardio', 'low'],
        ['yoga', 'mobility', 'low'],
        ['tai chi', 'mobility', 'low'],
        ['foam rolling', 'mobility', 'low'],
    ] as const)('has %j as %s with %s impact', (name, kind, impact) => {
        const info = lookupName(byKey, name);
        expect(info, name).toBeDefined();
        expect(info?.kind).toBe(kind);
        expect(info?.impact).toBe(impact);
    });

    it('the loaded built-in document is the same library', async () => {
        // Every required name resolves through the scope of an ordinary plan to a declaration of the built-in document.
        const { week } = await check('monday\n  Squat 3x5\n  Run 20min\n  Yoga 30min\n');
        const uris = week.sessions[0].items.map((item) => item.exercise?.node.$container.$document?.uri.toString());
        expect(uris).toEqual(['builtin:/library.split', 'builtin:/library.split', 'builtin:/library.split']);
    });
});
