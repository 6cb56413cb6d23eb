import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { conformancePlans } from '../conformance/conformance-cases.js';
import { LspClient } from './lsp-client.js';

// SPEC §1: the editor and the command line give identical diagnostics for the same file and configuration.

const configured = mkdtempSync(join(tmpdir(), 'split-parity-'));
mkdirSync(join(configured, 'plans'));
writeFileSync(join(configured, '.splitrc.json'), JSON.stringify({ rules: { 'weekly-volume': 'off', 'recovery-window': 'error' }, recovery: { minHours: { legs: 72 } } }));
writeFileSync(join(configured, 'plans', 'week.split'), 'monday "Legs"\n  Squat 4x8\nwednesday "Legs"\n  Leg Press 4x10\nfriday\n  Run 5km hard\n');

const files = [
    ...readdirSync('examples').map((name) => resolve('examples', name)),
    ...conformancePlans(),
    join(configured, 'plans', 'week.split'),
];

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

function viaCli(path: string) {
    const run = spawnSync(process.execPath, ['out/cli/split-plan.cjs', 'check', '--format', 'json', path], { encoding: 'utf8' });
    return JSON.parse(run.stdout).files[0].diagnostics;
}

it.each(files)('%s: the editor shows what `split-plan check` reports', async (path) => {
    const published = await client.open(pathToFileURL(path).toString(), readFileSync(path, 'utf8'));
    const severities = ['', 'error', 'warning', 'information', 'hint'];
    const fromEditor = published
        .map((diagnostic) => ({ code: diagnostic.code, severity: severities[diagnostic.severity!], message: diagnostic.message, range: diagnostic.range }))
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code!.toString().localeCompare(b.code!.toString()));
    const fromCli = viaCli(path).sort((a: typeof fromEditor[number], b: typeof fromEditor[number]) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code!.toString().localeCompare(b.code!.toString()));
    expect(fromEditor).toEqual(fromCli);
    expect(published.every((diagnostic) => diagnostic.codeDescription?.href.includes('docs/rules.md#'))).toBe(true);
});

it('the configured plan really used its .splitrc.json (legs 48 h apart is an error under 72 h)', () => {
    const codes = viaCli(join(configured, 'plans', 'week.split')).map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`);
    expect(codes).toContain('recovery-window:error');
    expect(codes.some((code: string) => code.startsWith('weekly-volume'))).toBe(false);
});
