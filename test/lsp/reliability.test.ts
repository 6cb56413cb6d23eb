import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DocumentLink, Hover, LocationLink } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

// The bundled server over stdio under what an editor can send it: text that no URI can hold, requests cancelled at
// once, typing that never pauses.

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

it('an import path with half an emoji is an unresolved import, and the server lives on through edits and requests', async () => {
    const folder = pathToFileURL(mkdtempSync(join(tmpdir(), 'split-reliability-'))).toString();
    const plan = `${folder}/plan.split`;
    const other = `${folder}/other.split`;
    const text = 'import "lib\uD83D.split"\n\nmonday "Legs"\n  Squat 4x8\n';
    const diagnostics = await client.open(plan, text);
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'unresolved-import')).toEqual([expect.objectContaining({
        range: { start: { line: 0, character: 7 }, end: { line: 0, character: 19 } },
        message: 'Cannot import "lib\uFFFD.split": the path holds half of a character (a broken emoji or symbol, shown as \uFFFD) that no file name can hold; type the path again',
    })]);
    // Another plan's edit makes the server ask whether this plan imports it: that question crashed it.
    await client.open(other, 'monday\n  Squat 4x8\n');
    await client.change(other, 'monday\n  Squat 5x5\n');
    await client.change(plan, `${text}  Bench Press 3x8\n`);

    const textDocument = { uri: plan };
    expect(await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument })).toEqual([]);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument, position: { line: 0, character: 2 } });
    expect(JSON.stringify(hover?.contents)).toContain('**import**');
    const definition = await client.request<LocationLink[] | null>('textDocument/definition', { textDocument, position: { line: 3, character: 3 } });
    expect(definition?.[0].targetUri).toBe('builtin:/library.split');
    expect(await client.change(plan, text.replace('lib\uD83D', 'lib\uD83D\uDE00'))).toEqual(expect.arrayContaining([
        expect.objectContaining({ code: 'unresolved-import', message: expect.stringMatching(/^Cannot find "lib😀\.split" \(looked for .*lib😀\.split\)$/) }),
    ]));
});
