// The notations of SPEC v2 §2.5 at their boundaries: what each reaches in the week model (prescription.ts,
// week-model.ts), and the invalid-prescription each gives when it makes no sense.
import { describe, expect, it } from 'vitest';
import { check, messageText } from '../../helpers.js';
import { errors, loadOf, onlyItem, withCode } from '../language-test-helpers.js';

/** The item's errors as `code: message`, without the line. */
async function problems(line: string, header = ''): Promise<string[]> {
    const { diagnostics } = await check(`${header}monday\n  ${line}\n`);
    return diagnostics.filter((diagnostic) => diagnostic.severity === 1).map((diagnostic) => `${diagnostic.code}: ${messageText(diagnostic)}`);
}

describe('sets and reps (SPEC §2.5, §3.4, §3.5)', () => {
    it('1x5+ is 5 reps then as many as possible: the reps count the written 5', async () => {
        const { item, week } = await onlyItem('Squat 1x5 @ 65%, 1x5 @ 75%, 1x5+ @ 85%');
        expect(item.valid).toBe(true);
        expect(item.prescription.sets).toBe(3);
        expect(item.prescription.groups[2]).toMatchObject({ sets: 1, reps: { min: 5, max: 5 }, amrapFrom: 5, amrap: false });
        expect(week.weeklySets.quadriceps).toBe(3);
    });

    it.each([
        ['3-4x8', 3.5, { min: 3, max: 4 }],
        ['3-3x8', 3, { min: 3, max: 3 }],
        ['1-2x8', 1.5, { min: 1, max: 2 }],
    ])('a set range %s counts its midpoint, %s sets, in the region and the week', async (scheme, sets, range) => {
        const { item, week } = await onlyItem(`Leg Press ${scheme}`);
        expect(item.valid).toBe(true);
        expect(item.prescription.groups[0]).toMatchObject({ sets, setsRange: range, reps: { min: 8, max: 8 } });
        expect(week.sessions[0].regionSets.legs).toBe(sets);
        expect(week.weeklySets.quadriceps).toBe(sets);
    });

    it('a set range that runs backwards, or from zero, is invalid and counts for nothing', async () => {
        expect(await problems('Squat 4-3x8')).toEqual(['invalid-prescription: The set range 4-3 runs backwards: write 3-4']);
        expect((await onlyItem('Squat 4-3x8')).week.weeklySets.quadriceps).toBe(0);
        expect(await problems('Squat 0-2x8')).toEqual(['invalid-prescription: 0-2x8 has zero sets']);
    });

    it.each([
        ['4x10,8,6,4', [10, 8, 6, 4]],
        ['4x10/8/6/4', [10, 8, 6, 4]],
        ['3x12/10/8', [12, 10, 8]],
        ['2x5,5', [5, 5]],
    ])('a pyramid %s: one number per set, counted as its sets', async (scheme, reps) => {
        const { item, week } = await onlyItem(`Bench Press ${scheme} @ 60kg`);
        expect(item.valid).toBe(true);
        expect(item.prescription.sets).toBe(reps.length);
        expect(item.prescription.groups[0]).toMatchObject({ repsPerSet: reps, reps: { min: Math.min(...reps), max: Math.max(...reps) } });
        expect(item.prescription.groups[0].load).toMatchObject({ type: 'weight', value: 60 });
        expect(week.weeklySets.chest).toBe(reps.length);
    });

    it('a pyramid one short or one long of its sets is invalid; it then adds no sets', async () => {
        expect(await problems('Bench Press 4x10,8,6')).toEqual(['invalid-prescription: 4x10,8,6 gives the reps of 3 sets to 4 sets: write one number per set']);
        expect(await problems('Bench Press 3x12/10/8/6')).toEqual(['invalid-prescription: 3x12/10/8/6 gives the reps of 4 sets to 3 sets: write one number per set']);
        expect((await onlyItem('Bench Press 4x10,8,6')).week.weeklySets.chest).toBe(0);
    });

    it('a pyramid then set groups: each comma number belongs to the group before it', async () => {
        const { item } = await onlyItem('Bench Press 3x10,8,6 @ 60kg, 2x5 @ 80kg');
        expect(item.valid).toBe(true);
        expect(item.prescription.groups.map((group) => [group.sets, group.repsPerSet, group.load?.type === 'weight' && group.load.value]))
            .toEqual([[3, [10, 8, 6], 60], [2, undefined, 80]]);
    });

    it.each([
        ['3x20-30s', 25, { min: 20, max: 30 }],
        ['3x30-30s', 30, { min: 30, max: 30 }],
        ['2x1-2min', 90, { min: 60, max: 120 }],
    ])('timed holds %s: seconds by the midpoint, the range kept', async (scheme, seconds, range) => {
        const { item } = await onlyItem(`Plank ${scheme}`);
        expect(item.valid).toBe(true);
        expect(item.kind).toBe('strength');
        expect(item.prescription.groups[0]).toMatchObject({ seconds, secondsRange: range });
    });

    it('a timed-hold range that runs backwards is invalid', async () => {
        expect(await problems('Plank 3x30-20s')).toEqual(['invalid-prescription: The range 30-20 runs backwards: the minimum must not exceed the maximum']);
    });
});

