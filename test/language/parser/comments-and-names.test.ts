// Comments and exercise names (SPEC §2.1).
import { describe, expect, it } from 'vitest';
import { check, splitServices } from '../../helpers.js';
import { withCode, errors, loadOf, items, NO_REGIONS } from '../language-test-helpers.js';

describe('comments (SPEC §2.1)', () => {
    it('block comments are lexed as the grammar\'s regular expression says, in linear time (split-token-builder.ts)', async () => {
        const Split = await splitServices();
        const grammarRegex = /\/\*[\s\S]*?\*\/|\/\*[^\n\r]*/y;
        const texts = [
            '/* closed */ monday', '/* open\nmonday\n  Squat 4x8 */ x', '/*/\nmonday */', '/**/ /*** x **/ /*', '/* a\r\n b */\r\n/* c',
            'x /* one /* two */ three */', '/* open\r/* still\n*/', 'monday\n  Squat 4x8 /* unclosed\n  Bench 3x8\n', '"/* in a string */" /* real',
        ];
        for (const text of texts) {
            const comments = Split.parser.Lexer.tokenize(text).hidden.filter((token) => token.image.startsWith('/*'));
            for (const comment of comments) {
                grammarRegex.lastIndex = comment.startOffset;
                expect(comment.image, JSON.stringify(text)).toBe(grammarRegex.exec(text)?.[0]);
            }
            expect(comments.length, JSON.stringify(text)).toBeGreaterThan(0);
        }
        const { diagnostics } = await check('/*/\nmonday\n  Squat 4x8\n');
        expect(errors(diagnostics)).toEqual(['1:syntax:error']);
    });

    it('line, block and doc comments are ignored wherever they stand', async () => {
        const { diagnostics, week } = await check([
            '// a plan with comments',
            'plan "Commented" // trailing',
            '/* a block',
            '   comment over lines */',
            'monday "Legs" // after the header',
            '  // a whole comment line inside a session',
            '  Squat 4x8 /* heavy */ @ 100kg // top sets',
            '  /* between items */',
            '  Leg Press 3x10',
            '/** a doc comment not before a declaration */',
            '  Leg Extension 2x15',
            '',
        ].join('\n'));
        expect(errors(diagnostics)).toEqual([]);
        expect(week.plan.title).toBe('Commented');
        expect(week.sessions.map(items)).toEqual([[['Squat', 4], ['Leg Press', 3], ['Leg Extension', 2]]]);
        expect(loadOf(week.sessions[0].items[0])).toEqual({ type: 'weight', value: 100, unit: 'kg' });
    });
});

describe('exercise names (SPEC §2.1)', () => {
    it('multi-word, hyphenated and apostrophe names resolve', async () => {
        const { diagnostics, week } = await check('monday\n  Hammer Strength Row 5x10 drop last\n  Bulgarian Split Squat 3x8 each\n  Farmer\'s Walk 3x30s\n  Close-Grip Bench Press 3x8\n  Thread the Needle 2x30s\n');
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(errors(diagnostics)).toEqual([]);
        expect(week.sessions[0].items.map((item) => [item.name, item.exercise?.name, item.prescription.sets])).toEqual([
            ['Hammer Strength Row', 'Hammer Strength Row', 5],
            ['Bulgarian Split Squat', 'Bulgarian Split Squat', 3],
            ["Farmer's Walk", "Farmer's Walk", 3],
            ['Close-Grip Bench Press', 'Close-Grip Bench Press', 3],
            ['Thread the Needle', 'Thread the Needle', 2],
        ]);
    });

    it('words that are keywords elsewhere may stand inside a name', async () => {
        const { diagnostics, week } = await check([
            'exercise "Rest-Pause Curl" primary biceps isolation',
            'exercise "Drop Push-Up" primary chest compound',
            'exercise "Easy Each Side Row" primary lats compound',
            'exercise "Hard Stop at Rest Press" primary shoulders compound',
            'monday',
            '  Rest-Pause Curl 3x10',
            '  Drop Push-Up 4x12 drop last',
            '  Easy Each Side Row 3x8 each',
            '  Hard Stop at Rest Press 5x5 rest 90s',
            '',
        ].join('\n'));
        expect(errors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(week.sessions[0].items.map((item) => [item.exercise?.name, item.prescription.sets])).toEqual([
            ['Rest-Pause Curl', 3], ['Drop Push-Up', 4], ['Easy Each Side Row', 3], ['Hard Stop at Rest Press', 5],
        ]);
        expect(week.sessions[0].items[1].prescription.drops).toEqual([4]);
        expect(week.sessions[0].items[3].prescription.restSeconds).toBe(90);
        expect(week.sessions[0].regionSets).toEqual({ ...NO_REGIONS, biceps: 3, chest: 4, back: 3, shoulders: 5 });
    });

    it('quoted names always work, even with digits or weekday words', async () => {
        const { diagnostics, week } = await check([
            'exercise "Monday 5x5 Special" primary quadriceps compound',
            'tuesday',
            '  "Squat" 4x8',
            '  "Hip 90-90" 2x30s',
            '  "Monday 5x5 Special" 3x5',
            '',
        ].join('\n'));
        expect(errors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(week.sessions).toHaveLength(1);
        expect(week.sessions[0].items.map((item) => [item.exercise?.name, item.kind, item.prescription.sets])).toEqual([
            ['Squat', 'strength', 4], ['Hip 90-90', 'mobility', 2], ['Monday 5x5 Special', 'strength', 3],
        ]);
        expect(week.sessions[0].regionSets).toEqual({ ...NO_REGIONS, legs: 7 });
    });
});
