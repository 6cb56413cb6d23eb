// What a session trains and the weekly sets (SPEC §3.4, §3.5).
import { describe, expect, it } from 'vitest';
import { MUSCLES } from '../../../src/language/facts/defaults.js';
import { check } from '../../helpers.js';
import { withCode, errors, NO_REGIONS } from '../language-test-helpers.js';

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
            abdominals: 0, abductors: 0, adductors: 0, calves: 0, chest: 0, shoulders: 0, traps: 0, triceps: 0, 'middle back': 0, 'rear delts': 0,
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
