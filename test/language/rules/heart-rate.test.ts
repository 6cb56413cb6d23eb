import { describe, expect, it } from 'vitest';
import { plan, run, runWithConfig } from './rule-test-helpers.js';

describe('heart-rate (SPEC §4.1, §3.6)', () => {
    const code = 'heart-rate';

    it('age 40 (HRmax 180 by Tanaka): 179 bpm is fine', async () => {
        const found = await run(code, plan('age 40', 'monday', '  Run 30min @ 179bpm'));
        expect(found.summary).toEqual([]);
    });

    it('age 40 (HRmax 180 by Tanaka): 180 bpm warns on the item, naming 180', async () => {
        const found = await run(code, plan('age 40', 'monday', '  Run 30min @ 180bpm'));
        expect(found.summary).toEqual(['3:heart-rate:warning']);
        expect(found.messages[0]).toContain('180');
    });

    it('hrmax 190 wins over age 40: 185 bpm is fine, 190 bpm warns', async () => {
        const ok = await run(code, plan('age 40', 'hrmax 190', 'monday', '  Run 30min @ 185bpm'));
        expect(ok.summary).toEqual([]);
        const warned = await run(code, plan('age 40', 'hrmax 190', 'monday', '  Run 30min @ 190bpm'));
        expect(warned.summary).toEqual(['4:heart-rate:warning']);
        expect(warned.messages[0]).toContain('190');
    });

    it('hrmax without age: 189 bpm fine, 190 warns', async () => {
        const ok = await run(code, plan('hrmax 190', 'monday', '  Run 30min @ 189bpm'));
        expect(ok.summary).toEqual([]);
        const warned = await run(code, plan('hrmax 190', 'monday', '  Run 30min @ 190bpm'));
        expect(warned.summary).toEqual(['3:heart-rate:warning']);
    });

    it('bpm with neither age nor hrmax: information on the item, asking for age', async () => {
        const found = await run(code, plan('plan "No age"', 'monday', '  Run 30min @ 150bpm'));
        expect(found.summary).toEqual(['3:heart-rate:information']);
        expect(found.messages[0]).toMatch(/age/);
    });

    it('without any bpm target, nothing (even with no age)', async () => {
        const found = await run(code, plan('monday', '  Run 30min @ Z4', '  Cycling 20min hard'));
        expect(found.summary).toEqual([]);
    });

    it('age 20: 195 bpm warns under Tanaka (HRmax 194)', async () => {
        const found = await run(code, plan('age 20', 'monday', '  Run 30min @ 195bpm'));
        expect(found.summary).toEqual(['3:heart-rate:warning']);
        expect(found.messages[0]).toContain('194');
    });

    it('config heartRate.formula "220-age", age 20 (HRmax 200): 195 bpm is fine, 200 warns', async () => {
        const config = { heartRate: { formula: '220-age' } };
        const ok = await runWithConfig(code, config, plan('age 20', 'monday', '  Run 30min @ 195bpm'));
        expect(ok.summary).toEqual([]);
        const warned = await runWithConfig(code, config, plan('age 20', 'monday', '  Run 30min @ 200bpm'));
        expect(warned.summary).toEqual(['3:heart-rate:warning']);
        expect(warned.messages[0]).toContain('200');
    });
});
