import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, applyEdits } from './lsp-client.js';

// Every quick fix of SPEC §4.1, through the real server: ask for the actions on a diagnostic, apply the chosen
// edit, send the new text, and check the diagnostic is gone.

let client: LspClient;
const folder = mkdtempSync(join(tmpdir(), 'split-fixes-'));
let count = 0;

beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

async function fix(text: string, code: string, title: string | RegExp): Promise<{ fixed: string; before: Diagnostic; after: Diagnostic[]; titles: string[] }> {
    const path = join(folder, `plan-${++count}.split`);
    writeFileSync(path, text);
    const uri = pathToFileURL(path).toString();
    const diagnostics = await client.open(uri, text);
    const before = diagnostics.find((diagnostic) => diagnostic.code === code);
    if (!before) throw new Error(`no ${code} in ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri }, range: before.range, context: { diagnostics: [before], only: ['quickfix'] },
    });
    const titles = actions.map((action) => action.title);
    const chosen = actions.find((action) => (typeof title === 'string' ? action.title === title : title.test(action.title)));
    if (!chosen) throw new Error(`no action "${title}" among ${JSON.stringify(titles)}`);
    const fixed = applyEdits(text, chosen.edit!.changes![uri]);
    const after = await client.change(uri, fixed);
    return { fixed, before, after: after.filter((diagnostic) => diagnostic.code === code), titles };
}

const QUIET = '// split-disable weekly-volume, muscle-frequency, no-rest-day\n';

describe('quick fixes (SPEC §4.1)', () => {
    it('unknown-exercise: each "did you mean" name', async () => {
        const { fixed, after, titles } = await fix(`${QUIET}monday\n  Seated Calve Raises 4x15\n`, 'unknown-exercise', 'Change to "Seated Calf Raise"');
        expect(titles).toContain('Change to "Seated Calf Raise"');
        expect(fixed).toContain('  Seated Calf Raise 4x15');
        expect(after).toEqual([]);
    });

    it('unknown-exercise: declare the exercise, muscles borrowed from the same movement', async () => {
        // A name ending in a known name is a variant (SPEC §3.2); one ending in a movement's last word is not.
        const { fixed, after } = await fix(`${QUIET}plan "x"\n\nmonday\n  Landmine Thrust 3x8 each\n`, 'unknown-exercise', 'Declare "Landmine Thrust" in this file');
        expect(fixed).toMatch(/^exercise "Landmine Thrust" primary glutes .*isolation$/m);
        expect(fixed.indexOf('exercise "Landmine Thrust"')).toBeLessThan(fixed.indexOf('monday'));
        expect(after).toEqual([]);
    });

    it('duplicate-session: add a time', async () => {
        const text = `${QUIET}monday "Push" at 07:00\n  Bench Press 4x8\nmonday "Pull"\n  Barbell Row 4x8\n`;
        const { fixed, after } = await fix(text, 'duplicate-session', /^Start this session at \d\d:\d\d$/);
        expect(fixed).toMatch(/^monday "Pull" at 09:00$/m);
        expect(after).toEqual([]);
    });

    it('duplicate-session: when neither session has a time, both get one', async () => {
        const text = `${QUIET}monday "Push"\n  Bench Press 4x8\nmonday "Pull"\n  Barbell Row 4x8\n`;
        const { fixed, after } = await fix(text, 'duplicate-session', 'Start this session at 20:00 and the one on line 2 at 18:00');
        expect(fixed).toContain('monday "Push" at 18:00\n');
        expect(fixed).toContain('monday "Pull" at 20:00\n');
        expect(after).toEqual([]);
    });

    it('cardio-before-strength: move the cardio after the strength work', async () => {
        const text = `${QUIET}wednesday "Back"\n  Cycling 30min\n  Barbell Row 4x8\n  Lat Pulldown 3x10\n`;
        const { fixed, after } = await fix(text, 'cardio-before-strength', 'Move the cardio after the strength work');
        expect(fixed).toBe(`${QUIET}wednesday "Back"\n  Barbell Row 4x8\n  Lat Pulldown 3x10\n  Cycling 30min\n`);
        expect(after).toEqual([]);
    });

    const runAfterLegs = `${QUIET}monday "Legs"\n  Squat 4x6\n  Leg Press 3x10\ntuesday "Tempo"\n  Run 8km hard\n`;

    it('run-after-legs: make it easy', async () => {
        const { fixed, after } = await fix(runAfterLegs, 'run-after-legs', 'Make it easy');
        expect(fixed).toContain('  Run 8km easy\n');
        expect(after).toEqual([]);
    });

    it('run-after-legs: make it easy replaces a heart-rate target', async () => {
        const { fixed, after } = await fix(runAfterLegs.replace('8km hard', '8km @ Z4'), 'run-after-legs', 'Make it easy');
        expect(fixed).toContain('  Run 8km easy\n');
        expect(after).toEqual([]);
    });

    it('run-after-legs: swap for a low-impact alternative', async () => {
        const { fixed, after, titles } = await fix(runAfterLegs, 'run-after-legs', 'Swap for Cycling (low impact)');
        expect(titles).toEqual(expect.arrayContaining(['Swap for Walk (low impact)', 'Swap for Swim (low impact)', 'Swap for Yoga (low impact)', 'Swap for Stair Climbing (low impact)']));
        expect(fixed).toContain('  Cycling 8km hard\n');
        expect(after).toEqual([]);
    });

    it('heart-rate: add age', async () => {
        const { fixed, after } = await fix(`${QUIET}plan "Zones"\ntuesday\n  Run 30min @ 150bpm\n`, 'heart-rate', /^Add your age/);
        expect(fixed).toMatch(/^plan "Zones"\nage 30\b/m);
        expect(after).toEqual([]);
    });

    it.each([
        ['recovery-window', `${QUIET}monday "Legs"\n  Squat 4x8\ntuesday "Legs"\n  Leg Press 4x10\n`],
        ['syntax', `${QUIET}monday\n  Squat 4x8 @ kg\n`],
        ['invalid-prescription', `${QUIET}monday\n  Squat 0x5\n`],
    ])('%s: disable it for this line', async (code, text) => {
        const { fixed, after } = await fix(text, code, `Disable ${code} for this line`);
        expect(fixed).toMatch(new RegExp(`^\\s*// split-disable-next-line ${code}$`, 'm'));
        expect(after).toEqual([]);
    });
});
