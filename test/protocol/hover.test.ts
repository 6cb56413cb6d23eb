import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

// Hover and inlay hints through the bundled server over stdio, as an editor asks for them.

let client: LspClient;

beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

describe('textDocument/hover and textDocument/inlayHint', () => {
    it('explains an exercise and shows the hours since each region was last trained', async () => {
        const text = 'plan "Twice"\n\nsunday "Legs" at 18:00\n  Squat 4x8\nmonday "Legs again"\n  Leg Press 4x10 @ 100kg\n';
        const path = join(mkdtempSync(join(tmpdir(), 'split-hover-')), 'plan.split');
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        await client.open(uri, text);

        const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } });
        const contents = hover!.contents as MarkupContent;
        expect(contents.kind).toBe('markdown');
        expect(contents.value).toMatch(/^\*\*Squat\*\* · built-in exercise\n/);
        expect(contents.value).toContain('- Primary: quadriceps, glutes');
        expect(hover!.range).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 7 } });

        const volume = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 13 } });
        expect((volume!.contents as MarkupContent).value).toContain('40 reps × 100 kg = 4,000 kg');

        const hints = await client.request<InlayHint[] | null>('textDocument/inlayHint', {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } },
        });
        expect(hints!.map((hint) => [hint.position, hint.label])).toEqual([
            [{ line: 4, character: 19 }, 'legs 24 h'],
            [{ line: 2, character: 22 }, 'legs 144 h'],
        ]);
    });
});
