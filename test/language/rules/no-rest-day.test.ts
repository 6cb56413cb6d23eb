import { describe, expect, it } from 'vitest';
import { plan, run } from './rule-test-helpers.js';

describe('no-rest-day (SPEC §4.1)', () => {
    const code = 'no-rest-day';
    const sixDays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].flatMap((day) => [day, '  Bench Press 3x8']);

    it('seven training days: a warning on the plan line', async () => {
        const found = await run(code, plan('// seven', 'plan "Every day"', ...sixDays, 'sunday', '  Bench Press 3x8'));
        expect(found.summary).toEqual(['2:no-rest-day:warning']);
        expect(found.messages[0]).toMatch(/rest/i);
    });

    it('six training days (a weekday that does not appear is a rest day): nothing', async () => {
        const found = await run(code, plan('plan "Six"', ...sixDays));
        expect(found.summary).toEqual([]);
    });

    it.each([
        ['an easy run', '  Run 30min easy'],
        ['yoga', '  Yoga 30min'],
        ['an easy walk', '  Walk 45min easy'],
    ])('a day with only %s is restful: nothing', async (_what, item) => {
        const found = await run(code, plan('plan "Active rest"', ...sixDays, 'sunday', item));
        expect(found.summary).toEqual([]);
    });

    it('a `rest` day is restful: nothing', async () => {
        const found = await run(code, plan('plan "Rest"', ...sixDays, 'sunday rest'));
        expect(found.summary).toEqual([]);
    });

    it('a day with moderate cardio is not restful', async () => {
        const found = await run(code, plan('plan "Cardio"', ...sixDays, 'sunday', '  Run 30min moderate'));
        expect(found.summary).toEqual(['1:no-rest-day:warning']);
    });

    it('a day with easy cardio plus strength work is not restful', async () => {
        const found = await run(code, plan('plan "Cardio"', ...sixDays, 'sunday', '  Run 30min easy', '  Barbell Curl 3x10'));
        expect(found.summary).toEqual(['1:no-rest-day:warning']);
    });

    it('a restful session does not make a day restful when another session that day trains', async () => {
        const found = await run(code, plan('plan "Double"', ...sixDays, 'sunday at 07:00', '  Yoga 30min', 'sunday at 18:00', '  Barbell Curl 3x10'));
        expect(found.summary).toEqual(['1:no-rest-day:warning']);
    });
});
