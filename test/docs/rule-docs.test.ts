import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOG, RULE_CODES } from '../../src/language/facts/rule-catalog.js';

// Every rule is documented where users look for it: its own section of docs/rules.md (the diagnostics link there) and
// its row of the README's rules table with its default severity. A rule added without them fails here.

const rulesDoc = readFileSync('docs/rules.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const sections = [...rulesDoc.matchAll(/^## (\S+)$/gm)].map((match) => match[1]);
const rows = new Map([...readme.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\.md#\1\) \| .+ \| (.+) \|$/gm)].map((match) => [match[1], match[2]]));

describe('rule documentation', () => {
    it.each(RULE_CODES)('%s has a section in docs/rules.md and a README row with its default severity', (code) => {
        expect(sections).toContain(code);
        expect(rows.get(code)).toContain(RULE_CATALOG[code].severity);
    });

    it('documents no rule that does not exist', () => {
        const ruleSections = sections.slice(sections.indexOf(RULE_CODES[0]));
        expect(ruleSections).toEqual(RULE_CODES);
        expect([...rows.keys()]).toEqual(RULE_CODES);
    });
});
