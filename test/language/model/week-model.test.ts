import { describe, expect, it } from 'vitest';
import { check } from '../../helpers.js';

describe('the week model\'s facts', () => {
    it('keeps primary and secondary weekly sets apart, and sums them as the weekly sets (SPEC §3.5)', async () => {
        const { week } = await check('Monday\n  Bench Press 4x8\n  Overhead Press 3x8\n');
        // Bench works chest primary and triceps and shoulders secondary; the press works shoulders primary.
        expect(week.weeklySetsBySource.chest).toEqual({ primary: 4, secondary: 0 });
        expect(week.weeklySetsBySource.shoulders).toEqual({ primary: 3, secondary: 2 });
        expect(week.weeklySets.shoulders).toBe(5);
        expect(week.weeklySets.triceps).toBe(week.weeklySetsBySource.triceps.primary + week.weeklySetsBySource.triceps.secondary);
    });

    it('says what decided each cardio intensity (SPEC §3.6): 130 bpm is 70 % of 208 − 0.7 × 30', async () => {
        const { week } = await check([
            'age 30', 'Monday', '  Run 30min easy', '  Run 30min @ Z4', '  Run 30min @ 130bpm', '  Run 6x400m', '  Run 5km',
            'Tuesday', '  "Hip 90-90" 10min', '',
        ].join('\n'));
        const reasons = week.sessions.flatMap((session) => session.items).map((item) => [item.intensity, item.intensityReason]);
        expect(reasons).toEqual([
            ['low', { from: 'effort', effort: 'easy' }],
            ['high', { from: 'zone', zone: 4 }],
            ['moderate', { from: 'heart rate', bpm: 130, heartRateMax: 187, percentOfMax: (130 / 187) * 100 }],
            ['high', { from: 'repeats' }],
            ['moderate', { from: 'default' }],
            ['low', { from: 'mobility' }],
        ]);
    });
});
