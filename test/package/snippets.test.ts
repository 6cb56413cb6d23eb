import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

// The snippets contributed to VS Code expand, with their default choices, to text that parses.

const snippets = JSON.parse(readFileSync('snippets/split.json', 'utf8')) as Record<string, { prefix: string | string[]; body: string[]; description: string }>;

/** A snippet's body with each placeholder replaced by its default (the first choice of a choice list). */
function expand(body: string[]): string {
    return body.join('\n')
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '');
}

describe('snippets/split.json', () => {
    it.each(Object.entries(snippets))('%s expands to valid Split', async (_name, snippet) => {
        expect(snippet.description).toBeTruthy();
        const text = expand(snippet.body);
        const inSession = /^\s*(Squat|Run)/.test(text) ? `monday\n  ${text}\n` : `${text}\n`;
        const { diagnostics } = await check(inSession);
        expect(diagnostics.filter((diagnostic) => diagnostic.severity === 1)).toEqual([]);
        expect(diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-exercise')).toEqual([]);
    });
});
