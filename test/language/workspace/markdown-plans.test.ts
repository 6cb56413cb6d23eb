import { describe, expect, it } from 'vitest';
import { fencedPlans, markdownRange } from '../../../src/language/workspace/markdown-plans.js';

// The plans inside a Markdown file, with the file's own line numbers and the columns Markdown's nesting took off.

const README = [
    '# My plans', //                      0
    '',
    '```split',
    'monday "Legs"', //                   3
    '  Squat 4x8',
    '```',
    '',
    '```js',
    'monday()',
    '```',
    '1. Week two:', //                   10
    '',
    '   ~~~Split title="week 2"',
    '   tuesday', //                      13
    '     Bench Press 3x8',
    '   ~~~',
    '',
    '> ```split',
    '> wednesday', //                     18
    '> ```',
    '',
    '```split',
    'friday // left open', //             22
].join('\n');

describe('fencedPlans', () => {
    const plans = fencedPlans(README);

    it('finds the split fences (any case, with attributes, in lists and quotes, left open) and nothing else', () => {
        expect(plans.map((plan) => plan.text)).toEqual([
            'monday "Legs"\n  Squat 4x8\n',
            'tuesday\n  Bench Press 3x8\n',
            'wednesday\n',
            'friday // left open\n',
        ]);
    });

    it('knows the Markdown file\'s line of each plan and the columns the nesting took off', () => {
        expect(plans.map((plan) => plan.line)).toEqual([3, 13, 18, 22]);
        expect(plans.map((plan) => plan.columnOffsets)).toEqual([[0, 0], [3, 3], [2], [0]]);
    });

    it('maps a range of a plan to the Markdown file: "Bench Press" of the list item is on line 14, from column 5', () => {
        expect(markdownRange(plans[1], { start: { line: 1, character: 2 }, end: { line: 1, character: 13 } }))
            .toEqual({ start: { line: 14, character: 5 }, end: { line: 14, character: 16 } });
    });

    it('a Markdown file without plans, and an empty fence', () => {
        expect(fencedPlans('# Nothing\n\n```\nmonday\n```\n')).toEqual([]);
        expect(fencedPlans('```split\n```\n').map((plan) => plan.text)).toEqual(['\n']);
    });
});
