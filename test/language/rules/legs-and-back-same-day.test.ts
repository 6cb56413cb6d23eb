import { describe, expect, it } from 'vitest';
import { check } from '../../helpers.js';
import { plan, only, run } from './rule-test-helpers.js';

describe('legs-and-back-same-day and combined-needs-compound (SPEC §4.1)', () => {
    const combined = [
        'monday "Legs and Back"',
        '  Squat 3x5',
        '  Leg Press 3x10',
        '  Barbell Row 3x10',
        '  Lat Pulldown 3x10',
    ];

    it('a combined session with no other legs or back session: a warning on its header', async () => {
        const { diagnostics } = await check(plan('plan "Combined"', ...combined));
        const found = only(diagnostics, 'legs-and-back-same-day');
        expect(found.summary).toEqual(['2:legs-and-back-same-day:warning']);
        expect(found.messages[0]).toMatch(/legs/i);
        expect(found.messages[0]).toMatch(/back/i);
        expect(found.messages[0]).toMatch(/Monday/);
        // Squat and Barbell Row are compound: nothing for combined-needs-compound.
        expect(only(diagnostics, 'combined-needs-compound').summary).toEqual([]);
    });

    it.each([
        ['one deadlift on leg day', ['  Deadlift 3x5']],
        ['one back exercise written twice, which is still one', ['  Barbell Row 3x10', '  barbell row 3x10']],
    ])('%s does not make a combined session', async (_what, back) => {
        const { diagnostics } = await check(plan('plan "Leg day"', 'monday "Legs"', '  Squat 3x5', '  Leg Press 3x10', ...back));
        expect(only(diagnostics, 'legs-and-back-same-day').summary).toEqual([]);
        expect(only(diagnostics, 'combined-needs-compound').summary).toEqual([]);
    });

    it('another legs day and another back day: no warning', async () => {
        const found = await run('legs-and-back-same-day', plan(
            'plan "Combined"',
            ...combined,
            'wednesday "Legs"',
            '  Squat 3x5',
            'friday "Back"',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('another legs day but no other back day: still a warning, naming back', async () => {
        const found = await run('legs-and-back-same-day', plan(
            'plan "Combined"',
            ...combined,
            'wednesday "Legs"',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['2:legs-and-back-same-day:warning']);
        expect(found.messages[0]).toMatch(/back/i);
        expect(found.messages[0]).not.toMatch(/for legs/i);
    });

    it('another session with only 2 sets for back does not train back: still a warning', async () => {
        const found = await run('legs-and-back-same-day', plan(
            'plan "Combined"',
            ...combined,
            'wednesday "Legs"',
            '  Squat 3x5',
            'friday "Back"',
            '  Barbell Row 2x10',
        ));
        expect(found.summary).toEqual(['2:legs-and-back-same-day:warning']);
    });

    it('a combined session with only isolation work for legs: combined-needs-compound information naming legs', async () => {
        const found = await run('combined-needs-compound', plan(
            'plan "Combined"',
            'monday "Legs and Back"',
            '  Leg Extension 3x12',
            '  Hamstring Curl 3x12',
            '  Barbell Row 3x10',
            '  Lat Pulldown 3x10',
        ));
        expect(found.summary).toEqual(['2:combined-needs-compound:information']);
        expect(found.messages[0]).toMatch(/legs/);
        expect(found.messages[0]).not.toMatch(/for back|or back/);
    });

    it('a combined session with only isolation work for back: combined-needs-compound naming back', async () => {
        const found = await run('combined-needs-compound', plan(
            'plan "Combined"',
            'monday "Legs and Back"',
            '  Squat 3x5',
            '  Leg Press 3x10',
            '  Back Extension 3x12',
            '  Face Pull 3x15',
        ));
        expect(found.summary).toEqual(['2:combined-needs-compound:information']);
        expect(found.messages[0]).toMatch(/back/);
    });

    it('combined-needs-compound applies even when legs and back have other days', async () => {
        const found = await run('combined-needs-compound', plan(
            'plan "Combined"',
            'monday "Legs and Back"',
            '  Leg Extension 3x12',
            '  Hamstring Curl 3x12',
            '  Barbell Row 3x10',
            '  Lat Pulldown 3x10',
            'thursday',
            '  Squat 3x5',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual(['2:combined-needs-compound:information']);
    });
});
