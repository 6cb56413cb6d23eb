// The `.split` language of SPEC §2 and the week model of SPEC §3, pinned with exact numbers;
// then error recovery: a broken line is reported on that line and the rest of the file still counts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { AstUtils, DefaultReferenceDescriptionProvider, DocumentState, URI } from 'langium';
import { SplitFileSystem } from '../../src/language/workspace/split-file-system.js';
import { createSplitCoreServices } from '../../src/language/split-module.js';
import { isExercise, isSession } from '../../src/language/generated/ast.js';
import { exerciseReferences } from '../../src/language/references/split-linker.js';
import { MUSCLES } from '../../src/language/facts/defaults.js';
import { exerciseInfo } from '../../src/language/model/exercise-info.js';
import type { ItemModel, SessionModel, WeekModel } from '../../src/language/model/week-model.js';
import type { LoadModel } from '../../src/language/model/prescription.js';
import { conformancePlans } from '../conformance/conformance-cases.js';
import { check, splitServices, summarize } from '../helpers.js';

// ---- helpers ---------------------------------------------------------------------------------------------------

function listPlans(folder: string): string[] {
    return readdirSync(folder).filter((name) => name.endsWith('.split')).map((name) => join(folder, name));
}

/** `line:code:severity` of every diagnostic with this code. */
function withCode(diagnostics: readonly Diagnostic[], code: string): string[] {
    return summarize(diagnostics).filter((entry) => entry.split(':')[1] === code);
}

/** `line:code:severity` of every error. */
function errors(diagnostics: readonly Diagnostic[]): string[] {
    return summarize(diagnostics).filter((entry) => entry.endsWith(':error'));
}

/** The only item of the only session. */
async function onlyItem(line: string, header = ''): Promise<{ item: ItemModel; diagnostics: Diagnostic[]; week: WeekModel }> {
    const { diagnostics, week } = await check(`${header}monday\n  ${line}\n`);
    expect(week.sessions).toHaveLength(1);
    expect(week.sessions[0].items).toHaveLength(1);
    return { item: week.sessions[0].items[0], diagnostics, week };
}

/** The load of an item, wherever the grammar put it (after the set group, or after a cardio amount). */
function loadOf(item: ItemModel): LoadModel | undefined {
    return item.prescription.load ?? item.prescription.groups[0]?.load;
}

function items(session: SessionModel): Array<[string, number]> {
    return session.items.map((item) => [item.name, item.prescription.sets]);
}

function sumRegion(week: WeekModel, region: keyof SessionModel['regionSets']): number {
    return week.sessions.reduce((total, session) => total + session.regionSets[region], 0);
}

const NO_REGIONS = { legs: 0, back: 0, chest: 0, shoulders: 0, biceps: 0, triceps: 0, core: 0 };

// ---- header statements -----------------------------------------------------------------------------------------

describe('header statements (SPEC §2.2)', () => {
    it('reads plan, goal, age, hrmax and units; hrmax wins over the estimate from age', async () => {
        const { diagnostics, week } = await check([
            'plan "Legs and Back Twice"',
            'goal strength',
            'age 30',
            'hrmax 190',
            'units lb',
            '',
        ].join('\n'));
        expect(summarize(diagnostics)).toEqual([]);
        expect(week.plan).toMatchObject({ title: 'Legs and Back Twice', goal: 'strength', age: 30, hrmax: 190, units: 'lb', heartRateMax: 190 });
        expect(week.sessions).toEqual([]);
    });

    it('defaults: goal hypertrophy, units kg, no title, no heart-rate maximum', async () => {
        const { week } = await check('monday\n  Squat 4x8\n');
        expect(week.plan.goal).toBe('hypertrophy');
        expect(week.plan.units).toBe('kg');
        expect(week.plan.title).toBeUndefined();
        expect(week.plan.age).toBeUndefined();
        expect(week.plan.heartRateMax).toBeUndefined();
    });

    it('estimates HRmax from age as 208 - 0.7 x age (Tanaka)', async () => {
        const { week } = await check('age 40\n');
        expect(week.plan.age).toBe(40);
        expect(week.plan.hrmax).toBeUndefined();
        expect(week.plan.heartRateMax).toBeCloseTo(180, 9);
    });

    it('takes hrmax alone as the heart-rate maximum', async () => {
        const { week } = await check('hrmax 195\n');
        expect(week.plan.heartRateMax).toBe(195);
    });

    it.each(['hypertrophy', 'strength', 'endurance', 'general'] as const)('goal %s', async (goal) => {
        const { diagnostics, week } = await check(`goal ${goal}\n`);
        expect(summarize(diagnostics)).toEqual([]);
        expect(week.plan.goal).toBe(goal);
    });

    it('header keywords are case-insensitive', async () => {
        const { diagnostics, week } = await check('PLAN "Loud"\nGoal Endurance\nAGE 25\nUnits LB\n');
        expect(summarize(diagnostics)).toEqual([]);
        expect(week.plan).toMatchObject({ title: 'Loud', goal: 'endurance', age: 25, units: 'lb' });
    });

    it('statements may come in any order before the first session', async () => {
        const { diagnostics, week } = await check('units lb\nage 20\ngoal general\nplan "Any order"\nmonday\n  Squat 4x8 @ 100\n');
        expect(errors(diagnostics)).toEqual([]);
        expect(week.plan).toMatchObject({ title: 'Any order', goal: 'general', age: 20, units: 'lb' });
        expect(week.plan.heartRateMax).toBeCloseTo(194, 9);
        expect(loadOf(week.sessions[0].items[0])).toEqual({ type: 'weight', value: 100, unit: 'lb' });
    });
});

// ---- exercise declarations -------------------------------------------------------------------------------------

