import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/language/facts/defaults.js';
import { distanceText, durationText, type Distance } from '../../src/words/quantities.js';
import { DAY_NAMES, hoursText, number, planName, plural, sessionName } from '../../src/words/words.js';

const WORDS = join(import.meta.dirname, '../../src/words');

describe('src/words', () => {
    it('has no runtime dependencies: every import is a sibling or a type', () => {
        for (const file of readdirSync(WORDS)) {
            const source = readFileSync(join(WORDS, file), 'utf8');
            for (const [statement] of source.matchAll(/^import [^;]*;/gm)) {
                expect({ file, statement, ok: statement.startsWith('import type ') || /from '\.\/[\w-]+\.js';$/.test(statement) })
                    .toEqual({ file, statement, ok: true });
            }
        }
    });

    it('names the days of the keywords, in their order', () => {
        expect(DAY_NAMES.map((day) => day.toLowerCase())).toEqual([...WEEKDAYS]);
    });

    it('writes numbers, plurals and hours', () => {
        expect([number(5600), number(97.5), number(0.25), number(1 / 3)]).toEqual(['5,600', '97.5', '0.25', '0.33']);
        expect([plural(1, 'set'), plural(3.5, 'set'), plural(0, 'file')]).toEqual(['1 set', '3.5 sets', '0 files']);
        expect([hoursText(24 * 60), hoursText(47 * 60 + 30)]).toEqual(['24 h', '47 h 30 min']);
    });

    it('keeps a distance in the unit it was written in', () => {
        const written: Distance[] = [
            { value: 400, unit: 'm' }, { value: 5000, unit: 'm' }, { value: 1250, unit: 'm' }, { value: 482.8, unit: 'm' },
            { value: 5, unit: 'km' }, { value: 0.4, unit: 'km' }, { value: 3, unit: 'mi' }, { value: 0.3, unit: 'mi' }, { value: 26.2, unit: 'mi' },
        ];
        expect(written.map(distanceText)).toEqual(['400 m', '5 km', '1.25 km', '482.8 m', '5 km', '400 m', '3 mi', '0.3 mi', '26.2 mi']);
        expect([45, 90, 120, 3600, 5400].map(durationText)).toEqual(['45 s', '90 s', '2 min', '1 h', '1 h 30 min']);
    });
});

describe('what untitled plans and sessions are called, alike in every output', () => {
    it('names a session by what it holds', () => {
        const session = (kinds: Array<string | undefined>, rest = false) => ({ rest, items: kinds.map((kind) => ({ kind })) });
        expect([
            sessionName({ ...session(['strength']), title: 'Push' }), sessionName(session(['cardio', 'strength'])), sessionName(session(['cardio'])),
            sessionName(session(['mobility'])), sessionName(session([], true)), sessionName(session([])), sessionName(session([undefined])),
        ]).toEqual(['Push', 'Strength session', 'Cardio session', 'Mobility session', 'Rest day', 'Session', 'Session']);
        expect([planName('Bro split'), planName(undefined), planName(null)]).toEqual(['Bro split', 'Training plan', 'Training plan']);
    });
});
