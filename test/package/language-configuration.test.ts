// language-configuration.json checked with the RegExps VS Code builds from it: the word pattern (double-click,
// completion prefixes) and the indentation rules (indent after a session header, outdent a weekday or header line).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../root.js';

interface PatternObject {
    readonly pattern: string;
    readonly flags?: string;
}

interface LanguageConfiguration {
    readonly comments: { readonly lineComment: string; readonly blockComment: readonly [string, string] };
    readonly wordPattern: string;
    readonly indentationRules: {
        readonly increaseIndentPattern: PatternObject;
        readonly decreaseIndentPattern: PatternObject;
    };
}

const config = JSON.parse(
    readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'),
) as LanguageConfiguration;

const increase = new RegExp(config.indentationRules.increaseIndentPattern.pattern, config.indentationRules.increaseIndentPattern.flags);
const decrease = new RegExp(config.indentationRules.decreaseIndentPattern.pattern, config.indentationRules.decreaseIndentPattern.flags);

/** The words of a line as VS Code finds them (it adds the global flag). */
function words(text: string): string[] {
    return [...text.matchAll(new RegExp(config.wordPattern, 'g'))].map((match) => match[0]);
}

describe('comments', () => {
    it('are // and /* */', () => {
        expect(config.comments.lineComment).toBe('//');
        expect(config.comments.blockComment).toEqual(['/*', '*/']);
    });
});

describe('wordPattern', () => {
    it.each(['4x10', '3x8-12', '4×10', '3xAMRAP', '3x45s', '8x400m', 'Pull-Up', "Farmer's", 'Farmer’s', '75%', '140kg', 'rest-pause', 'Überzug'])(
        'keeps %s whole',
        (word) => {
            expect(words(word)).toEqual([word]);
            expect(words(`  ${word} `)).toEqual([word]);
        },
    );

    it('splits an item line into its words', () => {
        expect(words('  Pull-Up                 4x8-12 @ RPE 8     // a range')).toEqual(['Pull-Up', '4x8-12', 'RPE', '8', 'a', 'range']);
        expect(words("  Farmer's Walk 3x40m @ 75%, 1x5 drop 4,5")).toEqual(["Farmer's", 'Walk', '3x40m', '75%', '1x5', 'drop', '4', '5']);
    });

    it('leaves quotes, @ and commas out', () => {
        expect(words('monday "Legs" at 07:00')).toEqual(['monday', 'Legs', 'at', '07', '00']);
        expect(words('@140kg,')).toEqual(['140kg']);
    });
});

describe('increaseIndentPattern', () => {
    it('is case-insensitive', () => {
        expect(config.indentationRules.increaseIndentPattern.flags).toBe('i');
    });

    it.each([
        'monday "Legs" at 07:00',
        'Tue',
        'tuesday',
        'MONDAY',
        'wed "Chest and Biceps"',
        'thursday at 07:00',
        'Friday "Legs and Back"   // the combined day',
        'thursday "Legs" // then rest',
        'sun "Long Run" at 09:00',
        'saturday "Active Recovery" at 10:00',
    ])('matches the session header %s', (text) => {
        expect(increase.test(text)).toBe(true);
    });

    it.each([
        'saturday rest',
        'Saturday REST',
        'sun rest',
        'sunday rest   // recovery',
        'wednesday "Off" rest',
        '  Squat                   4x10',
        '  Barbell Row             4x10 rest 90s',
        '  Rest-Pause Curl 3x10',
        '  Sunset Walk 30min easy',
        '  Sun-Salutation 10min',
        '  Monday-Special 3x10',
        '// monday "Legs"',
        'plan "Monday Madness"',
        'exercise "Tuesday Row" primary lats',
    ])('does not match %s', (text) => {
        expect(increase.test(text)).toBe(false);
    });
});

describe('decreaseIndentPattern', () => {
    it('is case-insensitive', () => {
        expect(config.indentationRules.decreaseIndentPattern.flags).toBe('i');
    });

    it.each([
        'monday',
        '  tuesday "Legs" at 18:00',
        'Wed',
        'saturday rest',
        'SUNDAY rest',
        'plan "Bro Split"',
        '  goal hypertrophy',
        'age 30',
        'hrmax 190',
        'units kg',
        'import "lib/gym.split"',
        'exercise "Kelso Shrug" primary middle back',
        'EXERCISE "X" primary quads',
    ])('matches the weekday or header line %s', (text) => {
        expect(decrease.test(text)).toBe(true);
    });

    it.each([
        '  Squat 4x10',
        '  Plank 3x45s',
        '  Sunset Walk 30min',
        '  Sun-Salutation 10min',
        '  Goalie Drill 10min',
        '  Importance 1x1',
        '// monday',
        '',
    ])('does not match the item or other line %s', (text) => {
        expect(decrease.test(text)).toBe(false);
    });
});
