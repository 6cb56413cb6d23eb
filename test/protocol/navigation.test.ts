import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseError, type LocationLink, type Range, type TextDocumentContentResult, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, LspClient } from './lsp-client.js';

// Navigation through the bundled server over stdio, as VS Code asks for it: definition into the built-in library,
// whose text the editor then fetches with LSP 3.18's workspace/textDocumentContent (vscode-languageclient 10.1
// registers a read-only content provider for every scheme the server lists), and rename, refused for a built-in.

let client: LspClient;

beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

describe('definition, workspace/textDocumentContent and rename', () => {
    it('opens the built-in library read-only and renames only the exercises a user declared', async () => {
        expect(client.initializeResult?.capabilities.workspace?.textDocumentContent).toEqual({ schemes: ['builtin'] });

        const folder = mkdtempSync(join(tmpdir(), 'split-navigation-lsp-'));
        const gymText = 'exercise "Hammer Row" alias "HS Row" primary lats\n';
        const planText = 'import "gym.split"\n\nmonday "Legs"\n  Squats 4x8\n  hs row 3x10\n';
        writeFileSync(join(folder, 'gym.split'), gymText);
        writeFileSync(join(folder, 'plan.split'), planText);
        const gym = pathToFileURL(join(folder, 'gym.split')).toString();
        const plan = pathToFileURL(join(folder, 'plan.split')).toString();
        await client.open(gym, gymText);
        await client.open(plan, planText);

        const links = await client.request<LocationLink[] | null>('textDocument/definition', { textDocument: { uri: plan }, position: { line: 3, character: 4 } });
        expect(links).toHaveLength(1);
        const [link] = links!;
        expect(link.targetUri).toBe('builtin:/library.split');
        expect(link.originSelectionRange).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 8 } });
        expect(link.targetSelectionRange).toEqual(link.targetRange);

        const content = await client.request<TextDocumentContentResult | null>('workspace/textDocumentContent', { uri: link.targetUri });
        const line = content!.text.split('\n')[link.targetRange.start.line];
        expect(line.slice(link.targetRange.start.character, link.targetRange.end.character)).toBe('"Squat"');
        expect(line).toMatch(/^exercise "Squat" /);
        expect(await client.request('workspace/textDocumentContent', { uri: 'builtin:/nothing.split' })).toBeNull();

        // VS Code then syncs the opened library like any split document: no diagnostics, and names still resolve.
        expect(await client.open(link.targetUri, content!.text)).toEqual([]);
        const again = await client.request<LocationLink[] | null>('textDocument/definition', { textDocument: { uri: plan }, position: { line: 3, character: 4 } });
        expect(again).toEqual(links);

        const refused = await client.request('textDocument/prepareRename', { textDocument: { uri: plan }, position: { line: 3, character: 3 } })
            .then(() => undefined, (error: unknown) => error);
        expect(refused).toBeInstanceOf(ResponseError);
        expect((refused as ResponseError<unknown>).message)
            .toBe('Squat is a built-in exercise and cannot be renamed: declare your own exercise to use another name');
        expect((refused as ResponseError<unknown>).code).toBe(-32803);

        const range = await client.request<Range | null>('textDocument/prepareRename', { textDocument: { uri: plan }, position: { line: 4, character: 3 } });
        expect(range).toEqual({ start: { line: 4, character: 2 }, end: { line: 4, character: 8 } });
        const edit = await client.request<WorkspaceEdit | null>('textDocument/rename', { textDocument: { uri: plan }, position: { line: 4, character: 3 }, newName: 'Iso Row' });
        expect(applyEdits(gymText, edit!.changes![gym])).toBe('exercise "Iso Row" alias "HS Row" primary lats\n');
        expect(applyEdits(planText, edit!.changes![plan])).toBe(planText.replace('hs row', 'Iso Row'));
    });
});
