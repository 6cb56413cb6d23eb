// Quick fixes of a broken line (SPEC §2.1, §4.1 `syntax`), through the code action provider.
import { TextDocument } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import type { SplitLspServices } from '../../../src/language/split-lsp-module.js';
import { lspServices, openDocument } from './lsp-services.js';

let Split: SplitLspServices;

beforeAll(async () => {
    Split = await lspServices();
});

/** The text after the preferred fix of the syntax error, and that fix's title. */
async function fixed(text: string): Promise<{ title?: string; text: string }> {
    const document = await openDocument(Split, text);
    const syntax = (document.diagnostics ?? []).filter((diagnostic) => diagnostic.code === 'syntax');
    expect(syntax).toHaveLength(1);
    const actions = await Split.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: syntax[0].range, context: { diagnostics: syntax },
    }) as CodeAction[];
    const preferred = actions.find((action) => action.isPreferred);
    if (!preferred) return { text };
    const edits = preferred.edit!.changes![document.uri.toString()] as TextEdit[];
    return { title: preferred.title, text: TextDocument.applyEdits(document.textDocument, edits) };
}

describe('quick fixes for a broken line', () => {
    it.each([
        ['monday\n  - Bench Press 3x5\n', 'Remove the list bullet', 'monday\n  Bench Press 3x5\n'],
        ['monday\n  * Squat 4x8 // heavy\n', 'Remove the list bullet', 'monday\n  Squat 4x8 // heavy\n'],
        ['monday\n  1. Squat 5x5\n', 'Remove the list number', 'monday\n  Squat 5x5\n'],
        ['Monday (Push)\n  Bench Press 3x5\n', 'Write monday "Push"', 'monday "Push"\n  Bench Press 3x5\n'],
        ['Tuesday - Legs\n  Squat 3x5\n', 'Write tuesday "Legs"', 'tuesday "Legs"\n  Squat 3x5\n'],
        ['monday\n  Leg Press 3 sets of 10 @ 100kg\n', 'Write 3x10', 'monday\n  Leg Press 3x10 @ 100kg\n'],
        ['monday\n  Squat 4 x 8 reps\n', 'Write 4x8', 'monday\n  Squat 4x8\n'],
        ['monday\n  Bench Press: 3x5\n', 'Remove the colon', 'monday\n  Bench Press 3x5\n'],
    ])('%j: %s', async (text, title, after) => {
        expect(await fixed(text)).toEqual({ title, text: after });
    });

    it('a broken line without a fix of its own gets only "disable"', async () => {
        expect((await fixed('monday\n  Squat 5/3/1\n')).title).toBeUndefined();
    });

    it('the fixed text has no syntax error left', async () => {
        for (const text of ['monday\n  - Bench Press 3x5\n', 'Monday (Push)\n  Bench Press 3x5\n', 'monday\n  Leg Press 3 sets of 10\n']) {
            const document = await openDocument(Split, (await fixed(text)).text);
            expect((document.diagnostics ?? []).filter((diagnostic) => diagnostic.code === 'syntax')).toEqual([]);
        }
    });
});
