// Prescriptions, loads, cardio amounts and modifiers (SPEC §2.5) as the week model reads them.
import { describe, expect, it } from 'vitest';
import { check } from '../../helpers.js';
import { errors, onlyItem, loadOf } from '../language-test-helpers.js';

describe('strength prescriptions (SPEC §2.5)', () => {
    it.each(['4x10', '4 x 10', '4×10', '4X10', '4 × 10'])('%s is 4 sets of 10 reps', async (written) => {
        const { item, diagnostics } = await onlyItem(`Squat ${written}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.valid).toBe(true);
        expect(item.prescription.sets).toBe(4);
        expect(item.prescription.groups).toEqual([{ sets: 4, reps: { min: 10, max: 10 }, amrap: false, each: false }]);
    });

    it('3x8-12 is a rep range', async () => {
        const { item } = await onlyItem('Squat 3x8-12');
        expect(item.prescription.groups[0].reps).toEqual({ min: 8, max: 12 });
        expect(item.prescription.sets).toBe(3);
        expect(item.valid).toBe(true);
    });

    it.each(['3xAMRAP', '3xamrap', '3 x AMRAP'])('%s is as many reps as possible', async (written) => {
        const { item, diagnostics } = await onlyItem(`Pull-Up ${written}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.groups[0]).toMatchObject({ sets: 3, amrap: true, reps: null });
        expect(item.valid).toBe(true);
    });

    it('3x45s is timed holds', async () => {
        const { item, diagnostics } = await onlyItem('Plank 3x45s');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.groups[0]).toMatchObject({ sets: 3, reps: null, seconds: 45 });
        expect(item.prescription.sets).toBe(3);
        expect(item.valid).toBe(true);
    });

    it('1x5, 3x8 are set groups in order, each with its own load', async () => {
        const { item, diagnostics } = await onlyItem('Deadlift 1x5 @ 160kg, 3x8 @ 120kg');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.groups).toEqual([
            { sets: 1, reps: { min: 5, max: 5 }, amrap: false, each: false, load: { type: 'weight', value: 160, unit: 'kg' } },
            { sets: 3, reps: { min: 8, max: 8 }, amrap: false, each: false, load: { type: 'weight', value: 120, unit: 'kg' } },
        ]);
        expect(item.prescription.sets).toBe(4);
    });

    it('3x8 each counts 3 sets, not 6, in the session and in the week', async () => {
        const { item, week } = await onlyItem('Bulgarian Split Squat 3x8 each');
        expect(item.prescription.groups[0]).toMatchObject({ sets: 3, each: true, reps: { min: 8, max: 8 } });
        expect(item.prescription.sets).toBe(3);
        expect(week.sessions[0].regionSets.legs).toBe(3);
        expect(week.weeklySets.quadriceps).toBe(3);
    });
});

