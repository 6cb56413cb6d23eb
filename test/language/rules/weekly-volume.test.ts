import { describe, expect, it } from 'vitest';
import { plan, run, runWithConfig } from './rule-test-helpers.js';

describe('weekly-volume (SPEC §4.1, §3.5)', () => {
    const code = 'weekly-volume';

    it('exactly 20 weekly sets: nothing', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 10x8', 'thursday', '  Bench Press 10x8'));
        expect(found.summary).toEqual([]);
    });

    it('21 weekly sets: information on the plan line naming the muscle and the threshold', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 10x8', 'thursday', '  Bench Press 11x8'));
        expect(found.summary).toEqual(['1:weekly-volume:information']);
        expect(found.messages[0]).toContain('chest 21');
        expect(found.messages[0]).toContain('20');
    });

    it('above 20 without a `plan` statement: on line 1', async () => {
        const found = await run(code, plan('', 'monday', '  Bench Press 21x8'));
        expect(found.summary).toEqual(['1:weekly-volume:information']);
    });

    it('one information names every muscle above the band', async () => {
        const found = await run(code, plan('plan "Big"', 'monday', '  Bench Press 21x8', '  Barbell Curl 22x10'));
        expect(found.summary).toEqual(['1:weekly-volume:information']);
        expect(found.messages[0]).toContain('chest 21');
        expect(found.messages[0]).toContain('biceps 22');
    });

    it('exactly 10 weekly sets: nothing', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 10x8'));
        expect(found.summary).toEqual([]);
    });

    it('9 weekly sets: a hint on the plan line naming the muscle and the threshold', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 9x8'));
        expect(found.summary).toEqual(['1:weekly-volume:hint']);
        expect(found.messages[0]).toContain('chest 9');
        expect(found.messages[0]).toContain('10');
    });

    it('a secondary muscle counts half: 19 primary + 2 secondary sets = 20 → nothing', async () => {
        // JM Press: primary triceps, secondary chest.
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 19x8', '  JM Press 2x10'));
        expect(found.summary).toEqual([]);
    });

    it('a secondary muscle counts half: 19 primary + 4 secondary sets = 21 → information', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 19x8', '  JM Press 4x10'));
        expect(found.summary).toEqual(['1:weekly-volume:information']);
        expect(found.messages[0]).toContain('chest 21');
    });

    it('a muscle that is only ever secondary never gets the hint (Bench Press: triceps, shoulders 5)', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 10x8'));
        expect(found.summary).toEqual([]);
    });

    it('the hint names every low primary muscle, with half sets shown', async () => {
        // Squat: primary quadriceps, glutes (3 each); secondary hamstrings, adductors, lower back (1.5, never hinted).
        const found = await run(code, plan('plan "Legs"', 'monday', '  Squat 3x5'));
        expect(found.summary).toEqual(['1:weekly-volume:hint']);
        expect(found.messages[0]).toContain('quadriceps 3');
        expect(found.messages[0]).toContain('glutes 3');
        expect(found.messages[0]).not.toContain('hamstrings');
        expect(found.messages[0]).not.toContain('lower back');
    });

    it('config volume.low 12 / high 15: 12 and 15 are inside the band, 11 and 16 are not', async () => {
        const config = { volume: { low: 12, high: 15 } };
        const low = await runWithConfig(code, config, plan('plan "Chest"', 'monday', '  Bench Press 11x8'));
        expect(low.summary).toEqual(['1:weekly-volume:hint']);
        expect(low.messages[0]).toContain('12');
        const atLow = await runWithConfig(code, config, plan('plan "Chest"', 'monday', '  Bench Press 12x8'));
        expect(atLow.summary).toEqual([]);
        const atHigh = await runWithConfig(code, config, plan('plan "Chest"', 'monday', '  Bench Press 15x8'));
        expect(atHigh.summary).toEqual([]);
        const high = await runWithConfig(code, config, plan('plan "Chest"', 'monday', '  Bench Press 16x8'));
        expect(high.summary).toEqual(['1:weekly-volume:information']);
        expect(high.messages[0]).toContain('chest 16');
        expect(high.messages[0]).toContain('15');
    });
});
