import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AllSemanticTokenModifiers, AllSemanticTokenTypes } from 'langium/lsp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentLink, DocumentSymbol, FoldingRange, SemanticTokens } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

// Outline, folding, semantic tokens and import links through the bundled server over stdio, as an editor asks.

let client: LspClient;

beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

/** Semantic tokens as `type[modifiers] text`, decoded with the legend the server announces (Langium's default). */
function decode(text: string, tokens: SemanticTokens): string[] {
    const types = Object.keys(AllSemanticTokenTypes);
    const modifiers = Object.keys(AllSemanticTokenModifiers);
    const lines = text.split('\n');
    const result: string[] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < tokens.data.length; index += 5) {
        const [deltaLine, deltaStart, length, type, bits] = tokens.data.slice(index, index + 5);
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        const names = modifiers.filter((_, bit) => bits & (1 << bit));
        result.push(`${types[type]}${names.length ? `[${names.join(',')}]` : ''} ${lines[line].slice(character, character + length)}`);
    }
    return result;
}

describe('documentSymbol, foldingRange, semanticTokens/full and documentLink', () => {
    it('on one plan with a real import', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'split-editor-'));
        mkdirSync(join(folder, 'lib'));
        const library = join(folder, 'lib', 'gym.split');
        writeFileSync(library, 'exercise "Sled Push" primary quadriceps cardio\n');
        const text = [
            'plan "Protocol"',
            'import "lib/gym.split"',
            'import "lib/missing.split"',
            '',
            'monday "Legs" at 18:00',
            '  Squat 4x6 @ 75%',
            '  Sled Push 3x20m',
            '',
            'saturday rest',
            '',
        ].join('\n');
        const path = join(folder, 'plan.split');
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        const diagnostics = await client.open(uri, text);
        expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line])).toContainEqual(['unresolved-import', 2]);
        const textDocument = { uri };

        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
        expect(symbols.map((symbol) => [symbol.name, symbol.kind, symbol.detail ?? null])).toEqual([
            ['Protocol', 1, null],
            ['Monday "Legs" 18:00', 24, 'legs'],
            ['Saturday · rest', 24, null],
        ]);
        expect(symbols[1].range).toEqual({ start: { line: 4, character: 0 }, end: { line: 6, character: 17 } });
        expect(symbols[1].selectionRange).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 13 } });
        expect(symbols[1].children!.map((item) => [item.name, item.detail])).toEqual([['Squat', '4x6 @ 75%'], ['Sled Push', '3x20m']]);

        const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument });
        expect(folds).toEqual([{ startLine: 0, endLine: 2 }, { startLine: 1, endLine: 2, kind: 'imports' }, { startLine: 4, endLine: 6 }]);

        const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument });
        expect(decode(text, tokens)).toEqual([
            'keyword plan', 'string "Protocol"',
            'keyword import', 'string "lib/gym.split"',
            'keyword import', 'string "lib/missing.split"',
            'namespace monday', 'string "Legs"', 'keyword at', 'number 18:00',
            'function[defaultLibrary] Squat', 'number 4', 'operator x', 'number 6', 'operator @', 'number 75', 'number %',
            // Declared in the imported file: a function, not a built-in.
            'function Sled Push', 'number 3', 'operator x', 'number 20', 'number m',
            'namespace saturday', 'keyword rest',
        ]);

        const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument });
        expect(links).toEqual([{
            range: { start: { line: 1, character: 8 }, end: { line: 1, character: 21 } },
            target: pathToFileURL(library).toString(),
            tooltip: 'Open lib/gym.split',
        }]);
    });
});