describe('exercise declarations (SPEC §2.3)', () => {
    const text = [
        '/** A plate-loaded machine row with independent arms; chest supported. */',
        'exercise "Test Row" alias "TR", "Tester Row" primary lats, middle back secondary biceps compound',
        '',
        '/**',
        ' * Two lines',
        ' * of description.',
        ' */',
        'exercise "Test Run" primary quadriceps, calves secondary glutes compound cardio impact high',
        '',
        '// just a comment',
        'exercise "Test Stretch" primary hamstrings mobility impact low',
        '',
        '/* a plain block comment */',
        'exercise "Test Curl" primary biceps isolation',
        '',
    ].join('\n');

    it('reads name, aliases, muscles, mechanic, kind and impact', async () => {
        const { document, diagnostics } = await check(text);
        expect(summarize(diagnostics)).toEqual([]);
        const infos = document.parseResult.value.statements.filter(isExercise).map(exerciseInfo);
        expect(infos.map((info) => info.name)).toEqual(['Test Row', 'Test Run', 'Test Stretch', 'Test Curl']);
        const [row, run, stretch, curl] = infos;
        expect(row).toMatchObject({
            aliases: ['TR', 'Tester Row'], primary: ['lats', 'middle back'], secondary: ['biceps'],
            mechanic: 'compound', kind: 'strength', impact: undefined,
        });
        expect(run).toMatchObject({ aliases: [], primary: ['quadriceps', 'calves'], secondary: ['glutes'], mechanic: 'compound', kind: 'cardio', impact: 'high' });
        expect(stretch).toMatchObject({ primary: ['hamstrings'], secondary: [], mechanic: undefined, kind: 'mobility', impact: 'low' });
        expect(curl).toMatchObject({ primary: ['biceps'], mechanic: 'isolation', kind: 'strength' });
    });

    it('a /** */ comment right before a declaration is its description; // and /* */ comments are not', async () => {
        const { document } = await check(text);
        const descriptions = document.parseResult.value.statements.filter(isExercise).map((node) => exerciseInfo(node).description);
        expect(descriptions).toEqual([
            'A plate-loaded machine row with independent arms; chest supported.', // first in the file
            'Two lines of description.', // a multi-line doc comment, after another declaration
            undefined,
            undefined,
        ]);
    });

    it('a doc comment after header statements describes the declaration below it', async () => {
        const { week } = await check('plan "P"\nunits kg\n\n/** Pull a cable to the face. */\nexercise "Cable Face Thing" primary shoulders isolation\nmonday\n  Cable Face Thing 3x15\n');
        expect(week.sessions[0].items[0].exercise?.description).toBe('Pull a cable to the face.');
    });

    it('items name a declaration by its name or any alias', async () => {
        const { diagnostics, week } = await check(`${text}monday\n  Test Row 3x10\n  TR 4x10\n  tester row 5x10\n`);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(week.sessions[0].items.map((item) => item.exercise?.name)).toEqual(['Test Row', 'Test Row', 'Test Row']);
        expect(week.sessions[0].regionSets.back).toBe(12);
        expect(week.weeklySets.lats).toBe(12);
        expect(week.weeklySets['middle back']).toBe(12);
        expect(week.weeklySets.biceps).toBe(6);
    });

    it('declaration keywords are case-insensitive', async () => {
        const { document, diagnostics } = await check('EXERCISE "Loud Row" ALIAS "LR" PRIMARY lats SECONDARY biceps COMPOUND CARDIO IMPACT LOW\n');
        expect(summarize(diagnostics)).toEqual([]);
        const info = exerciseInfo(document.parseResult.value.statements.filter(isExercise)[0]);
        expect(info).toMatchObject({ name: 'Loud Row', aliases: ['LR'], primary: ['lats'], secondary: ['biceps'], mechanic: 'compound', kind: 'cardio', impact: 'low' });
    });
});

// ---- sessions --------------------------------------------------------------------------------------------------

describe('sessions (SPEC §2.4, §3.3)', () => {
    it.each([
        ['monday', 0], ['mon', 0], ['tuesday', 1], ['tue', 1], ['wednesday', 2], ['wed', 2], ['thursday', 3], ['thu', 3],
        ['friday', 4], ['fri', 4], ['saturday', 5], ['sat', 5], ['sunday', 6], ['sun', 6],
        ['Monday', 0], ['MONDAY', 0], ['Mon', 0], ['FRI', 4], ['Sunday', 6],
    ] as const)('%s is weekday %i, starting at 18:00 by default', async (written, day) => {
        const { diagnostics, week } = await check(`${written}\n  Squat 4x8\n`);
        expect(errors(diagnostics)).toEqual([]);
        expect(week.sessions).toHaveLength(1);
        const [session] = week.sessions;
        expect(session.day).toBe(day);
        expect(session.time).toBe('18:00');
        expect(session.timeWritten).toBe(false);
        expect(session.start).toBe(day * 1440 + 18 * 60);
        expect(items(session)).toEqual([['Squat', 4]]);
    });

    it.each([
        ['monday at 00:00', 0, '00:00'],
        ['monday at 07:30', 450, '07:30'],
        ['wednesday "Legs" at 06:15', 2 * 1440 + 375, '06:15'],
        ['thursday AT 18:00', 3 * 1440 + 1080, '18:00'],
        ['sun at 23:59', 6 * 1440 + 1439, '23:59'],
    ] as const)('%s starts %i minutes after Monday 00:00', async (header, start, time) => {
        const { diagnostics, week } = await check(`${header}\n  Squat 4x8\n`);
        expect(errors(diagnostics)).toEqual([]);
        expect(week.sessions[0].start).toBe(start);
        expect(week.sessions[0].time).toBe(time);
        expect(week.sessions[0].timeWritten).toBe(true);
    });

    it('reads titles, and `rest` days with no items', async () => {
        const { diagnostics, week } = await check('tuesday "Legs" at 18:00\n  Squat 4x6\nsaturday rest\nSunday REST\nmonday "Back"\n  Deadlift 4x5\n');
        expect(errors(diagnostics)).toEqual([]);
        expect(week.sessions.map((session) => [session.dayName, session.title, session.rest, session.items.length])).toEqual([
            ['Monday', 'Back', false, 1],
            ['Tuesday', 'Legs', false, 1],
            ['Saturday', undefined, true, 0],
            ['Sunday', undefined, true, 0],
        ]);
    });

    it('orders sessions on the cyclic week from Monday 00:00, whatever the file order', async () => {
        const { diagnostics, week } = await check([
            'sunday "S"',
            '  Squat 3x5',
            'friday "F" at 06:00',
            '  Squat 3x5',
            'monday "M2" at 09:00',
            '  Squat 3x5',
            'monday "M1" at 07:00',
            '  Squat 3x5',
            'wednesday "W"',
            '  Squat 3x5',
            '',
        ].join('\n'));
        expect(withCode(diagnostics, 'duplicate-session')).toEqual([]);
        expect(week.sessions.map((session) => [session.title, session.start])).toEqual([
            ['M1', 420], ['M2', 540], ['W', 2 * 1440 + 1080], ['F', 4 * 1440 + 360], ['S', 6 * 1440 + 1080],
        ]);
    });

    it('an item line belongs to the session above it, however indented', async () => {
        const { week } = await check('monday\nSquat 3x5\n      Leg Press 4x10\ntuesday\n\tBench Press 5x5\n');
        expect(week.sessions.map(items)).toEqual([[['Squat', 3], ['Leg Press', 4]], [['Bench Press', 5]]]);
    });
});

// ---- strength prescriptions ------------------------------------------------------------------------------------

