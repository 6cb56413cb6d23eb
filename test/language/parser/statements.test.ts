// Header statements, exercise declarations and sessions (SPEC §2.2–§2.4), pinned with exact numbers.
import { describe, expect, it } from 'vitest';
import { isExercise } from '../../../src/language/generated/ast.js';
import { exerciseInfo } from '../../../src/language/model/exercise-info.js';
import { check, summarize } from '../../helpers.js';
import { withCode, errors, loadOf, items } from '../language-test-helpers.js';

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