describe('loads (SPEC §2.5)', () => {
    it.each([
        ['@ 60-70%', { type: 'percent', value: 60, max: 70 }],
        ['@ 10-10%', { type: 'percent', value: 10, max: 10 }],
        ['@ RPE 7-8', { type: 'rpe', value: 7, max: 8 }],
        ['@ RIR 1-2', { type: 'rir', value: 1, max: 2 }],
        ['@ 100-110kg', { type: 'weight', value: 100, max: 110, unit: 'kg' }],
        ['@ 24kg each', { type: 'weight', value: 24, unit: 'kg', each: true }],
        ['@ 20-24kg each', { type: 'weight', value: 20, max: 24, unit: 'kg', each: true }],
    ])('%s', async (load, expected) => {
        const { item } = await onlyItem(`Dumbbell Bench Press 3x10 ${load}`);
        expect(item.valid).toBe(true);
        expect(loadOf(item)).toEqual(expected);
    });

    it.each([
        ['@ 70-60%', 'The load range 70-60% runs backwards: write 60-70'],
        ['@ RPE 8-7', 'The load range RPE 8-7 runs backwards: write 7-8'],
        ['@ 60-101%', '101% of your one-rep max is impossible: use 1% to 100%'],
        ['@ RPE 9-11', 'RPE 11 is off the scale: use 1 to 10'],
        ['@ 75% each', '`each` after a load is a weight per implement (24kg each): it needs a weight'],
    ])('%s is invalid', async (load, message) => {
        expect(await problems(`Squat 3x10 ${load}`)).toEqual([`invalid-prescription: ${message}`]);
    });
});

describe('cardio (SPEC §2.5, §3.6)', () => {
    it.each([
        ['1h30min', 90], ['1h 30min', 90], ['1h', 60], ['1h 0min', 60], ['1h59min', 119], ['45s', 0.75],
    ])('Run %s is %s minutes', async (amount, minutes) => {
        const { item } = await onlyItem(`Run ${amount} easy`);
        expect(item.valid).toBe(true);
        expect(item.minutes).toBe(minutes);
    });

    it('two amounts that are not hours then minutes are invalid', async () => {
        expect(await problems('Run 30min 1h')).toEqual(['invalid-prescription: 30min 1h is not one amount: write hours then minutes (1h30min), or one unit']);
        expect(await problems('Run 5km 30min')).toHaveLength(1);
    });

    it.each([
        // % HRmax: the heart-rate bands of defaults.ts, a value at a boundary in the higher domain.
        ['Run 30min @ 63% HRmax', '', 'low'], ['Run 30min @ 64% HRmax', '', 'moderate'], ['Run 30min @ 77% HRmax', '', 'high'],
        ['Run 30min @ 60-70% HRmax', '', 'moderate'],
        // power: Coggan's tempo from 76 % FTP, threshold from 91 %.
        ['Cycling 1h @ 75% FTP', '', 'low'], ['Cycling 1h @ 76% FTP', '', 'moderate'], ['Cycling 1h @ 91% FTP', '', 'high'],
        ['Cycling 1h @ 120% FTP', '', 'high'],
        ['Cycling 45min @ 200W', 'ftp 250\n', 'moderate'], ['Cycling 45min @ 189W', 'ftp 250\n', 'low'], ['Cycling 45min @ 228W', 'ftp 250\n', 'high'],
        ['Cycling 45min @ 100W', '', 'moderate'],
        // a pace sets no intensity; a word after it does.
        ['Run 10km @ 5:00/km', '', 'moderate'], ['Run 10km @ 5:00/km easy', '', 'low'], ['Run 5mi @ 8:00/mi hard', '', 'high'],
    ])('%s (%s) is %s intensity', async (line, header, intensity) => {
        const { item } = await onlyItem(line, header);
        expect(item.valid).toBe(true);
        expect(item.intensity).toBe(intensity);
    });

    it('a pace and a power reach the model as written', async () => {
        expect(loadOf((await onlyItem('Run 10km @ 5:30/km')).item)).toEqual({ type: 'pace', secondsPer: 330, per: 'km' });
        expect(loadOf((await onlyItem('Cycling 1h @ 200-220W', 'ftp 250\n')).item)).toEqual({ type: 'watts', value: 200, max: 220 });
        expect((await onlyItem('Cycling 1h @ 75% FTP', 'ftp 250\n')).week.plan.ftp).toBe(250);
    });

    it.each([
        ['Run 30min @ 70%', 'A bare % on cardio says nothing: write % FTP (power) or % HRmax (heart rate)'],
        ['Run 30min @ 101% HRmax', '101% HRmax is not a heart rate: use 1% to 100%'],
        ['Run 10km @ 5:60/km', '5:60 is no pace: the seconds go up to 59 (5:30/km)'],
        ['Squat 3x5 @ 75% FTP', 'A power target is for cardio, not for strength work'],
    ])('%s is invalid', async (line, message) => {
        expect(await problems(line)).toEqual([`invalid-prescription: ${message}`]);
    });

    it.each([['ftp 49', 1], ['ftp 50', 0], ['ftp 600', 0], ['ftp 601', 1]] as const)('%s gives %i errors', async (line, count) => {
        const { diagnostics } = await check(`${line}\n`);
        expect(errors(diagnostics)).toEqual(count ? ['1:syntax:error'] : []);
    });
});

