import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../src/language/facts/rule-catalog.js';

// `split-plan check --format sarif` (SPEC §6, issue "plans in git"): valid SARIF 2.1.0 for code-scanning tools.
// The official schema comes from the npm package @microsoft/jest-sarif (MIT); it is JSON Schema draft 4, and one
// of its patterns is not valid under the \u flag, hence unicodeRegExp: false.

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// ajv-draft-04 is CommonJS: under NodeNext its default import is module.exports, whose `default` is the class.
const validate = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

function sarifOf(paths: string[]) {
    const run = spawnSync(process.execPath, [resolve('out/cli/split-plan.cjs'), 'check', '--format', 'sarif', ...paths], { encoding: 'utf8' });
    return { status: run.status, log: JSON.parse(run.stdout), stderr: run.stderr };
}

describe('check --format sarif', () => {
    const { status, log } = sarifOf(['test/fixtures/conformance', 'examples']);

    it('validates against the SARIF 2.1.0 schema', () => {
        const valid = validate(log);
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
        expect(status).toBe(1);
    });

    it('has one rule per code, with a description, a help link and a default level', () => {
        const rules = log.runs[0].tool.driver.rules;
        expect(rules.map((rule: { id: string }) => rule.id)).toEqual(RULE_CODES);
        const recovery = rules.find((rule: { id: string }) => rule.id === 'recovery-window');
        expect(recovery).toMatchObject({ name: 'RecoveryWindow', defaultConfiguration: { level: 'warning' } });
        expect(recovery.shortDescription.text).toMatch(/minimum recovery time/);
        expect(recovery.helpUri).toMatch(/docs\/rules\.md#recovery-window$/);
        expect(rules.find((rule: { id: string }) => rule.id === 'weekly-volume').defaultConfiguration.level).toBe('note');
    });

    it('reports results with 1-based regions and paths relative to the source root', () => {
        const results = log.runs[0].results;
        const recovery = results.find((result: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
            result.ruleId === 'recovery-window' && result.locations[0].physicalLocation.artifactLocation.uri.endsWith('v02-legs-24h-apart.split'));
        expect(recovery.level).toBe('warning');
        expect(recovery.ruleIndex).toBe(RULE_CODES.indexOf('recovery-window'));
        expect(recovery.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'test/fixtures/conformance/v02-legs-24h-apart.split', uriBaseId: '%SRCROOT%' });
        // Line 8 of the file (1-based), the session header from its first column.
        expect(recovery.locations[0].physicalLocation.region).toMatchObject({ startLine: 8, startColumn: 1, endLine: 8 });
        expect(results.filter((result: { level: string }) => result.level === 'error').length).toBeGreaterThan(0);
    });
});
