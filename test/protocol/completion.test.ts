import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

// Completion through the bundled server over stdio, as an editor asks for it (triggered by typing a space or `@`).

let client: LspClient;

beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

describe('textDocument/completion', () => {
    it('exercise names at an item start, load forms after `@ `', async () => {
        const uri = 'file:///split-completion-test/plan.split';
        const text = 'plan "Week"\n\nmonday "Legs"\n  rdl\n  Squat 4x8 @ \n';
        await client.open(uri, text);

        const names = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
            textDocument: { uri }, position: { line: 3, character: 5 }, context: { triggerKind: 1 },
        });
        const nameItems = Array.isArray(names) ? names : names!.items;
        expect(nameItems.slice(0, 2).map((item) => [item.label, item.detail])).toEqual([
            ['Romanian Deadlift', 'hamstrings, glutes · secondary lower back, forearms'],
            ['RDL', '→ Romanian Deadlift'],
        ]);
        expect(nameItems[0].textEdit as TextEdit).toEqual({
            range: { start: { line: 3, character: 2 }, end: { line: 3, character: 5 } }, newText: 'Romanian Deadlift ',
        });

        const loads = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
            textDocument: { uri }, position: { line: 4, character: 14 }, context: { triggerKind: 2, triggerCharacter: ' ' },
        });
        const loadItems = Array.isArray(loads) ? loads : loads!.items;
        expect(loadItems.map((item) => item.label)).toEqual(['RPE', 'RIR']);
        expect(loadItems[0].textEdit as TextEdit).toEqual({
            range: { start: { line: 4, character: 14 }, end: { line: 4, character: 14 } }, newText: 'RPE ',
        });
    });
});