describe('loads (SPEC §2.5)', () => {
    it.each([
        ['@ 140kg', { type: 'weight', value: 140, unit: 'kg' }],
        ['@ 225lb', { type: 'weight', value: 225, unit: 'lb' }],
        ['@ 102.5kg', { type: 'weight', value: 102.5, unit: 'kg' }],
        ['@ 100', { type: 'weight', value: 100, unit: 'kg' }],
        ['@ 75%', { type: 'percent', value: 75 }],
        ['@ RPE 8', { type: 'rpe', value: 8 }],
        ['@ rpe 9.5', { type: 'rpe', value: 9.5 }],
        ['@ RIR 2', { type: 'rir', value: 2 }],
        ['@ RIR 0', { type: 'rir', value: 0 }],
    ] as const)('Squat 4x8 %s', async (load, expected) => {
        const { item, diagnostics } = await onlyItem(`Squat 4x8 ${load}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(loadOf(item)).toEqual(expected);
        expect(item.valid).toBe(true);
    });

    it('a bare number takes the plan units', async () => {
        const { item } = await onlyItem('Squat 4x8 @ 225', 'units lb\n');
        expect(loadOf(item)).toEqual({ type: 'weight', value: 225, unit: 'lb' });
    });

    it('a written unit wins over the plan units', async () => {
        const { item } = await onlyItem('Squat 4x8 @ 100kg', 'units lb\n');
        expect(loadOf(item)).toEqual({ type: 'weight', value: 100, unit: 'kg' });
    });
});

describe('cardio prescriptions and intensity (SPEC §2.5, §3.6)', () => {
    it.each([
        ['30min', { seconds: 1800 }, 30],
        ['45s', { seconds: 45 }, 0.75],
        ['1h', { seconds: 3600 }, 60],
    ] as const)('Run %s is a duration', async (written, amount, minutes) => {
        const { item, diagnostics } = await onlyItem(`Run ${written}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.kind).toBe('cardio');
        expect(item.prescription.amount).toEqual(amount);
        expect(item.minutes).toBe(minutes);
        expect(item.intensity).toBe('moderate');
        expect(item.valid).toBe(true);
    });

    it.each([
        ['5km', 5000],
        ['400m', 400],
        ['3mi', 3 * 1609.344],
    ] as const)('Run %s is a distance', async (written, meters) => {
        const { item, diagnostics } = await onlyItem(`Run ${written}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.amount?.meters).toBeCloseTo(meters, 6);
        expect(item.prescription.amount?.seconds).toBeUndefined();
        expect(item.intensity).toBe('moderate');
        expect(item.valid).toBe(true);
    });

    it('8x400m is repeats: high intensity', async () => {
        const { item, diagnostics } = await onlyItem('Run 8x400m');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.groups[0]).toMatchObject({ sets: 8, meters: 400, reps: null });
        expect(item.intensity).toBe('high');
        expect(item.valid).toBe(true);
    });

    it('6x3min is repeats of 3 minutes: 18 minutes, high intensity', async () => {
        const { item } = await onlyItem('Run 6x3min');
        expect(item.prescription.groups[0]).toMatchObject({ sets: 6, seconds: 180, reps: null });
        expect(item.minutes).toBe(18);
        expect(item.intensity).toBe('high');
    });

    it.each([
        ['Run 30min easy', 'low'],
        ['Run 30min moderate', 'moderate'],
        ['Run 30min hard', 'high'],
        ['Run 30min EASY', 'low'],
        ['Run 30min', 'moderate'],
        ['Run 30min @ Z1', 'low'],
        ['Run 30min @ Z2', 'low'],
        ['Run 30min @ Z3', 'moderate'],
        ['Run 30min @ Z4', 'high'],
        ['Run 30min @ z5', 'high'],
    ] as const)('%s is %s intensity', async (line, intensity) => {
        const { item, diagnostics } = await onlyItem(line);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.intensity).toBe(intensity);
    });

    // age 30: HRmax = 208 - 21 = 187; 64 % = 119.68 bpm, 77 % = 143.99 bpm.
    it.each([
        [119, 'low'], [120, 'moderate'], [143, 'moderate'], [144, 'high'], [180, 'high'],
    ] as const)('with age 30, @ %ibpm is %s', async (bpm, intensity) => {
        const { item, week } = await onlyItem(`Run 30min @ ${bpm}bpm`, 'age 30\n');
        expect(week.plan.heartRateMax).toBeCloseTo(187, 9);
        expect(loadOf(item)).toEqual({ type: 'bpm', value: bpm });
        expect(item.intensity).toBe(intensity);
    });

    // hrmax 200: 64 % = 128 bpm, 77 % = 154 bpm.
    it.each([
        [127, 'low'], [128, 'moderate'], [153, 'moderate'], [154, 'high'],
    ] as const)('with hrmax 200 (and age 60), @ %ibpm is %s', async (bpm, intensity) => {
        const { item } = await onlyItem(`Cycling 45min @ ${bpm}bpm`, 'age 60\nhrmax 200\n');
        expect(item.intensity).toBe(intensity);
    });

    it('without age or hrmax, a bpm target is moderate', async () => {
        const { item } = await onlyItem('Run 5km @ 190bpm');
        expect(item.intensity).toBe('moderate');
    });

    it('impact and kind come from the library; mobility work is low intensity', async () => {
        const { week } = await check('monday\n  Run 20min\n  Walk 30min\n  Jump Rope 10min\n  Swim 1km\n  Yoga 45min\n  Foam Rolling 10min\n');
        expect(week.sessions[0].items.map((item) => [item.exercise?.name, item.kind, item.impact, item.intensity])).toEqual([
            ['Run', 'cardio', 'high', 'moderate'],
            ['Walk', 'cardio', 'low', 'moderate'],
            ['Jump Rope', 'cardio', 'high', 'moderate'],
            ['Swim', 'cardio', 'low', 'moderate'],
            ['Yoga', 'mobility', 'low', 'low'],
            ['Foam Rolling', 'mobility', 'low', 'low'],
        ]);
    });
});

describe('modifiers (SPEC §2.5)', () => {
    it.each([
        ['5x15 drop 4-5', [4, 5]],
        ['5x15 drop 4,5', [4, 5]],
        ['5x15 drop 4, 5', [4, 5]],
        ['5x15 drop last', [5]],
        ['5x15 DROP LAST', [5]],
        ['5x15 drop 3', [3]],
        ['5x15 drop 1-5', [1, 2, 3, 4, 5]],
        ['1x10, 2x8 drop last', [3]],
    ] as const)('Leg Extension %s drops on sets %j, still counting each set once', async (prescription, drops) => {
        const { item, diagnostics, week } = await onlyItem(`Leg Extension ${prescription}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.drops).toEqual(drops);
        const sets = item.prescription.groups.reduce((total, group) => total + group.sets, 0);
        expect(item.prescription.sets).toBe(sets);
        expect(week.weeklySets.quadriceps).toBe(sets);
    });

    it('a drop on a million sets lists each once (they were spread into one call, which overflowed the stack)', async () => {
        const { item, diagnostics } = await onlyItem('Leg Extension 1000000x1 drop 1-1000000 drop last drop 1');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.drops).toHaveLength(1_000_000);
        expect(item.prescription.drops.slice(0, 3)).toEqual([1, 2, 3]);
        expect(item.prescription.drops.at(-1)).toBe(1_000_000);
    });

    it('rest-pause, with and without the pause; 1x75 counts one set', async () => {
        const { week, diagnostics } = await check('monday\n  Seated Calf Raise 1x75 rest-pause 15s\n  Seated Calf Raise 1x75 rest-pause\n');
        expect(errors(diagnostics)).toEqual([]);
        const [withPause, without] = week.sessions[0].items;
        expect(withPause.prescription.restPause).toEqual({ pauseSeconds: 15 });
        expect(without.prescription.restPause).toBeDefined();
        expect(without.prescription.restPause?.pauseSeconds).toBeUndefined();
        expect(withPause.prescription.groups[0].reps).toEqual({ min: 75, max: 75 });
        expect(withPause.prescription.sets).toBe(1);
        expect(week.weeklySets.calves).toBe(2);
    });

    it.each([
        ['rest 90s', 90],
        ['rest 2min', 120],
        ['REST 45s', 45],
        ['rest 1h', 3600],
    ] as const)('Barbell Row 4x10 %s rests %i s', async (modifier, seconds) => {
        const { item, diagnostics } = await onlyItem(`Barbell Row 4x10 ${modifier}`);
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription.restSeconds).toBe(seconds);
        expect(item.prescription.sets).toBe(4);
    });

    it('"free text" is a note; several modifiers combine in any order', async () => {
        const { item, diagnostics } = await onlyItem('Leg Extension 5x15 @ 40kg "squeeze at the top" rest 60s drop 4-5 "slow"');
        expect(errors(diagnostics)).toEqual([]);
        expect(item.prescription).toMatchObject({ notes: ['squeeze at the top', 'slow'], restSeconds: 60, drops: [4, 5], sets: 5 });
        expect(loadOf(item)).toEqual({ type: 'weight', value: 40, unit: 'kg' });
    });

    it('an item without modifiers has no drops, rest-pause, rest or notes', async () => {
        const { item } = await onlyItem('Squat 4x8');
        expect(item.prescription.drops).toEqual([]);
        expect(item.prescription.restPause).toBeUndefined();
        expect(item.prescription.restSeconds).toBeUndefined();
        expect(item.prescription.notes).toEqual([]);
    });
});