describe('conditioning (SPEC §2.5)', () => {
    it.each([
        ['Sled Push 10min', 10, 'moderate'],
        ["Farmer's Walk 40m", undefined, 'moderate'],
        ['Sled Push 10x40m', undefined, 'high'],
        ['Sled Push 10x40m @ 100kg easy', undefined, 'low'],
        ['Burpee 5x10', 2.5, 'high'],
        ['Burpee 5x10 easy', 2.5, 'low'],
    ])('%s: cardio of its intensity, %s minutes, no sets', async (line, minutes, intensity) => {
        const { item, week } = await onlyItem(line);
        expect(item).toMatchObject({ valid: true, kind: 'cardio', conditioning: true, intensity });
        expect(item.minutes).toBe(minutes);
        expect(item.impact).toBeDefined();
        expect(week.sessions[0].regionSets.legs).toBe(0);
        expect(Object.values(week.weeklySets).every((sets) => sets === 0)).toBe(true);
    });

    it('sets of a duration stay timed holds: strength sets', async () => {
        const { item, week } = await onlyItem('Plank 3x45s');
        expect(item.kind).toBe('strength');
        expect(item.conditioning).toBeUndefined();
        expect(week.weeklySets.abdominals).toBe(3);
    });
});

describe('session headers and modifiers (SPEC §2.1, §2.4, §2.5)', () => {
    it('monday: is monday, tuesday "Legs": is tuesday "Legs"', async () => {
        const { week, diagnostics } = await check('monday:\n  Squat 3x8\ntuesday "Legs": at 07:00\n  Squat 3x8\nwednesday "Push" at 18:00:\n  Bench Press 3x8\n');
        expect(withCode(diagnostics, 'syntax')).toEqual(['3:syntax:error']);
        expect(week.sessions.map((session) => [session.dayName, session.title])).toEqual([['Monday', undefined], ['Wednesday', 'Push']]);
    });

    it('a bare drop is drop last', async () => {
        expect((await onlyItem('Triceps Pushdown 3x12 drop')).item.prescription.drops).toEqual([3]);
        expect((await onlyItem('Leg Press 3-4x12 drop')).item.prescription.drops).toEqual([4]);
    });

    it.each([
        ['rest 90s', 90, { min: 90, max: 90 }], ['rest 2-3min', 150, { min: 120, max: 180 }], ['rest 90-180s', 135, { min: 90, max: 180 }],
        ['rest 2-2min', 120, { min: 120, max: 120 }],
    ])('%s: %s s by the midpoint', async (rest, seconds, range) => {
        const { item } = await onlyItem(`Squat 4x6 ${rest}`);
        expect(item.prescription).toMatchObject({ restSeconds: seconds, rest: range });
    });

    it('a rest range that runs backwards is invalid', async () => {
        expect(await problems('Squat 4x6 rest 3-2min')).toEqual(['invalid-prescription: The rest range 3-2min runs backwards: the minimum must not exceed the maximum']);
    });

    it.each([
        ['at 25:00', 'A time of day is HH:MM from 00:00 to 23:59: write at 18:00'],
        ['at 6pm', 'A time of day is HH:MM from 00:00 to 23:59: write at 18:00'],
        ['at 7am', 'A time of day is HH:MM from 00:00 to 23:59: write at 07:00'],
        ['at 6:30pm', 'A time of day is HH:MM from 00:00 to 23:59: write at 18:30'],
    ])('tuesday %s is one friendly error; its items still count', async (time, message) => {
        const { diagnostics, week } = await check(`monday\n  Squat 4x8\ntuesday ${time}\n  Bench Press 4x8\n`);
        expect(diagnostics.filter((diagnostic) => diagnostic.code === 'syntax').map(messageText)).toEqual([message]);
        expect(week.weeklySets.chest + week.unscheduled.length).toBeGreaterThan(0);
    });
});
