// Error recovery: a broken line is reported on that line and the rest of the file still counts (SPEC §2.1).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, summarize } from '../../helpers.js';
import { withCode, errors, items, sumRegion, NO_REGIONS, tempDir } from '../language-test-helpers.js';

describe('error recovery (SPEC §2.1: a broken line is reported on that line, the rest still parses)', () => {
    // Line 3 is broken. Line 2 trains biceps, line 4 triceps, line 6 (the next session) chest.
    const around = (broken: string) => [
        'monday "Arms"',
        '  Barbell Curl 3x10',
        broken,
        '  Triceps Pushdown 4x12',
        'friday "Chest"',
        '  Bench Press 5x5',
        '',
    ].join('\n');

    it.each([
        ['bad load', '  Squat 4x8 @ kg'],
        ['missing prescription', '  Squat'],
        ['`3x` with nothing after', '  Squat 3x'],
        ['`4x8 @` with nothing after', '  Squat 4x8 @'],
        ['misspelt weekday at line start', 'tues "Legs"'],
        ['misspelt weekday (Wendsday)', 'Wendsday'],
        ['misspelt weekday (thurs)', 'thurs'],
        ['garbage characters', '  Squat 4x8 $$$'],
        ['unclosed string in a note', '  Squat 4x8 "heavy'],
        ['unclosed block comment', '/* note'],
        ['a stray number line', '  42'],
        ['a stray set scheme', '  4x8'],
    ])('%s: one syntax error on that line, other lines still count', async (_what, broken) => {
        const { diagnostics, week } = await check(around(broken));
        expect(errors(diagnostics)).toEqual(['3:syntax:error']);
        const first = week.sessions[0];
        expect(first.dayName).toBe('Monday');
        expect(first.regionSets.biceps).toBe(3);
        expect(sumRegion(week, 'triceps')).toBe(4);
        expect(week.weeklySets.triceps).toBe(4 + 2.5); // Triceps Pushdown, Bench Press secondary
        const friday = week.sessions.find((session) => session.dayName === 'Friday');
        expect(friday?.regionSets.chest).toBe(5);
        expect(friday?.items.map((item) => item.name)).toEqual(['Bench Press']);
    });

    it.each([
        ['unclosed string in a session header', 'wednesday "Legs'],
        ['a stray number at line start', '42'],
        ['a weekday with its title in brackets', 'Wednesday (Pull)'],
    ])('%s: a broken session header, whose items below belong to no weekday (SPEC §2.1)', async (_what, broken) => {
        const { diagnostics, week } = await check(around(broken));
        expect(errors(diagnostics)).toEqual(['3:syntax:error']);
        expect(week.sessions.map((session) => session.dayName)).toEqual(['Monday', 'Friday']);
        expect(week.sessions[0].items.map((item) => item.name)).toEqual(['Barbell Curl']);
        expect(week.unscheduled.map((item) => item.name)).toEqual(['Triceps Pushdown']);
        expect(week.weeklySets.triceps).toBe(2.5); // Bench Press secondary only
    });

    it('the syntax error has severity error and sits on the broken line', async () => {
        const { diagnostics } = await check(around('  Squat 4x8 @ kg'));
        const syntax = diagnostics.filter((diagnostic) => diagnostic.code === 'syntax');
        expect(syntax).toHaveLength(1);
        expect(syntax[0].severity).toBe(1);
        expect(syntax[0].range.start.line).toBe(2);
    });

    it('a broken line is no item, and spawns no phantom item from what follows its error', async () => {
        const { week } = await check(around('  Squat 4x8 @ kg'));
        expect(week.sessions[0].items.map((item) => item.name)).toEqual(['Barbell Curl', 'Triceps Pushdown']);
    });

    it('two broken lines give two errors, each on its line', async () => {
        const { diagnostics, week } = await check('monday\n  Squat 4x8 @ kg\n  Leg Press 3x10\n  Leg Extension 3x12 $$\n  Barbell Curl 3x10\n');
        expect(errors(diagnostics).sort()).toEqual(['2:syntax:error', '4:syntax:error']);
        expect(week.sessions[0].regionSets.biceps).toBe(3);
    });

    it('a header statement after a session is an error on that line', async () => {
        const { diagnostics, week } = await check('plan "P"\nmonday\n  Squat 4x8\ngoal strength\ntuesday\n  Bench Press 3x8\n');
        expect(errors(diagnostics)).toEqual(['4:syntax:error']);
        expect(week.sessions.map(items)).toEqual([[['Squat', 4]], [['Bench Press', 3]]]);
    });

    it('an import after a session is an error on that line', async () => {
        const { diagnostics } = await check('monday\n  Squat 4x8\nimport "x.split"\n');
        expect(withCode(diagnostics, 'syntax')).toEqual(['3:syntax:error']);
    });

    it.each([
        ['plan "A"\nplan "B"\n', '2:syntax:error'],
        ['goal strength\nage 30\ngoal general\n', '3:syntax:error'],
        ['age 30\nage 31\n', '2:syntax:error'],
        ['hrmax 190\nunits kg\nhrmax 180\n', '3:syntax:error'],
        ['units kg\nunits lb\n', '2:syntax:error'],
    ])('a repeated header statement is an error on the repeat: %j', async (text, expected) => {
        const { diagnostics } = await check(text);
        expect(errors(diagnostics)).toEqual([expected]);
    });

    it('several imports are allowed', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'a.split'), 'exercise "Aaa Lift" primary chest compound\n');
        writeFileSync(join(dir, 'b.split'), 'exercise "Bbb Lift" primary lats compound\n');
        const { diagnostics } = await check('import "a.split"\nimport "b.split"\n', join(dir, 'plan.split'));
        expect(summarize(diagnostics)).toEqual([]);
    });

    it.each([
        ['age 5', 1], ['age 101', 1], ['age 30.5', 1], ['age 10', 0], ['age 100', 0],
    ] as const)('%s gives %i errors', async (line, count) => {
        const { diagnostics } = await check(`${line}\n`);
        expect(errors(diagnostics)).toEqual(count ? ['1:syntax:error'] : []);
    });

    it('an unknown muscle in a declaration is an error on that line', async () => {
        const { diagnostics, week } = await check('plan "P"\nexercise "Odd Lift" primary quads, glutes secondary bicep compound\nmonday\n  Odd Lift 4x8\n');
        expect(errors(diagnostics)).toEqual(['2:syntax:error', '2:syntax:error']);
        const messages = diagnostics.map((diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value));
        expect(messages.find((message) => message.includes('"bicep"'))).toContain('did you mean "biceps"');
        // The known muscles still count.
        expect(week.weeklySets.glutes).toBe(4);
        expect(week.weeklySets.quadriceps).toBe(0);
    });

    it('a declaration without primary muscles is an error on that line', async () => {
        const { diagnostics } = await check('exercise "Nothing" compound\n');
        expect(errors(diagnostics)).toEqual(['1:syntax:error']);
    });

    it('a rest session with items is an error on its header; its items are still read', async () => {
        const { diagnostics, week } = await check('monday\n  Squat 4x8\nwednesday rest\n  Bench Press 4x8\n');
        expect(errors(diagnostics)).toEqual(['3:syntax:error']);
        expect(week.sessions[1]).toMatchObject({ rest: true, dayName: 'Wednesday' });
        expect(items(week.sessions[1])).toEqual([['Bench Press', 4]]);
    });

    it.each(['25:00', '24:00', '12:60'])('at %s is an error on the header', async (time) => {
        const { diagnostics, week } = await check(`monday\n  Squat 4x8\ntuesday at ${time}\n  Bench Press 4x8\n`);
        expect(errors(diagnostics)).toEqual(['3:syntax:error']);
        expect(items(week.sessions[1])).toEqual([['Bench Press', 4]]);
    });

    it.each([
        ['two sessions without times', 'monday "A"\n  Squat 4x8\nmonday "B"\n  Bench Press 4x8\n', ['3:duplicate-session:error']],
        ['a rest line and a session', 'wednesday rest\nwednesday "Legs"\n  Squat 4x8\n', ['2:duplicate-session:error']],
        ['the same time', 'thursday at 07:00\n  Run 30min\nthursday at 07:00\n  Squat 4x8\n', ['3:duplicate-session:error']],
        ['one time written, one default', 'thursday at 07:00\n  Run 30min\nthursday\n  Squat 4x8\n', ['3:duplicate-session:error']],
        ['18:00 written and the default 18:00', 'thu at 18:00\n  Run 30min\nthursday\n  Squat 4x8\n', ['3:duplicate-session:error']],
        ['abbreviation and full name', 'fri\n  Squat 4x8\nFriday\n  Bench Press 4x8\n', ['3:duplicate-session:error']],
        ['three on a day, the later two reported', 'sat\n  Squat 4x8\nsat\n  Squat 4x8\nsat\n  Squat 4x8\n', ['3:duplicate-session:error', '5:duplicate-session:error']],
        ['distinct times', 'thursday at 07:00\n  Run 30min\nthursday at 18:00\n  Squat 4x8\n', []],
        ['different days', 'monday\n  Squat 4x8\ntuesday\n  Squat 4x8\n', []],
    ])('duplicate-session (SPEC §2.4): %s', async (_what, text, expected) => {
        const { diagnostics } = await check(text);
        expect(withCode(diagnostics, 'duplicate-session')).toEqual(expected);
    });

    it('duplicate-session: a session without a time conflicts with every other session of its day', async () => {
        // 09:00 and 07:00 are distinct, but the session between them has no `at`: both later headers are reported.
        const { diagnostics } = await check('monday at 09:00\n  Squat 4x8\nmonday\n  Bench Press 4x8\nmonday at 07:00\n  Pull-Up 4x8\n');
        expect(withCode(diagnostics, 'duplicate-session')).toEqual(['3:duplicate-session:error', '5:duplicate-session:error']);
    });

    it.each([
        ['Squat 0x5'],
        ['Squat 3x12-8'],
        ['Squat 3x10 drop 4'],
        ['Squat 5x10 drop 2-1'],
        ['Squat 3x10 drop 0'],
        ['Squat 3x10 @ 150%'],
        ['Squat 3x10 @ 0%'],
        ['Squat 3x10 @ RPE 11'],
        ['Squat 3x10 @ RIR -1'],
        ['Squat 1x5 @ 90%, 3x8 @ 120%'],
        ['Squat 1x5, 0x8'],
        ['Run 0min'],
    ])('invalid-prescription: %s is an error on the item and counts for nothing', async (line) => {
        const { diagnostics, week } = await check(`monday\n  Leg Curl 3x10\n  ${line}\n  Bench Press 3x8\n`);
        expect(errors(diagnostics)).toEqual(['3:invalid-prescription:error']);
        const item = week.sessions[0].items[1];
        expect(item.valid).toBe(false);
        expect(week.sessions[0].regionSets).toEqual({ ...NO_REGIONS, legs: 3, chest: 3 });
        expect(week.weeklySets.quadriceps).toBe(0);
        expect(week.weeklySets.glutes).toBe(0);
    });

    it.each([
        ['Squat 3x10 drop 3'],
        ['Squat 3x8-8'],
        ['Squat 3x10 @ 100%'],
        ['Squat 3x10 @ 1%'],
        ['Squat 3x10 @ RPE 10'],
        ['Squat 3x10 @ RPE 1'],
        ['Squat 3x10 @ RIR 0'],
        ['Squat 5x10 drop 5-5'],
    ])('valid edge: %s', async (line) => {
        const { diagnostics, week } = await check(`monday\n  ${line}\n`);
        expect(errors(diagnostics)).toEqual([]);
        expect(week.sessions[0].items[0].valid).toBe(true);
        expect(week.sessions[0].regionSets.legs).toBeGreaterThanOrEqual(3);
    });
});
