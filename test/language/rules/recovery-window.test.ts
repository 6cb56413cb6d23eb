import { describe, expect, it } from 'vitest';
import { plan, run, runWithConfig } from './rule-test-helpers.js';

describe('recovery-window (SPEC §4.1, §3.3, §3.4)', () => {
    const code = 'recovery-window';

    it('legs exactly 48 h apart: no warning', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'wednesday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual([]);
    });

    it('legs 47 h 59 min apart: a warning on the second session header, naming region, gap, earlier session and minimum', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'wednesday at 17:59',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/legs/i);
        expect(found.messages[0]).toContain('47 h 59 min');
        expect(found.messages[0]).toMatch(/Monday/);
        expect(found.messages[0]).toContain('48 h');
    });

    it('the week wraps around: Sunday 18:00 → Monday 18:00 is 24 h, reported on Monday\'s header naming Sunday', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'sunday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['1:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/Sunday/);
        expect(found.messages[0]).toContain('24 h');
    });

    it('the wrap-around is reported on Monday even when Sunday comes first in the file', async () => {
        const found = await run(code, plan(
            'sunday at 18:00',
            '  Squat 3x5',
            'monday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/Sunday/);
    });

    it('two sessions on one day (07:00 and 18:00): the later one is warned, 11 h after the morning', async () => {
        const found = await run(code, plan(
            'monday at 07:00',
            '  Squat 3x5',
            'monday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toContain('11 h');
        expect(found.messages[0]).toContain('07:00');
    });

    it('sessions that start together are 0 h apart: each is warned, after the first of the others written', async () => {
        const found = await run(code, plan(
            'monday "A" at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Lunge 3x8',
            'monday "B" at 18:00',
            '  Leg Press 3x10',
        ));
        // In the order of the week: Monday's two, then Tuesday.
        expect(found.summary).toEqual(['1:recovery-window:warning', '5:recovery-window:warning', '3:recovery-window:warning']);
        expect(found.messages).toEqual([
            'Legs trained again 0 h after the session at 18:00; allow at least 48 h',
            'Legs trained again 0 h after the session at 18:00; allow at least 48 h',
            'Legs trained again 24 h after Monday 18:00; allow at least 48 h',
        ]);
    });

    it('a region trained in only one session meets itself 168 h later: no warning', async () => {
        const found = await run(code, plan(
            'monday',
            '  Squat 5x5',
            '  Leg Press 4x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('default time 18:00 applies when no `at` is written', async () => {
        const ok = await run(code, plan('monday', '  Squat 3x5', 'wednesday', '  Squat 3x5'));
        expect(ok.summary).toEqual([]);
        const warned = await run(code, plan('monday', '  Squat 3x5', 'wednesday at 17:00', '  Squat 3x5'));
        expect(warned.summary).toEqual(['3:recovery-window:warning']);
        expect(warned.messages[0]).toContain('47 h');
    });

    it('biceps (a small region) need 24 h: exactly 24 h is fine', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Barbell Curl 3x10',
            'tuesday at 18:00',
            '  Barbell Curl 3x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('biceps 23 h apart: a warning naming biceps, 23 h and the 24 h minimum', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Barbell Curl 3x10',
            'tuesday at 17:00',
            '  Barbell Curl 3x10',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/biceps/i);
        expect(found.messages[0]).toContain('23 h');
        expect(found.messages[0]).toContain('24 h');
    });

    it('triceps and core are small regions too (24 h), chest is large (48 h)', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Triceps Pushdown 3x12',
            '  Crunch 3x20',
            '  Bench Press 3x8',
            'tuesday at 18:00',
            '  Triceps Pushdown 3x12',
            '  Crunch 3x20',
            '  Bench Press 3x8',
        ));
        // 24 h: triceps and core are fine, chest is not.
        expect(found.summary).toEqual(['5:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/chest/i);
    });

    it('2 sets (below minSets 3) do not train the region: no warning', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 2x5',
        ));
        expect(found.summary).toEqual([]);
    });

    it('3 sets train the region: a warning', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toContain('24 h');
    });

    it('sets of different exercises working the region add up (2 + 1 = 3)', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 2x5',
            '  Leg Press 1x10',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
    });

    it('secondary muscles do not count (Bench Press works triceps and shoulders only as secondary)', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Bench Press 5x5',
            'tuesday at 07:00',
            '  Triceps Pushdown 3x12',
            '  Overhead Press 3x8',
        ));
        expect(found.summary).toEqual([]);
    });

    it('cardio and mobility items do not count (Run, Cycling and Yoga have primary leg muscles)', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Run 60min hard',
            'tuesday at 07:00',
            '  Cycling 60min hard',
            'tuesday at 18:00',
            '  Yoga 60min',
            'wednesday at 07:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual([]);
    });

    it('config recovery.minHours.legs 72: 48 h now warns, 72 h does not', async () => {
        const config = { recovery: { minHours: { legs: 72 } } };
        const warned = await runWithConfig(code, config, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'wednesday at 18:00',
            '  Squat 3x5',
        ));
        expect(warned.summary).toEqual(['3:recovery-window:warning']);
        expect(warned.messages[0]).toContain('48 h');
        expect(warned.messages[0]).toContain('72 h');
        const ok = await runWithConfig(code, config, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'thursday at 18:00',
            '  Squat 3x5',
        ));
        expect(ok.summary).toEqual([]);
    });

    it('config recovery.minHours only changes the region it names (back keeps 48 h)', async () => {
        const found = await runWithConfig(code, { recovery: { minHours: { legs: 72 } } }, plan(
            'monday at 18:00',
            '  Barbell Row 3x10',
            'wednesday at 18:00',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('config recovery.minSets 2: 2 sets now train the region', async () => {
        const found = await runWithConfig(code, { recovery: { minSets: 2 } }, plan(
            'monday at 18:00',
            '  Squat 2x5',
            'tuesday at 18:00',
            '  Squat 2x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
    });

    it('config recovery.minSets 4: 3 sets no longer train the region', async () => {
        const found = await runWithConfig(code, { recovery: { minSets: 4 } }, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual([]);
    });
});
