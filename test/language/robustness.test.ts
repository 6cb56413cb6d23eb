import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { conformancePlans } from '../conformance/conformance-cases.js';
import { check } from '../helpers.js';

// Bad input never crashes anything: every statement and item line of the examples and conformance plans, cut
// short at each word boundary (as while typing), is checked without an exception and with every diagnostic
// inside the document. Langium reports an exception inside validation on the console, so that is watched.

const plans = [...readdirSync('examples').map((name) => resolve('examples', name)), ...conformancePlans()];

let errors: unknown[][];
beforeEach(() => {
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
});
afterEach(() => vi.restoreAllMocks());

/** Each code line cut after each of its words: `Squat 4x8 @ 80kg` → `Squat`, `Squat 4x8`, `Squat 4x8 @`. */
function truncations(text: string): string[] {
    const lines = text.split('\n');
    return lines.flatMap((line, index) => {
        const code = line.replace(/\/\/.*$/, '');
        if (!code.trim()) return [];
        const cuts = [...code.matchAll(/\S(?=\s)/g)].map((match) => match.index! + 1);
        return cuts.map((cut) => [...lines.slice(0, index), line.slice(0, cut), ...lines.slice(index + 1)].join('\n'));
    });
}

describe.each(plans)('%s', (path) => {
    it('survives every line cut short while typing', async () => {
        const variants = truncations(readFileSync(path, 'utf8'));
        expect(variants.length).toBeGreaterThan(3);
        for (const text of variants) {
            const { diagnostics } = await check(text);
            const lines = text.split('\n');
            for (const { range } of diagnostics) {
                expect(range.start.line).toBeLessThan(lines.length);
                expect(range.end.line).toBeLessThan(lines.length);
                expect(range.end.character).toBeLessThanOrEqual(lines[range.end.line].length);
            }
            expect(errors, `console.error while checking:\n${text}`).toEqual([]);
        }
    });
});
