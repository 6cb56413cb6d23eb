import { describe, expect, it } from 'vitest';
import { plan, run, runWithConfig } from './rule-test-helpers.js';

describe('cardio-before-strength (SPEC §4.1)', () => {
    const code = 'cardio-before-strength';

    it('an easy run of 10 min before strength is a warm-up: no warning', async () => {
        const found = await run(code, plan('monday', '  Run 10min easy', '  Squat 3x5'));
        expect(found.summary).toEqual([]);
    });

    it('an easy run of 11 min before strength is not a warm-up: a warning on the run', async () => {
        const found = await run(code, plan('monday', '  Run 11min easy', '  Squat 3x5'));
        expect(found.summary).toEqual(['2:cardio-before-strength:warning']);
        expect(found.messages[0]).toContain('Squat');
        expect(found.messages[0]).toContain('10 min');
    });

    it('a moderate run of 10 min before strength is not a warm-up: a warning on the run', async () => {
        const found = await run(code, plan('monday', '  Run 10min moderate', '  Squat 3x5'));
        expect(found.summary).toEqual(['2:cardio-before-strength:warning']);
    });

    it('a run without intensity is moderate, so not a warm-up', async () => {
        const found = await run(code, plan('monday', '  Run 5min', '  Bench Press 3x8'));
        expect(found.summary).toEqual(['2:cardio-before-strength:warning']);
    });

    it('the warning sits on the cardio item, even with other strength work before it', async () => {
        const found = await run(code, plan('monday', '  Bench Press 3x8', '  Cycling 20min hard', '  Barbell Row 3x10'));
        expect(found.summary).toEqual(['3:cardio-before-strength:warning']);
        expect(found.messages[0]).toContain('Barbell Row');
    });

    it('cardio after strength is fine', async () => {
        const found = await run(code, plan('monday', '  Bench Press 3x8', '  Run 30min hard', '  Cycling 30min moderate'));
        expect(found.summary).toEqual([]);
    });

    it('a cardio session 5 h 59 min before a strength session: a warning on the cardio item', async () => {
        const found = await run(code, plan(
            'monday at 12:01',
            '  Run 30min',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(found.summary).toEqual(['2:cardio-before-strength:warning']);
        expect(found.messages[0]).toContain('5 h 59 min');
        expect(found.messages[0]).toMatch(/Monday 18:00/);
        expect(found.messages[0]).toContain('6 h');
    });

    it('a cardio session exactly 6 h before a strength session: no warning', async () => {
        const found = await run(code, plan(
            'monday at 12:00',
            '  Run 30min',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(found.summary).toEqual([]);
    });

    it('a cardio session after a strength session is fine', async () => {
        const found = await run(code, plan(
            'monday at 12:00',
            '  Bench Press 3x8',
            'monday at 14:00',
            '  Run 30min hard',
        ));
        expect(found.summary).toEqual([]);
    });

    it('a warm-up-sized cardio session shortly before strength is fine', async () => {
        const found = await run(code, plan(
            'monday at 17:00',
            '  Run 10min easy',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(found.summary).toEqual([]);
    });

    it('the week wraps around: Sunday 23:00 cardio, Monday 04:00 strength (5 h)', async () => {
        const found = await run(code, plan(
            'monday at 04:00',
            '  Bench Press 3x8',
            'sunday at 23:00',
            '  Run 30min',
        ));
        expect(found.summary).toEqual(['4:cardio-before-strength:warning']);
        expect(found.messages[0]).toContain('5 h');
        expect(found.messages[0]).toMatch(/Monday 04:00/);
    });

    it('config cardio.warmupMinutes 15: 15 min easy is a warm-up, 16 min is not', async () => {
        const config = { cardio: { warmupMinutes: 15 } };
        const ok = await runWithConfig(code, config, plan('monday', '  Run 15min easy', '  Squat 3x5'));
        expect(ok.summary).toEqual([]);
        const warned = await runWithConfig(code, config, plan('monday', '  Run 16min easy', '  Squat 3x5'));
        expect(warned.summary).toEqual(['2:cardio-before-strength:warning']);
        expect(warned.messages[0]).toContain('15 min');
    });

    it('config cardio.minHoursBeforeStrength 3: 5 h 59 min is fine, 2 h 59 min warns', async () => {
        const config = { cardio: { minHoursBeforeStrength: 3 } };
        const ok = await runWithConfig(code, config, plan(
            'monday at 12:01',
            '  Run 30min',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(ok.summary).toEqual([]);
        const warned = await runWithConfig(code, config, plan(
            'monday at 15:01',
            '  Run 30min',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(warned.summary).toEqual(['2:cardio-before-strength:warning']);
        expect(warned.messages[0]).toContain('2 h 59 min');
        expect(warned.messages[0]).toContain('3 h');
    });
});