describe('strength prescriptions (SPEC §2.5)', () => {
    it.each(['4x10', '4 x 10', '4×10', '4X10', '4 × 10'])('%s is 4 sets of 10 reps', async (written) => {
        const { item, diagnostics } = await onlyItem(`Squat ${written}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.valid).toBe(true);
        expect(item.prescription.sets).toBe(4);
        expect(item.prescription.groups).toEqual([{ sets: 4, reps: { min: 10, max: 10 }, amrap: false, each: false }]);
    });

    it('3x8-12 is a rep range', async () => {
        const { item } = await onlyItem('Squat 3x8-12');
        expect(item.prescription.groups[0].reps).toEqual({ min: 8, max: 12 });
        expect(item.prescription.sets).toBe(3);
        expect(item.valid).toBe(true);
    });

    it.each(['3xAMRAP', '3xamrap', '3 x AMRAP'])('%s is as many reps as possible', async (written) => {
        const { item, diagnostics } = await onlyItem(`Pull-Up ${written}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.groups[0]).toMatchObject({ sets: 3, amrap: true, reps: null });
        expect(item.valid).toBe(true);
    });

    it('3x45s is timed holds', async () => {
        const { item, diagnostics } = await onlyItem('Plank 3x45s');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.groups[0]).toMatchObject({ sets: 3, reps: null, seconds: 45 });
        expect(item.prescription.sets).toBe(3);
        expect(item.valid).toBe(true);
    });

    it('1x5, 3x8 are set groups in order, each with its own load', async () => {
        const { item, diagnostics } = await onlyItem('Deadlift 1x5 @ 160kg, 3x8 @ 120kg');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.groups).toEqual([
            { sets: 1, reps: { min: 5, max: 5 }, amrap: false, each: false, load: { type: 'weight', value: 160, unit: 'kg' } },
            { sets: 3, reps: { min: 8, max: 8 }, amrap: false, each: false, load: { type: 'weight', value: 120, unit: 'kg' } },
        ]);
        expect(item.prescription.sets).toBe(4);
    });

    it('3x8 each counts 3 sets, not 6, in the session and in the week', async () => {
        const { item, week } = await onlyItem('Bulgarian Split Squat 3x8 each');
        expect(item.prescription.groups[0]).toMatchObject({ sets: 3, each: true, reps: { min: 8, max: 8 } });
        expect(item.prescription.sets).toBe(3);
        expect(week.sessions[0].regionSets.legs).toBe(3);
        expect(week.weeklySets.quadriceps).toBe(3);
    });
});

