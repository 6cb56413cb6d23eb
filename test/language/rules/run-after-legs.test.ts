import { describe, expect, it } from 'vitest';
import { plan, run } from './rule-test-helpers.js';

describe('run-after-legs (SPEC §4.1, §3.6)', () => {
    const code = 'run-after-legs';
    const legsMonday = ['monday at 18:00', '  Squat 3x5'];

    it('a moderate run 23 h 59 min after legs: a warning on the run naming the gap and the leg session', async () => {
        const found = await run(code, plan(...legsMonday, 'tuesday at 17:59', '  Run 30min moderate'));
        expect(found.summary).toEqual(['4:run-after-legs:warning']);
        expect(found.messages[0]).toContain('23 h 59 min');
        expect(found.messages[0]).toMatch(/Monday 18:00/);
        expect(found.messages[0]).toContain('24 h');
    });

    it('a variant of a run counts as the run (SPEC §3.2): a "Tempo Run" 13 h after leg day warns', async () => {
        const found = await run(code, plan(...legsMonday, 'tuesday at 07:00', '  Tempo Run 40min moderate'));
        expect(found.summary).toEqual(['4:run-after-legs:warning']);
        expect(found.messages[0]).toContain('13 h');
    });

    it('a moderate run 24 h after legs: no warning', async () => {
        const found = await run(code, plan(...legsMonday, 'tuesday at 18:00', '  Run 30min moderate'));
        expect(found.summary).toEqual([]);
    });

    it('a hard run 47 h 59 min after legs: a warning naming 48 h', async () => {
        const found = await run(code, plan(...legsMonday, 'wednesday at 17:59', '  Run 30min hard'));
        expect(found.summary).toEqual(['4:run-after-legs:warning']);
        expect(found.messages[0]).toContain('47 h 59 min');
        expect(found.messages[0]).toContain('48 h');
        expect(found.messages[0]).toMatch(/hard/i);
    });

    it('a hard run 48 h after legs: no warning', async () => {
        const found = await run(code, plan(...legsMonday, 'wednesday at 18:00', '  Run 30min hard'));
        expect(found.summary).toEqual([]);
    });

    it('an easy run never warns, even right after legs', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            '  Run 30min easy',
            'tuesday at 07:00',
            '  Run 30min easy',
        ));
        expect(found.summary).toEqual([]);
    });

    it('low-impact cardio (Cycling) never warns, even hard right after legs', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            '  Cycling 30min hard',
            'tuesday at 07:00',
            '  Cycling 30min hard',
        ));
        expect(found.summary).toEqual([]);
    });

    it('a run with no intensity written is moderate (warns under 24 h)', async () => {
        const found = await run(code, plan(...legsMonday, 'tuesday at 07:00', '  Run 30min'));
        expect(found.summary).toEqual(['4:run-after-legs:warning']);
    });

    it('a session with fewer than 3 leg sets did not train legs', async () => {
        const found = await run(code, plan('monday at 18:00', '  Squat 2x5', 'tuesday at 07:00', '  Run 30min hard'));
        expect(found.summary).toEqual([]);
    });

    it('in one session, legs BEFORE the run: a warning on the run', async () => {
        const found = await run(code, plan('monday', '  Squat 3x5', '  Run 20min moderate'));
        expect(found.summary).toEqual(['3:run-after-legs:warning']);
        expect(found.messages[0]).toMatch(/session/);
    });

    it('in one session, legs AFTER the run: no run-after-legs', async () => {
        const found = await run(code, plan('monday', '  Run 20min moderate', '  Squat 3x5'));
        expect(found.summary).toEqual([]);
    });

    it('the week wraps around: Sunday 18:00 legs, Monday 07:00 run (13 h) warns, naming Sunday', async () => {
        const found = await run(code, plan(
            'monday at 07:00',
            '  Run 30min moderate',
            'sunday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['2:run-after-legs:warning']);
        expect(found.messages[0]).toMatch(/Sunday/);
        expect(found.messages[0]).toContain('13 h');
    });

    it('repeats (6x800m) count as hard: 30 h after legs warns, where a moderate run would not', async () => {
        const moderate = await run(code, plan(...legsMonday, 'wednesday at 00:00', '  Run 30min moderate'));
        expect(moderate.summary).toEqual([]);
        const repeats = await run(code, plan(...legsMonday, 'wednesday at 00:00', '  Run 6x800m'));
        expect(repeats.summary).toEqual(['4:run-after-legs:warning']);
        expect(repeats.messages[0]).toContain('30 h');
        expect(repeats.messages[0]).toContain('48 h');
    });
});
