import { describe, expect, it } from 'vitest';
import { check, summarize } from '../../helpers.js';
import { plan, run, WEEK_LEVEL_CODES } from './rule-test-helpers.js';

describe('muscle-frequency (SPEC §4.1)', () => {
    const code = 'muscle-frequency';

    it('legs trained once: information on that session\'s header, naming legs and the day', async () => {
        const found = await run(code, plan(
            'plan "Once"',
            'tuesday',
            '  Barbell Row 3x10',
            'wednesday "Legs"',
            '  Squat 3x5',
            'friday',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual(['4:muscle-frequency:information']);
        expect(found.messages[0]).toMatch(/legs/i);
        expect(found.messages[0]).toMatch(/Wednesday/);
    });

    it('legs and back never trained: warnings on the `plan` statement line', async () => {
        const found = await run(code, plan(
            '// my pushing week',
            'goal strength',
            'plan "Push"',
            'monday',
            '  Bench Press 3x8',
        ));
        expect(found.summary).toEqual(['3:muscle-frequency:warning', '3:muscle-frequency:warning']);
        expect(found.messages.join('\n')).toMatch(/legs/i);
        expect(found.messages.join('\n')).toMatch(/back/i);
    });

    it('never trained and no `plan` statement: the warning goes on line 1', async () => {
        const found = await run(code, plan(
            '// my pushing week',
            'monday',
            '  Bench Press 3x8',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual(['1:muscle-frequency:warning', '2:muscle-frequency:information']);
        expect(found.messages[0]).toMatch(/legs/i);
        expect(found.messages[1]).toMatch(/back/i);
    });

    it('a session with 2 leg sets does not train legs', async () => {
        const found = await run(code, plan(
            'plan "P"',
            'monday',
            '  Squat 2x5',
            '  Barbell Row 3x10',
            'thursday',
            '  Squat 2x5',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual(['1:muscle-frequency:warning']);
        expect(found.messages[0]).toMatch(/legs/i);
    });

    it('legs and back twice a week: nothing', async () => {
        const found = await run(code, plan(
            'plan "Twice"',
            'monday',
            '  Squat 3x5',
            '  Barbell Row 3x10',
            'thursday',
            '  Squat 3x5',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('a library-only file (no sessions) gets none of the week-level rules', async () => {
        const { diagnostics } = await check(plan(
            'plan "Library"',
            'exercise "Zercher Thing" primary quadriceps, glutes compound',
            'exercise "Odd Row" primary lats isolation',
        ));
        expect(summarize(diagnostics.filter((diagnostic) => WEEK_LEVEL_CODES.includes(String(diagnostic.code))))).toEqual([]);
    });
});
