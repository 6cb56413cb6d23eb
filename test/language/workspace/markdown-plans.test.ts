import { describe, expect, it } from 'vitest';
import { fencedPlans } from '../../../src/language/workspace/markdown-plans.js';

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
        expect(plans.map((plan) => plan.text.trimStart())).toEqual([
            'monday "Legs"\n  Squat 4x8',
            'tuesday\n  Bench Press 3x8',
            'wednesday',
            'friday // left open',
        ]);
    });

    it('keeps the Markdown file\'s line numbers and knows the columns the nesting took off', () => {
        const firstLine = (text: string) => text.split('\n').findIndex((line) => line.trim() !== '');
        expect(plans.map((plan) => firstLine(plan.text))).toEqual([3, 13, 18, 22]);
        expect(plans[1].columnOffsets[13]).toBe(3);
        expect(plans[1].columnOffsets[14]).toBe(3);
        expect(plans[2].columnOffsets[18]).toBe(2);
        expect(plans[0].columnOffsets[4]).toBe(0);
    });

    it('a Markdown file without plans, and an empty fence', () => {
        expect(fencedPlans('# Nothing\n\n```\nmonday\n```\n')).toEqual([]);
        expect(fencedPlans('```split\n```\n').map((plan) => plan.text)).toEqual(['\n']);
    });
});
