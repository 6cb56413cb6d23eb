// What a broken line says (SPEC §2.1): once, in the user's words, what was found and what to write instead.
import { describe, expect, it } from 'vitest';
import { check, messageText } from '../../helpers.js';

/** The syntax messages of a plan, as `line: message`. */
async function syntax(text: string): Promise<string[]> {
    const { diagnostics } = await check(text);
    return diagnostics.filter((diagnostic) => diagnostic.code === 'syntax').map((diagnostic) => `${diagnostic.range.start.line + 1}: ${messageText(diagnostic)}`);
}

describe('a broken line is told in the user\'s words (SPEC §2.1)', () => {
    it.each([
        ['  Leg Press 3 sets of 10', 'Write 3x10 for 3 sets of 10'],
        ['  Squat 5/3/1', '"5/3/1" is a program, not a prescription: write the week\'s sets, e.g. 1x5, 1x3, 1x1+'],
        ['Day 1', 'Sessions start with a weekday, e.g. monday "Day 1"'],
        ['Monday (Push)', 'A session\'s title is quoted: write monday "Push"'],
        ['  - Bench Press 3x5', 'Remove the list bullet "-": a line starts with a weekday or an exercise name'],
        ['tuesday at 6pm', 'A time of day is HH:MM from 00:00 to 23:59: write at 18:00'],
        ['tuesday at 25:00', 'A time of day is HH:MM from 00:00 to 23:59: write at 18:00'],
        ['  Squat 3x5 100kg', 'A load follows @: write @ 100kg'],
        ['  Squat 5x5 (heavy)', 'A note is quoted: write "heavy"'],
        ['  Squat 3×8–10', 'Write a range with a hyphen, e.g. 3x8-12'],
        ['  4x8', '"4x8" names no exercise: write its name first, e.g. Squat 4x8'],
        ['  Squat 4x8 @ kg', 'Split cannot read "kg" after "4x8 @": an item is an exercise then its prescription, e.g. Squat 4x8 @ 100kg rest 2min'],
        ['  Squat 4x8 $$$', 'Split cannot read "$" after "Squat 4x8": an item is an exercise then its prescription, e.g. Squat 4x8 @ 100kg rest 2min'],
    ])('%j: %s', async (line, message) => {
        expect(await syntax(`monday\n  Squat 3x8\n${line}\n  Bench Press 3x8\n`)).toEqual([`3: ${message}`]);
    });

    it('never the parser\'s or the lexer\'s own words', async () => {
        const messages = await syntax('monday\n  Squat 1x5++\n  Squat 3-4x5x\n  Squat 3x8 @ 60-70%%\n  Squat 3x8 ~ 5\n  Squat 3 3x8\n');
        expect(messages).toHaveLength(5);
        for (const message of messages) expect(message).not.toMatch(/offset|->|<-|expected a number|skipped/);
    });

    it('a broken line says the same whatever the lines around it', async () => {
        const line = '  Squat 3x8 @ 60-70%%';
        const alone = await syntax(`monday\n${line}\n`);
        const after = await syntax(`ftp 10000 x\nmonday\n  Run 30min @ 70% HRmax y\n${line}\n`);
        expect(after.at(-1)!.replace(/^\d+/, '')).toBe(alone[0].replace(/^\d+/, ''));
    });

    it('the problems users hit: the typo on the line after a broken one is still found and its sets count', async () => {
        for (const broken of ['Bench Press 3-4x3-5x', 'Leg Press 3 sets of 10', 'Squat 3x5 @ 60-70%%', 'Squat 5/3/1', 'Day 2']) {
            const { diagnostics, week } = await check(`monday\n  ${broken}\n  Inclin DB Press 3x6-10\n  Squat 4x8\n`);
            expect(diagnostics.map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.code}`).filter((entry) => /syntax|unknown/.test(entry)), broken)
                .toEqual(['1:syntax', '2:unknown-exercise']);
            expect(week.weeklySets.quadriceps, broken).toBe(4);
        }
    });

    it('after a session header with a stray character, the items below are still checked, on no weekday', async () => {
        const { diagnostics, week } = await check('monday "Legs"x\n  Squatt 3x8\n  Squat 3x8 @ 300%\nwednesday\n  Bench Press 3x8\n');
        expect(diagnostics.map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.code}`).filter((entry) => !/frequency|volume|rest-day/.test(entry)))
            .toEqual(['0:syntax', '1:unknown-exercise', '2:invalid-prescription']);
        expect(week.sessions.map((session) => session.dayName)).toEqual(['Wednesday']);
        expect(week.unscheduled.map((item) => item.name)).toEqual(['Squatt', 'Squat']);
        expect(week.weeklySets.quadriceps).toBe(0);
    });

    it('Bench Press 4x10,8,6,4 is 4 chest sets, not a syntax error and 22 sets', async () => {
        const { diagnostics, week } = await check('monday\n  Bench Press 4x10,8,6,4\n');
        expect(diagnostics.filter((diagnostic) => diagnostic.severity === 1)).toEqual([]);
        expect(week.weeklySets.chest).toBe(4);
    });
});
