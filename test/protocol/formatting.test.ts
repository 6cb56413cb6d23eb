import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { LspClient, applyEdits } from './lsp-client.js';

// `textDocument/formatting` through the real server (the bundle: run `npm run build` first).

let client: LspClient;

beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

it('formats a messy plan into the layout of SPEC §2 over the protocol', async () => {
    const messy = 'plan   "Messy"\ngoal strength // heavy\nmonday "Legs"\n\tSquat 4 x 5 @ 140 kg   // top sets\n      Bulgarian Split Squat 3×8 each\n'
        + '\n\n\ntuesday\n  Run 30 min easy';
    const path = join(mkdtempSync(join(tmpdir(), 'split-format-')), 'messy.split');
    writeFileSync(path, messy);
    const uri = pathToFileURL(path).toString();
    await client.open(uri, messy);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = applyEdits(messy, edits);
    expect(formatted).toBe([
        'plan "Messy"',
        'goal strength             // heavy',
        '',
        'monday "Legs"',
        '  Squat                   4x5 @ 140kg  // top sets',
        '  Bulgarian Split Squat   3x8 each',
        '',
        'tuesday',
        '  Run                     30min easy',
        '',
    ].join('\n'));
    // Formatting the result again changes nothing.
    await client.change(uri, formatted);
    expect(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
});