describe('loads (SPEC §2.5)', () => {
    it.each([
        ['@ 140kg', { type: 'weight', value: 140, unit: 'kg' }],
        ['@ 225lb', { type: 'weight', value: 225, unit: 'lb' }],
        ['@ 102.5kg', { type: 'weight', value: 102.5, unit: 'kg' }],
        ['@ 100', { type: 'weight', value: 100, unit: 'kg' }],
        ['@ 75%', { type: 'percent', value: 75 }],
        ['@ RPE 8', { type: 'rpe', value: 8 }],
        ['@ rpe 9.5', { type: 'rpe', value: 9.5 }],
        ['@ RIR 2', { type: 'rir', value: 2 }],
        ['@ RIR 0', { type: 'rir', value: 0 }],
    ] as const)('Squat 4x8 %s', async (load, expected) => {
        const { item, diagnostics } = await onlyItem(`Squat 4x8 ${load}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(loadOf(item)).toEqual(expected);
        expect(item.valid).toBe(true);
    });

    it('a bare number takes the plan units', async () => {
        const { item } = await onlyItem('Squat 4x8 @ 225', 'units lb\n');
        expect(loadOf(item)).toEqual({ type: 'weight', value: 225, unit: 'lb' });
    });

    it('a written unit wins over the plan units', async () => {
        const { item } = await onlyItem('Squat 4x8 @ 100kg', 'units lb\n');
        expect(loadOf(item)).toEqual({ type: 'weight', value: 100, unit: 'kg' });
    });
});

// ---- cardio ----------------------------------------------------------------------------------------------------

describe('cardio prescriptions and intensity (SPEC §2.5, §3.6)', () => {
    it.each([
        ['30min', { seconds: 1800 }, 30],
        ['45s', { seconds: 45 }, 0.75],
        ['1h', { seconds: 3600 }, 60],
    ] as const)('Run %s is a duration', async (written, amount, minutes) => {
        const { item, diagnostics } = await onlyItem(`Run ${written}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.kind).toBe('cardio');
        expect(item.prescription.amount).toEqual(amount);
        expect(item.minutes).toBe(minutes);
        expect(item.intensity).toBe('moderate');
        expect(item.valid).toBe(true);
    });

    it.each([
        ['5km', 5000],
        ['400m', 400],
        ['3mi', 3 * 1609.344],
    ] as const)('Run %s is a distance', async (written, meters) => {
        const { item, diagnostics } = await onlyItem(`Run ${written}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.amount?.meters).toBeCloseTo(meters, 6);
        expect(item.prescription.amount?.seconds).toBeUndefined();
        expect(item.intensity).toBe('moderate');
        expect(item.valid).toBe(true);
    });

    it('8x400m is repeats: high intensity', async () => {
        const { item, diagnostics } = await onlyItem('Run 8x400m');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.groups[0]).toMatchObject({ sets: 8, meters: 400, reps: null });
        expect(item.intensity).toBe('high');
        expect(item.valid).toBe(true);
    });

    it('6x3min is repeats of 3 minutes: 18 minutes, high intensity', async () => {
        const { item } = await onlyItem('Run 6x3min');
        expect(item.prescription.groups[0]).toMatchObject({ sets: 6, seconds: 180, reps: null });
        expect(item.minutes).toBe(18);
        expect(item.intensity).toBe('high');
    });

    it.each([
        ['Run 30min easy', 'low'],
        ['Run 30min moderate', 'moderate'],
        ['Run 30min hard', 'high'],
        ['Run 30min EASY', 'low'],
        ['Run 30min', 'moderate'],
        ['Run 30min @ Z1', 'low'],
        ['Run 30min @ Z2', 'low'],
        ['Run 30min @ Z3', 'moderate'],
        ['Run 30min @ Z4', 'high'],
        ['Run 30min @ z5', 'high'],
    ] as const)('%s is %s intensity', async (line, intensity) => {
        const { item, diagnostics } = await onlyItem(line);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.intensity).toBe(intensity);
    });

    // age 30: HRmax = 208 - 21 = 187; 64 % = 119.68 bpm, 77 % = 143.99 bpm.
    it.each([
        [119, 'low'], [120, 'moderate'], [143, 'moderate'], [144, 'high'], [180, 'high'],
    ] as const)('with age 30, @ %ibpm is %s', async (bpm, intensity) => {
        const { item, week } = await onlyItem(`Run 30min @ ${bpm}bpm`, 'age 30\n');
        expect(week.plan.heartRateMax).toBeCloseTo(187, 9);
        expect(loadOf(item)).toEqual({ type: 'bpm', value: bpm });
        expect(item.intensity).toBe(intensity);
    });

    // hrmax 200: 64 % = 128 bpm, 77 % = 154 bpm.
    it.each([
        [127, 'low'], [128, 'moderate'], [153, 'moderate'], [154, 'high'],
    ] as const)('with hrmax 200 (and age 60), @ %ibpm is %s', async (bpm, intensity) => {
        const { item } = await onlyItem(`Cycling 45min @ ${bpm}bpm`, 'age 60\nhrmax 200\n');
        expect(item.intensity).toBe(intensity);
    });

    it('without age or hrmax, a bpm target is moderate', async () => {
        const { item } = await onlyItem('Run 5km @ 190bpm');
        expect(item.intensity).toBe('moderate');
    });

    it('impact and kind come from the library; mobility work is low intensity', async () => {
        const { week } = await check('monday\n  Run 20min\n  Walk 30min\n  Jump Rope 10min\n  Swim 1km\n  Yoga 45min\n  Foam Rolling 10min\n');
        expect(week.sessions[0].items.map((item) => [item.exercise?.name, item.kind, item.impact, item.intensity])).toEqual([
            ['Run', 'cardio', 'high', 'moderate'],
            ['Walk', 'cardio', 'low', 'moderate'],
            ['Jump Rope', 'cardio', 'high', 'moderate'],
            ['Swim', 'cardio', 'low', 'moderate'],
            ['Yoga', 'mobility', 'low', 'low'],
            ['Foam Rolling', 'mobility', 'low', 'low'],
        ]);
    });
});

// ---- modifiers -------------------------------------------------------------------------------------------------

describe('modifiers (SPEC §2.5)', () => {
    it.each([
        ['5x15 drop 4-5', [4, 5]],
        ['5x15 drop 4,5', [4, 5]],
        ['5x15 drop 4, 5', [4, 5]],
        ['5x15 drop last', [5]],
        ['5x15 DROP LAST', [5]],
        ['5x15 drop 3', [3]],
        ['5x15 drop 1-5', [1, 2, 3, 4, 5]],
        ['1x10, 2x8 drop last', [3]],
    ] as const)('Leg Extension %s drops on sets %j, still counting each set once', async (prescription, drops) => {
        const { item, diagnostics, week } = await onlyItem(`Leg Extension ${prescription}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.drops).toEqual(drops);
        const sets = item.prescription.groups.reduce((total, group) => total + group.sets, 0);
        expect(item.prescription.sets).toBe(sets);
        expect(week.weeklySets.quadriceps).toBe(sets);
    });

    it('a drop on a million sets lists each once (they were spread into one call, which overflowed the stack)', async () => {
        const { item, diagnostics } = await onlyItem('Leg Extension 1000000x1 drop 1-1000000 drop last drop 1');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.drops).toHaveLength(1_000_000);
        expect(item.prescription.drops.slice(0, 3)).toEqual([1, 2, 3]);
        expect(item.prescription.drops.at(-1)).toBe(1_000_000);
    });

    it('rest-pause, with and without the pause; 1x75 counts one set', async () => {
        const { week, diagnostics } = await check('monday\n  Seated Calf Raise 1x75 rest-pause 15s\n  Seated Calf Raise 1x75 rest-pause\n');
        expect(errors(diagnostics)).toEqual([]);
        const [withPause, without] = week.sessions[0].items;
        expect(withPause.prescription.restPause).toEqual({ pauseSeconds: 15 });
        expect(without.prescription.restPause).toBeDefined();
        expect(without.prescription.restPause?.pauseSeconds).toBeUndefined();
        expect(withPause.prescription.groups[0].reps).toEqual({ min: 75, max: 75 });
        expect(withPause.prescription.sets).toBe(1);
        expect(week.weeklySets.calves).toBe(2);
    });

    it.each([
        ['rest 90s', 90],
        ['rest 2min', 120],
        ['REST 45s', 45],
        ['rest 1h', 3600],
    ] as const)('Barbell Row 4x10 %s rests %i s', async (modifier, seconds) => {
        const { item, diagnostics } = await onlyItem(`Barbell Row 4x10 ${modifier}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.restSeconds).toBe(seconds);
        expect(item.prescription.sets).toBe(4);
    });

    it('"free text" is a note; several modifiers combine in any order', async () => {
        const { item, diagnostics } = await onlyItem('Leg Extension 5x15 @ 40kg "squeeze at the top" rest 60s drop 4-5 "slow"');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription).toMatchObject({ notes: ['squeeze at the top', 'slow'], restSeconds: 60, drops: [4, 5], sets: 5 });
        expect(loadOf(item)).toEqual({ type: 'weight', value: 40, unit: 'kg' });
    });

    it('an item without modifiers has no drops, rest-pause, rest or notes', async () => {
        const { item } = await onlyItem('Squat 4x8');
        expect(item.prescription.drops).toEqual([]);
        expect(item.prescription.restPause).toBeUndefined();
        expect(item.prescription.restSeconds).toBeUndefined();
        expect(item.prescription.notes).toEqual([]);
    });
});

// ---- comments and names ----------------------------------------------------------------------------------------

describe('comments (SPEC §2.1)', () => {
    it('block comments are lexed as the grammar\'s regular expression says, in linear time (split-token-builder.ts)', async () => {
        const Split = await splitServices();
        const grammarRegex = /\/\*[\s\S]*?\*\/|\/\*[^\n\r]*/y;
        const texts = [
            '/* closed */ monday', '/* open\nmonday\n  Squat 4x8 */ x', '/*/\nmonday */', '/**/ /*** x **/ /*', '/* a\r\n b */\r\n/* c',
            'x /* one /* two */ three */', '/* open\r/* still\n*/', 'monday\n  Squat 4x8 /* unclosed\n  Bench 3x8\n', '"/* in a string */" /* real',
        ];
        for (const text of texts) {
            const comments = Split.parser.Lexer.tokenize(text).hidden.filter((token) => token.image.startsWith('/*'));
            for (const comment of comments) {
                grammarRegex.lastIndex = comment.startOffset;
                expect(comment.image, JSON.stringify(text)).toBe(grammarRegex.exec(text)?.[0]);
            }
            expect(comments.length, JSON.stringify(text)).toBeGreaterThan(0);
        }
        const { diagnostics } = await check('/*/\nmonday\n  Squat 4x8\n');
        expect(errors(diagnostics)).toEqual(['1:syntax:error']);
    });

    it('line, block and doc comments are ignored wherever they stand', async () => {
        const { diagnostics, week } = await check([
            '// a plan with comments',
            'plan "Commented" // trailing',
            '/* a block',
            '   comment over lines */',
            'monday "Legs" // after the header',
            '  // a whole comment line inside a session',
            '  Squat 4x8 /* heavy */ @ 100kg // top sets',
            '  /* between items */',
            '  Leg Press 3x10',
            '/** a doc comment not before a declaration */',
            '  Leg Extension 2x15',
            '',
        ].join('\n'));
        expect(errors(diagnostics)).toEqual([]);
        expect(week.plan.title).toBe('Commented');
        expect(week.sessions.map(items)).toEqual([[['Squat', 4], ['Leg Press', 3], ['Leg Extension', 2]]]);
        expect(loadOf(week.sessions[0].items[0])).toEqual({ type: 'weight', value: 100, unit: 'kg' });
    });
});

describe('exercise names (SPEC §2.1)', () => {
    it('multi-word, hyphenated and apostrophe names resolve', async () => {
        const { diagnostics, week } = await check('monday\n  Hammer Strength Row 5x10 drop last\n  Bulgarian Split Squat 3x8 each\n  Farmer\'s Walk 3x30s\n  Close-Grip Bench Press 3x8\n  Thread the Needle 2x30s\n');
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(errors(diagnostics)).toEqual([]);
        expect(week.sessions[0].items.map((item) => [item.name, item.exercise?.name, item.prescription.sets])).toEqual([
            ['Hammer Strength Row', 'Hammer Strength Row', 5],
            ['Bulgarian Split Squat', 'Bulgarian Split Squat', 3],
            ["Farmer's Walk", "Farmer's Walk", 3],
            ['Close-Grip Bench Press', 'Close-Grip Bench Press', 3],
            ['Thread the Needle', 'Thread the Needle', 2],
        ]);
    });

    it('words that are keywords elsewhere may stand inside a name', async () => {
        const { diagnostics, week } = await check([
            'exercise "Rest-Pause Curl" primary biceps isolation',
            'exercise "Drop Push-Up" primary chest compound',
            'exercise "Easy Each Side Row" primary lats compound',
            'exercise "Hard Stop at Rest Press" primary shoulders compound',
            'monday',
            '  Rest-Pause Curl 3x10',
            '  Drop Push-Up 4x12 drop last',
            '  Easy Each Side Row 3x8 each',
            '  Hard Stop at Rest Press 5x5 rest 90s',
            '',
        ].join('\n'));
        expect(errors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(week.sessions[0].items.map((item) => [item.exercise?.name, item.prescription.sets])).toEqual([
            ['Rest-Pause Curl', 3], ['Drop Push-Up', 4], ['Easy Each Side Row', 3], ['Hard Stop at Rest Press', 5],
        ]);
        expect(week.sessions[0].items[1].prescription.drops).toEqual([4]);
        expect(week.sessions[0].items[3].prescription.restSeconds).toBe(90);
        expect(week.sessions[0].regionSets).toEqual({ ...NO_REGIONS, biceps: 3, chest: 4, back: 3, shoulders: 5 });
    });

    it('quoted names always work, even with digits or weekday words', async () => {
        const { diagnostics, week } = await check([
            'exercise "Monday 5x5 Special" primary quadriceps compound',
            'tuesday',
            '  "Squat" 4x8',
            '  "Hip 90-90" 2x30s',
            '  "Monday 5x5 Special" 3x5',
            '',
        ].join('\n'));
        expect(errors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(week.sessions).toHaveLength(1);
        expect(week.sessions[0].items.map((item) => [item.exercise?.name, item.kind, item.prescription.sets])).toEqual([
            ['Squat', 'strength', 4], ['Hip 90-90', 'mobility', 2], ['Monday 5x5 Special', 'strength', 3],
        ]);
        expect(week.sessions[0].regionSets).toEqual({ ...NO_REGIONS, legs: 7 });
    });
});

// ---- the week model --------------------------------------------------------------------------------------------

describe('what a session trains and weekly sets (SPEC §3.4, §3.5)', () => {
    const text = [
        'exercise "Leg Alpha" primary quadriceps, glutes secondary hamstrings, lower back compound',
        'exercise "Back Beta" primary lats secondary biceps compound',
        'exercise "Arm Gamma" primary biceps, forearms isolation',
        'exercise "Neck Delta" primary neck isolation',
        'exercise "Cardio Eps" primary quadriceps, lats cardio impact low',
        'exercise "Mob Zeta" primary lats, quadriceps mobility',
        'monday "A"',
        '  Leg Alpha 2x10',
        '  Back Beta 2x10',
        '  Leg Alpha 1x10',
        '  Back Beta 0x10',
        '  Cardio Eps 30min',
        '  Mob Zeta 3x60s',
        '  Neck Delta 5x10',
        '  Unknown Thing 5x10',
        'tuesday "B"',
        '  Back Beta 3x8 each',
        '  Arm Gamma 5x15 drop last',
        '  Leg Alpha 1x75 rest-pause',
        '  Arm Gamma 2x10 drop 3',
        '',
    ].join('\n');

    it('counts the sets of valid strength items by their primary muscles; 3 sets make a trained region', async () => {
        const { diagnostics, week } = await check(text);
        expect(withCode(diagnostics, 'invalid-prescription')).toEqual(['11:invalid-prescription:error', '20:invalid-prescription:error']);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual(['15:unknown-exercise:warning']);
        const [monday, tuesday] = week.sessions;
        // legs 2 + 1; back 2 (0x10 is invalid, cardio and mobility never count); neck and unknown names are no region.
        expect(monday.regionSets).toEqual({ ...NO_REGIONS, legs: 3, back: 2 });
        expect(monday.regions).toEqual(['legs']);
        // back 3 (`each` not doubled); biceps 5 (drop set counted once; the invalid `drop 3` on 2 sets counts nothing);
        // legs 1 (rest-pause counted once); secondary biceps of Back Beta does not count here.
        expect(tuesday.regionSets).toEqual({ ...NO_REGIONS, legs: 1, back: 3, biceps: 5 });
        expect(tuesday.regions).toEqual(['back', 'biceps']);
    });

    it('weekly sets: primary 1, secondary 0.5, every muscle of the vocabulary present', async () => {
        const { week } = await check(text);
        expect(Object.keys(week.weeklySets).sort()).toEqual([...MUSCLES].sort());
        expect(week.weeklySets).toEqual({
            abdominals: 0, abductors: 0, adductors: 0, calves: 0, chest: 0, shoulders: 0, traps: 0, triceps: 0, 'middle back': 0,
            quadriceps: 4, glutes: 4, hamstrings: 2, 'lower back': 2, // Leg Alpha 2 + 1 + 1
            lats: 5, // Back Beta 2 + 3
            biceps: 7.5, // Back Beta secondary (2 + 3) / 2 + Arm Gamma 5
            forearms: 5, neck: 5,
        });
    });

    it('a rest day and an empty session train nothing', async () => {
        const { week } = await check('monday rest\ntuesday "Empty"\n');
        expect(week.sessions.map((session) => [session.rest, session.regionSets, session.regions])).toEqual([
            [true, NO_REGIONS, []],
            [false, NO_REGIONS, []],
        ]);
        expect(Object.values(week.weeklySets).every((sets) => sets === 0)).toBe(true);
    });

    it('the SPEC §2 example plan: regions per session and weekly sets', async () => {
        const { diagnostics, week } = await check([
            'plan "Legs and Back Twice"',
            'goal hypertrophy',
            'age 30',
            'units kg',
            'exercise "Hammer Strength Row" primary lats, middle back secondary biceps compound',
            'monday "Back"',
            '  Deadlift                4x5 @ 140kg',
            '  Pull-Up                 4x8-12 @ RPE 8',
            '  Barbell Row             4x10 rest 90s',
            'tuesday "Legs" at 18:00',
            '  Squat                   4x6 @ 75%',
            '  Bulgarian Split Squat   3x8 each',
            '  Leg Extension           5x15 drop 4-5',
            '  Seated Calf Raise       1x75 rest-pause 15s',
            'wednesday "Chest and Biceps"',
            '  Bench Press             4x8',
            '  Barbell Curl            3x12',
            'thursday at 07:00',
            '  Run                     30min easy',
            'thursday "Shoulders and Triceps" at 18:00',
            '  Overhead Press          4x8',
            '  Triceps Pushdown        3x12 drop last',
            'friday "Legs and Back"',
            '  Leg Extension           5x15 drop 4,5',
            '  Hammer Strength Row     5x10 drop last',
            '  Squat                   4x10',
            '  Barbell Row             4x10',
            '  Seated Calf Raise       1x75 rest-pause',
            'saturday rest',
            'sunday rest',
            '',
        ].join('\n'));
        expect(errors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(week.sessions.map((session) => [session.dayName, session.time, session.title, session.regions])).toEqual([
            ['Monday', '18:00', 'Back', ['legs', 'back']], // Deadlift: glutes, hamstrings, lower back
            ['Tuesday', '18:00', 'Legs', ['legs']],
            ['Wednesday', '18:00', 'Chest and Biceps', ['chest', 'biceps']],
            ['Thursday', '07:00', undefined, []],
            ['Thursday', '18:00', 'Shoulders and Triceps', ['shoulders', 'triceps']],
            ['Friday', '18:00', 'Legs and Back', ['legs', 'back']],
            ['Saturday', '18:00', undefined, []],
            ['Sunday', '18:00', undefined, []],
        ]);
        expect(week.sessions[0].regionSets).toEqual({ ...NO_REGIONS, legs: 4, back: 12 });
        expect(week.sessions[1].regionSets).toEqual({ ...NO_REGIONS, legs: 13 });
        expect(week.sessions[5].regionSets).toEqual({ ...NO_REGIONS, legs: 10, back: 9 });
        // The local Hammer Strength Row shadows the built-in one.
        expect(week.sessions[5].items[1].exercise?.node.$container).toBe(week.plan.titleNode?.$container);
        // Squat, BSS, Leg Extension (tue), Leg Extension (fri), Squat (fri); Deadlift secondary.
        expect(week.weeklySets.quadriceps).toBe(4 + 3 + 5 + 5 + 4 + 0.5 * 4);
        // Pull-Up, Barbell Row, Hammer Strength Row, Barbell Row; Deadlift secondary.
        expect(week.weeklySets.lats).toBe(4 + 4 + 5 + 4 + 0.5 * 4);
        expect(week.weeklySets.calves).toBe(2);
    });
});

// ---- error recovery --------------------------------------------------------------------------------------------

describe('error recovery (SPEC §2.1: a broken line is reported on that line, the rest still parses)', () => {
    // Line 3 is broken. Line 2 trains biceps, line 4 triceps, line 6 (the next session) chest.
    const around = (broken: string) => [
        'monday "Arms"',
        '  Barbell Curl 3x10',
        broken,
        '  Triceps Pushdown 4x12',
        'friday "Chest"',
        '  Bench Press 5x5',
        '',
    ].join('\n');

    it.each([
        ['bad load', '  Squat 4x8 @ kg'],
        ['missing prescription', '  Squat'],
        ['`3x` with nothing after', '  Squat 3x'],
        ['`4x8 @` with nothing after', '  Squat 4x8 @'],
        ['misspelt weekday at line start', 'tues "Legs"'],
        ['misspelt weekday (Wendsday)', 'Wendsday'],
        ['misspelt weekday (thurs)', 'thurs'],
        ['garbage characters', '  Squat 4x8 $$$'],
        ['unclosed string in a session header', 'wednesday "Legs'],
        ['unclosed string in a note', '  Squat 4x8 "heavy'],
        ['unclosed block comment', '/* note'],
        ['a stray number line', '  42'],
        ['a stray number at line start', '42'],
        ['a stray set scheme', '  4x8'],
    ])('%s: one syntax error on that line, other lines still count', async (_what, broken) => {
        const { diagnostics, week } = await check(around(broken));
        expect(errors(diagnostics)).toEqual(['3:syntax:error']);
        const first = week.sessions[0];
        expect(first.dayName).toBe('Monday');
        expect(first.regionSets.biceps).toBe(3);
        expect(sumRegion(week, 'triceps')).toBe(4);
        expect(week.weeklySets.triceps).toBe(4 + 2.5); // Triceps Pushdown, Bench Press secondary
        const friday = week.sessions.find((session) => session.dayName === 'Friday');
        expect(friday?.regionSets.chest).toBe(5);
        expect(friday?.items.map((item) => item.name)).toEqual(['Bench Press']);
    });

    it('the syntax error has severity error and sits on the broken line', async () => {
        const { diagnostics } = await check(around('  Squat 4x8 @ kg'));
        const syntax = diagnostics.filter((diagnostic) => diagnostic.code === 'syntax');
        expect(syntax).toHaveLength(1);
        expect(syntax[0].severity).toBe(1);
        expect(syntax[0].range.start.line).toBe(2);
    });

    it('a broken load keeps the item line from spawning a phantom item', async () => {
        const { week } = await check(around('  Squat 4x8 @ kg'));
        expect(week.sessions[0].items.map((item) => item.name)).toEqual(['Barbell Curl', 'Squat', 'Triceps Pushdown']);
    });

    it('two broken lines give two errors, each on its line', async () => {
        const { diagnostics, week } = await check('monday\n  Squat 4x8 @ kg\n  Leg Press 3x10\n  Leg Extension 3x12 $$\n  Barbell Curl 3x10\n');
        expect(errors(diagnostics).sort()).toEqual(['2:syntax:error', '4:syntax:error']);
        expect(week.sessions[0].regionSets.biceps).toBe(3);
    });

    it('a header statement after a session is an error on that line', async () => {
        const { diagnostics, week } = await check('plan "P"\nmonday\n  Squat 4x8\ngoal strength\ntuesday\n  Bench Press 3x8\n');
        expect(errors(diagnostics)).toEqual(['4:syntax:error']);
        expect(week.sessions.map(items)).toEqual([[['Squat', 4]], [['Bench Press', 3]]]);
    });

    it('an import after a session is an error on that line', async () => {
        const { diagnostics } = await check('monday\n  Squat 4x8\nimport "x.split"\n');
        expect(withCode(diagnostics, 'syntax')).toEqual(['3:syntax:error']);
    });

    it.each([
        ['plan "A"\nplan "B"\n', '2:syntax:error'],
        ['goal strength\nage 30\ngoal general\n', '3:syntax:error'],
        ['age 30\nage 31\n', '2:syntax:error'],
        ['hrmax 190\nunits kg\nhrmax 180\n', '3:syntax:error'],
        ['units kg\nunits lb\n', '2:syntax:error'],
    ])('a repeated header statement is an error on the repeat: %j', async (text, expected) => {
        const { diagnostics } = await check(text);
        expect(errors(diagnostics)).toEqual([expected]);
    });

    it('several imports are allowed', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'a.split'), 'exercise "Aaa Lift" primary chest compound\n');
        writeFileSync(join(dir, 'b.split'), 'exercise "Bbb Lift" primary lats compound\n');
        const { diagnostics } = await check('import "a.split"\nimport "b.split"\n', join(dir, 'plan.split'));
        expect(summarize(diagnostics)).toEqual([]);
    });

    it.each([
        ['age 5', 1], ['age 101', 1], ['age 30.5', 1], ['age 10', 0], ['age 100', 0],
    ] as const)('%s gives %i errors', async (line, count) => {
        const { diagnostics } = await check(`${line}\n`);
        expect(errors(diagnostics)).toEqual(count ? ['1:syntax:error'] : []);
    });

    it('an unknown muscle in a declaration is an error on that line', async () => {
        const { diagnostics, week } = await check('plan "P"\nexercise "Odd Lift" primary quads, glutes secondary bicep compound\nmonday\n  Odd Lift 4x8\n');
        expect(errors(diagnostics)).toEqual(['2:syntax:error', '2:syntax:error']);
        const messages = diagnostics.map((diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value));
        expect(messages.find((message) => message.includes('"bicep"'))).toContain('did you mean "biceps"');
        // The known muscles still count.
        expect(week.weeklySets.glutes).toBe(4);
        expect(week.weeklySets.quadriceps).toBe(0);
    });

    it('a declaration without primary muscles is an error on that line', async () => {
        const { diagnostics } = await check('exercise "Nothing" compound\n');
        expect(errors(diagnostics)).toEqual(['1:syntax:error']);
    });

    it('a rest session with items is an error on its header; its items are still read', async () => {
        const { diagnostics, week } = await check('monday\n  Squat 4x8\nwednesday rest\n  Bench Press 4x8\n');
        expect(errors(diagnostics)).toEqual(['3:syntax:error']);
        expect(week.sessions[1]).toMatchObject({ rest: true, dayName: 'Wednesday' });
        expect(items(week.sessions[1])).toEqual([['Bench Press', 4]]);
    });

    it.each(['25:00', '24:00', '12:60'])('at %s is an error on the header', async (time) => {
        const { diagnostics, week } = await check(`monday\n  Squat 4x8\ntuesday at ${time}\n  Bench Press 4x8\n`);
        expect(errors(diagnostics)).toEqual(['3:syntax:error']);
        expect(items(week.sessions[1])).toEqual([['Bench Press', 4]]);
    });

    it.each([
        ['two sessions without times', 'monday "A"\n  Squat 4x8\nmonday "B"\n  Bench Press 4x8\n', ['3:duplicate-session:error']],
        ['a rest line and a session', 'wednesday rest\nwednesday "Legs"\n  Squat 4x8\n', ['2:duplicate-session:error']],
        ['the same time', 'thursday at 07:00\n  Run 30min\nthursday at 07:00\n  Squat 4x8\n', ['3:duplicate-session:error']],
        ['one time written, one default', 'thursday at 07:00\n  Run 30min\nthursday\n  Squat 4x8\n', ['3:duplicate-session:error']],
        ['18:00 written and the default 18:00', 'thu at 18:00\n  Run 30min\nthursday\n  Squat 4x8\n', ['3:duplicate-session:error']],
        ['abbreviation and full name', 'fri\n  Squat 4x8\nFriday\n  Bench Press 4x8\n', ['3:duplicate-session:error']],
        ['three on a day, the later two reported', 'sat\n  Squat 4x8\nsat\n  Squat 4x8\nsat\n  Squat 4x8\n', ['3:duplicate-session:error', '5:duplicate-session:error']],
        ['distinct times', 'thursday at 07:00\n  Run 30min\nthursday at 18:00\n  Squat 4x8\n', []],
        ['different days', 'monday\n  Squat 4x8\ntuesday\n  Squat 4x8\n', []],
    ])('duplicate-session (SPEC §2.4): %s', async (_what, text, expected) => {
        const { diagnostics } = await check(text);
        expect(withCode(diagnostics, 'duplicate-session')).toEqual(expected);
    });

    it('duplicate-session: a session without a time conflicts with every other session of its day', async () => {
        // 09:00 and 07:00 are distinct, but the session between them has no `at`: both later headers are reported.
        const { diagnostics } = await check('monday at 09:00\n  Squat 4x8\nmonday\n  Bench Press 4x8\nmonday at 07:00\n  Pull-Up 4x8\n');
        expect(withCode(diagnostics, 'duplicate-session')).toEqual(['3:duplicate-session:error', '5:duplicate-session:error']);
    });

    it.each([
        ['Squat 0x5'],
        ['Squat 3x12-8'],
        ['Squat 3x10 drop 4'],
        ['Squat 5x10 drop 2-1'],
        ['Squat 3x10 drop 0'],
        ['Squat 3x10 @ 150%'],
        ['Squat 3x10 @ 0%'],
        ['Squat 3x10 @ RPE 11'],
        ['Squat 3x10 @ RIR -1'],
        ['Squat 1x5 @ 90%, 3x8 @ 120%'],
        ['Squat 1x5, 0x8'],
        ['Run 0min'],
    ])('invalid-prescription: %s is an error on the item and counts for nothing', async (line) => {
        const { diagnostics, week } = await check(`monday\n  Leg Curl 3x10\n  ${line}\n  Bench Press 3x8\n`);
        expect(errors(diagnostics)).toEqual(['3:invalid-prescription:error']);
        const item = week.sessions[0].items[1];
        expect(item.valid).toBe(false);
        expect(week.sessions[0].regionSets).toEqual({ ...NO_REGIONS, legs: 3, chest: 3 });
        expect(week.weeklySets.quadriceps).toBe(0);
        expect(week.weeklySets.glutes).toBe(0);
    });

    it.each([
        ['Squat 3x10 drop 3'],
        ['Squat 3x8-8'],
        ['Squat 3x10 @ 100%'],
        ['Squat 3x10 @ 1%'],
        ['Squat 3x10 @ RPE 10'],
        ['Squat 3x10 @ RPE 1'],
        ['Squat 3x10 @ RIR 0'],
        ['Squat 5x10 drop 5-5'],
    ])('valid edge: %s', async (line) => {
        const { diagnostics, week } = await check(`monday\n  ${line}\n`);
        expect(errors(diagnostics)).toEqual([]);
        expect(week.sessions[0].items[0].valid).toBe(true);
        expect(week.sessions[0].regionSets.legs).toBeGreaterThanOrEqual(3);
    });
});

// ---- imports and shadowing -------------------------------------------------------------------------------------

const temps: string[] = [];
function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'split-language-test-'));
    temps.push(dir);
    return dir;
}
afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('imports (SPEC §2.2) and shadowing (SPEC §2.3)', () => {
    it('an import of a missing file is unresolved-import on the import line', async () => {
        const dir = tempDir();
        const { diagnostics } = await check('plan "P"\nimport "lib/missing.split"\nmonday\n  Squat 4x8\n', join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual(['2:unresolved-import:error']);
    });

    it('an import of a file that does not parse is unresolved-import on the import line', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'broken.split'), 'exercise "Broken Lift" primary chest $$$\n');
        const { diagnostics } = await check('import "broken.split"\n', join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual(['1:unresolved-import:error']);
    });

    it('an import of a folder is unresolved-import', async () => {
        const dir = tempDir();
        mkdirSync(join(dir, 'folder.split'));
        const { diagnostics } = await check('import "folder.split"\n', join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual(['1:unresolved-import:error']);
    });

    it('an import, relative to the importing file, brings its own declarations but not those it imports', async () => {
        const dir = tempDir();
        mkdirSync(join(dir, 'lib'));
        mkdirSync(join(dir, 'plans'));
        writeFileSync(join(dir, 'lib', 'gym.split'), [
            'import "deep.split"',
            'exercise "Gym Machine Press" alias "GMP" primary chest secondary triceps compound',
            '',
        ].join('\n'));
        writeFileSync(join(dir, 'lib', 'deep.split'), 'exercise "Deep Lift" primary lats compound\n');
        const { diagnostics, week } = await check([
            'import "../lib/gym.split"',
            'monday',
            '  Gym Machine Press 4x10',
            '  GMP 2x10',
            '  Deep Lift 3x10',
            '',
        ].join('\n'), join(dir, 'plans', 'plan.split'));
        expect(errors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual(['5:unknown-exercise:warning']);
        const [press, gmp, deep] = week.sessions[0].items;
        expect(press.exercise?.name).toBe('Gym Machine Press');
        expect(gmp.exercise?.name).toBe('Gym Machine Press');
        expect(deep.exercise).toBeUndefined();
        expect(week.sessions[0].regionSets).toEqual({ ...NO_REGIONS, chest: 6 });
        expect(week.weeklySets.triceps).toBe(3);
        expect(week.weeklySets.lats).toBe(0);
    });

    it('import cycles are harmless', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'a.split'), 'import "b.split"\nexercise "Cycle A" primary chest compound\n');
        writeFileSync(join(dir, 'b.split'), 'import "a.split"\nexercise "Cycle B" primary lats compound\n');
        const { diagnostics, week } = await check('import "a.split"\nmonday\n  Cycle A 3x10\n', join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(week.sessions[0].regionSets.chest).toBe(3);
    });

    it('a local declaration shadows a built-in of the same name', async () => {
        const { diagnostics, week } = await check('exercise "Squat" primary calves isolation\nmonday\n  Squat 4x8\n  squats 1x8\n');
        expect(errors(diagnostics)).toEqual([]);
        const [squat, squats] = week.sessions[0].items;
        expect(squat.exercise?.primary).toEqual(['calves']);
        expect(squat.exercise?.mechanic).toBe('isolation');
        expect(squats.exercise).toBe(squat.exercise);
        expect(week.weeklySets.calves).toBe(5);
        expect(week.weeklySets.quadriceps).toBe(0);
        expect(week.weeklySets.glutes).toBe(0);
    });

    it('an imported declaration shadows a built-in; a local one shadows the import', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'lib.split'), 'exercise "Bench Press" primary triceps compound\nexercise "Deadlift" primary forearms compound\n');
        const { diagnostics, week } = await check([
            'import "lib.split"',
            'exercise "Deadlift" primary traps compound',
            'monday',
            '  Bench Press 4x8',
            '  Deadlift 3x5',
            '',
        ].join('\n'), join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual([]);
        expect(week.weeklySets).toMatchObject({ triceps: 4, chest: 0, traps: 3, forearms: 0, glutes: 0 });
    });

    it('without the shadowing declaration, the built-in is used', async () => {
        const { week } = await check('monday\n  Squat 4x8\n');
        expect(week.sessions[0].items[0].exercise?.primary).toEqual(['quadriceps', 'glutes']);
        expect(week.weeklySets).toMatchObject({ quadriceps: 4, glutes: 4, hamstrings: 2, adductors: 2, 'lower back': 2 });
    });
});

describe('when an imported file changes, the plans that can see it are checked again', () => {
    it('an edit that keeps its names rebuilds the plans naming the edited exercise; new names, broken or deleted files reach every importer', async () => {
        const dir = tempDir();
        const lib = join(dir, 'lib.split');
        writeFileSync(lib, 'exercise "Shared Lift" primary chest compound\n');
        writeFileSync(join(dir, 'uses.split'), 'import "lib.split"\nmonday\n  Shared Lift 4x8\n');
        writeFileSync(join(dir, 'unused.split'), 'import "lib.split"\nmonday\n  Squat 4x8\n');
        const { shared, Split } = createSplitCoreServices(SplitFileSystem);
        shared.workspace.DocumentBuilder.updateBuildOptions = shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
        await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'test', uri: URI.file(dir).toString() }]);
        const documentOf = (name: string) => shared.workspace.LangiumDocuments.getDocument(URI.file(join(dir, name)))!;
        const weekOf = (name: string) => Split.model.WeekModels.get(documentOf(name)).week;
        const rebuilt: string[] = [];
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, (documents) => void rebuilt.push(...documents.map((document) => document.uri.path.split('/').pop()!)));
        const edit = async (text: string | undefined) => {
            rebuilt.length = 0;
            if (text === undefined) {
                rmSync(lib);
                await shared.workspace.DocumentBuilder.update([], [URI.file(lib)]);
            } else {
                writeFileSync(lib, text);
                await shared.workspace.DocumentBuilder.update([URI.file(lib)], []);
            }
            return [...rebuilt].sort();
        };
        expect(weekOf('uses.split').sessions[0].regionSets.chest).toBe(4);

        // Other muscles for the same name: the plan naming it follows; the other importer is left alone.
        expect(await edit('exercise "Shared Lift" primary lats compound\n')).toEqual(['lib.split', 'uses.split']);
        expect(weekOf('uses.split').sessions[0].regionSets).toMatchObject({ chest: 0, back: 4 });

        // A new name that shadows a built-in: every importer is linked again.
        expect(await edit('exercise "Shared Lift" primary lats compound\nexercise "Squat" primary calves isolation\n'))
            .toEqual(['lib.split', 'unused.split', 'uses.split']);
        expect(weekOf('unused.split').sessions[0].items[0].exercise?.primary).toEqual(['calves']);

        // A file that no longer parses, then no file at all.
        expect(await edit('exercise "Shared Lift" primary lats $$$\n')).toEqual(['lib.split', 'unused.split', 'uses.split']);
        expect(withCode(documentOf('unused.split').diagnostics!, 'unresolved-import')).toEqual(['1:unresolved-import:error']);
        expect(await edit(undefined)).toEqual(['unused.split', 'uses.split']);
        expect(documentOf('unused.split').diagnostics!.find((diagnostic) => diagnostic.code === 'unresolved-import')?.message).toMatch(/^Cannot find "lib\.split"/);
        expect(weekOf('unused.split').sessions[0].items[0].exercise?.primary).toEqual(['quadriceps', 'glutes']);
    });
});

describe('the shortcuts through the AST (src/language/references/split-linker.ts, split-document-validator.ts)', () => {
    const plans = [...listPlans('examples'), ...conformancePlans()].map((path) => readFileSync(path, 'utf8'));
    // Broken lines leave items without names and prescriptions half read: the walks must still agree.
    plans.push('monday\n  Squat 4x\n  "Unclosed\n  4x8\n  Bench Press 3x8 drop 1,\n  @ 80%\n');

    it("items' exercises are all the references Langium's own walk finds", async () => {
        const Split = await splitServices();
        for (const text of plans) {
            const { document } = await check(text);
            const plan = document.parseResult.value;
            const generic = AstUtils.streamAst(plan).flatMap((node) => AstUtils.streamReferences(node)).map(({ container, property }) => [container, property]).toArray();
            expect(exerciseReferences(plan).map(({ container, property }) => [container, property])).toEqual(generic);
            expect(generic.length).toBeGreaterThan(0);
            // Every reference is linked, and indexed as Langium's own indexer would have done it.
            expect(document.references).toHaveLength(generic.length);
            const indexed = await Split.workspace.ReferenceDescriptionProvider.createDescriptions(document);
            expect(indexed).toEqual(await new DefaultReferenceDescriptionProvider(Split).createDescriptions(document));
        }
    });

    it('no validation check is registered below a session, where the validator stops walking', async () => {
        const Split = await splitServices();
        const below = new Set<string>();
        for (const text of plans) {
            const { document } = await check(text);
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                if (AstUtils.getContainerOfType(node.$container, isSession)) below.add(node.$type);
            }
        }
        expect([...below].sort()).toEqual(expect.arrayContaining(['Item', 'NumericLoad', 'SetGroup']));
        for (const type of below) expect(Split.validation.ValidationRegistry.getChecks(type).toArray(), type).toEqual([]);
    });
});
