import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { FILE_LIMITS } from '../../src/language/facts/defaults.js';
import { LspClient } from './lsp-client.js';

// A plan too big for the editor (src/language/lsp/split-editor-documents.ts), through the bundled server over stdio:
// one clear error, every feature answers at once, and the file is checked again as soon as it is small enough.

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

const session = 'monday "Legs" at 18:00\n  Squat 4x8\ntuesday "Legs" at 18:00\n  Leg Press 4x10\n';

it('a plan over the limit gets one error on its first line and empty answers; under it, the usual checks', async () => {
    const uri = 'file:///tmp/split-limits/huge.split';
    const huge = `plan "Huge"\n${session.repeat(Math.ceil(FILE_LIMITS.planCharacters / session.length) + 1)}`;
    expect(huge.length).toBeGreaterThan(FILE_LIMITS.planCharacters);
    const started = performance.now();
    const diagnostics = await client.open(uri, huge);
    expect(diagnostics).toEqual([expect.objectContaining<Partial<Diagnostic>>({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } },
        severity: 1,
        code: 'syntax',
        message: `This file has ${huge.length.toLocaleString('en')} characters; Split checks plans of up to 500,000: split it into several files`,
    })]);
    const position = { line: 2, character: 4 };
    const textDocument = { uri };
    expect(await client.request('textDocument/hover', { textDocument, position })).toBeNull();
    expect(await client.request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    expect(await client.request('textDocument/documentSymbol', { textDocument })).toEqual([]);
    expect(await client.request('textDocument/foldingRange', { textDocument })).toEqual([]);
    expect(await client.request('textDocument/completion', { textDocument, position })).toBeDefined();
    expect(await client.request('split/preview', { uri })).toBeDefined();
    // Answered without reading the plan: well under the time a check of it takes.
    console.log(`a ${huge.length.toLocaleString('en')}-character plan opened and every feature asked in ${(performance.now() - started).toFixed(0)} ms`);

    const small = `plan "Small"\n${session}`;
    expect((await client.change(uri, small)).map((diagnostic) => diagnostic.code)).toContain('recovery-window');
});
