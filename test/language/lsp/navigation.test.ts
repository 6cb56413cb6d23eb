import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { SplitFileSystem } from '../../../src/language/workspace/split-file-system.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResponseError, type LocationLink, type Position, type Range, type TextEdit } from 'vscode-languageserver';
import { createSplitServices, type SplitLspServices } from '../../../src/language/split-lsp-module.js';
import { BUILTIN_LIBRARY_TEXT, BUILTIN_LIBRARY_URI } from '../../../src/language/library/builtin-library.js';
import { applyEdits } from '../../protocol/lsp-client.js';

// Go to definition, find references and rename for exercises (SPEC §7), through the providers, over a plan that
// imports a library file in a temporary folder and names built-ins by other spellings and aliases.

const GYM = [
    '/** A machine row. */',
    'exercise "Hammer Row" alias "HS Row" primary lats',
    'exercise "Cable Fly" primary chest',
    '',
].join('\n');

const PLAN = [
    'import "lib/gym.split"',
    'exercise "My Lift" primary chest',
    '',
    'monday "Legs"',
    '  Squats 4x8',
    '  back squat 3x5',
    '  Bench Press 3x8',
    'tuesday "Back"',
    '  Hammer Row 4x10',
    '  hs row 3x8',
    '  "Hammer Row" 3x8',
    '  My Lift 3x8',
    '  My Lifts 3x8',
    '  Cable Fly 3x12',
    '',
].join('\n');

const OTHER = ['import "lib/gym.split"', '', 'friday', '  Hammer Rows 4x10', '  Squat 5x5', ''].join('\n');

let Split: SplitLspServices;
let gym: LangiumDocument;
let plan: LangiumDocument;
let other: LangiumDocument;

beforeAll(async () => {
    const services = createSplitServices({ ...SplitFileSystem });
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    Split = services.Split;
    const folder = mkdtempSync(join(tmpdir(), 'split-navigation-'));
    mkdirSync(join(folder, 'lib'));
    const files: Array<[string, string]> = [['lib/gym.split', GYM], ['plan.split', PLAN], ['other.split', OTHER]];
    const documents = files.map(([path, text]) => {
        writeFileSync(join(folder, path), text);
        return Split.shared.workspace.LangiumDocuments.createDocument(URI.file(join(folder, path)), text);
    });
    await Split.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    [gym, plan, other] = documents;
});

/** The position `into` characters into the `nth` occurrence of `probe` (1-based). */
function at(document: LangiumDocument, probe: string, nth = 1, into = 1): Position {
    const text = document.textDocument.getText();
    let offset = -1;
    for (let count = 0; count < nth; count++) offset = text.indexOf(probe, offset + 1);
    if (offset < 0) throw new Error(`"${probe}" is not in the text`);
    return document.textDocument.positionAt(offset + into);
}

/** The range of the `nth` occurrence of `text` in a document's text. */
function rangeOf(source: string, text: string, nth = 1): Range {
    let offset = -1;
    for (let count = 0; count < nth; count++) offset = source.indexOf(text, offset + 1);
    if (offset < 0) throw new Error(`"${text}" is not in the text`);
    const position = (index: number) => {
        const before = source.slice(0, index).split('\n');
        return { line: before.length - 1, character: before[before.length - 1].length };
    };
    return { start: position(offset), end: position(offset + text.length) };
}

function textAt(source: string, range: Range): string {
    const lines = source.split('\n');
    return lines[range.start.line].slice(range.start.character, range.start.line === range.end.line ? range.end.character : undefined);
}

async function definition(document: LangiumDocument, position: Position): Promise<LocationLink[] | undefined> {
    return Split.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri: document.uri.toString() }, position });
}

async function references(document: LangiumDocument, position: Position, includeDeclaration: boolean): Promise<string[]> {
    const locations = await Split.lsp.ReferencesProvider!.findReferences(document, {
        textDocument: { uri: document.uri.toString() }, position, context: { includeDeclaration },
    });
    const byUri = new Map([gym, plan, other].map((doc) => [doc.uri.toString(), doc]));
    return locations.map((location) => {
        const source = byUri.get(location.uri)?.textDocument.getText() ?? (location.uri === BUILTIN_LIBRARY_URI.toString() ? BUILTIN_LIBRARY_TEXT : '');
        const name = location.uri.replace(/^.*\//, '');
        return `${name}:${location.range.start.line + 1}:${textAt(source, location.range)}`;
    }).sort();
}

async function prepareRename(document: LangiumDocument, position: Position): Promise<Range | undefined> {
    return Split.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position });
}

/** Renames at a position and returns each changed file's new text by file name. */
async function rename(document: LangiumDocument, position: Position, newName: string): Promise<Record<string, string>> {
    const edit = await Split.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName });
    const result: Record<string, string> = {};
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
        const source = Split.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
        result[uri.replace(/^.*\//, '')] = applyEdits(source.textDocument.getText(), edits as TextEdit[]);
    }
    return result;
}

async function refusal(action: () => unknown): Promise<ResponseError<unknown>> {
    try {
        await action();
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return error as ResponseError<unknown>;
    }
    throw new Error('not refused');
}

describe('go to definition', () => {
    it('from an item naming a built-in by another spelling: the quoted name in builtin:/library.split', async () => {
        const [link] = (await definition(plan, at(plan, 'Squats')))!;
        const expected = rangeOf(BUILTIN_LIBRARY_TEXT, '"Squat"');
        expect(link).toEqual({
            targetUri: 'builtin:/library.split',
            targetRange: expected,
            targetSelectionRange: expected,
            originSelectionRange: rangeOf(PLAN, 'Squats'),
        });
        expect(BUILTIN_LIBRARY_TEXT.split('\n')[expected.start.line]).toMatch(/^exercise "Squat" alias "Back Squat"/);
    });

    it('from a built-in alias and from the second word of a multi-word name', async () => {
        const [alias] = (await definition(plan, at(plan, 'back squat', 1, 6)))!;
        expect(alias.targetSelectionRange).toEqual(rangeOf(BUILTIN_LIBRARY_TEXT, '"Squat"'));
        expect(alias.originSelectionRange).toEqual(rangeOf(PLAN, 'back squat'));
        const [bench] = (await definition(plan, at(plan, 'Press', 1, 2)))!;
        expect(textAt(BUILTIN_LIBRARY_TEXT, bench.targetRange)).toBe('"Bench Press"');
        expect(bench.originSelectionRange).toEqual(rangeOf(PLAN, 'Bench Press'));
    });

    it('into an imported file, by name and by alias; into the file itself, plural included', async () => {
        for (const probe of ['Hammer Row 4x10', 'hs row']) {
            const [link] = (await definition(plan, at(plan, probe)))!;
            expect(link.targetUri).toBe(gym.uri.toString());
            expect(link.targetRange).toEqual(rangeOf(GYM, '"Hammer Row"'));
            expect(link.targetSelectionRange).toEqual(link.targetRange);
        }
        const [local] = (await definition(plan, at(plan, 'My Lifts')))!;
        expect(local).toMatchObject({ targetUri: plan.uri.toString(), targetRange: rangeOf(PLAN, '"My Lift"') });
        const [fromOther] = (await definition(other, at(other, 'Hammer Rows')))!;
        expect(fromOther).toMatchObject({ targetUri: gym.uri.toString(), targetRange: rangeOf(GYM, '"Hammer Row"') });
    });

    it('nothing for an unknown name or a keyword', async () => {
        const unknown = Split.shared.workspace.LangiumDocuments.createDocument(URI.parse('memory:/nav-unknown.split'), 'monday\n  Flapjack 3x8\n');
        await Split.shared.workspace.DocumentBuilder.build([unknown]);
        expect(await definition(unknown, at(unknown, 'Flapjack'))).toBeUndefined();
        expect(await definition(plan, at(plan, 'monday'))).toBeUndefined();
    });
});

describe('find references', () => {
    it('every spelling and alias of a built-in across the workspace; the declaration only when asked', async () => {
        const withDeclaration = await references(plan, at(plan, 'back squat'), true);
        const line = rangeOf(BUILTIN_LIBRARY_TEXT, '"Squat"').start.line + 1;
        expect(withDeclaration).toEqual([`library.split:${line}:"Squat"`, 'other.split:5:Squat', 'plan.split:5:Squats', 'plan.split:6:back squat'].sort());
        expect(await references(plan, at(plan, 'Squats'), false)).toEqual(['other.split:5:Squat', 'plan.split:5:Squats', 'plan.split:6:back squat']);
    });

    it('from a declaration in an imported file: items in every file importing it', async () => {
        expect(await references(gym, at(gym, '"Hammer Row"', 1, 3), true)).toEqual([
            'gym.split:2:"Hammer Row"', 'other.split:4:Hammer Rows',
            'plan.split:11:"Hammer Row"', 'plan.split:10:hs row', 'plan.split:9:Hammer Row',
        ].sort());
        expect(await references(plan, at(plan, 'My Lift 3'), false)).toEqual(['plan.split:12:My Lift', 'plan.split:13:My Lifts']);
    });
});

describe('rename', () => {
    it('prepares on the whole written name of an item, or the declaration name without its quotes', async () => {
        expect(await prepareRename(plan, at(plan, 'hs row', 1, 4))).toEqual(rangeOf(PLAN, 'hs row'));
        expect(await prepareRename(plan, at(plan, '"Hammer Row" 3x8', 1, 3))).toEqual(rangeOf(PLAN, 'Hammer Row', 2));
        expect(await prepareRename(gym, at(gym, '"Hammer Row"', 1, 2))).toEqual(rangeOf(GYM, 'Hammer Row'));
        expect(await prepareRename(plan, at(plan, 'tuesday'))).toBeUndefined();
        expect(await prepareRename(plan, at(plan, '4x10', 1, 1))).toBeUndefined();
    });

    it('from an alias reference: the declaration and every item, in the imported file and both importers', async () => {
        const files = await rename(plan, at(plan, 'hs row'), 'Iso Row');
        expect(Object.keys(files).sort()).toEqual(['gym.split', 'other.split', 'plan.split']);
        expect(files['gym.split']).toBe(GYM.replace('"Hammer Row"', '"Iso Row"'));
        expect(files['other.split']).toBe(OTHER.replace('Hammer Rows', 'Iso Row'));
        expect(files['plan.split']).toBe(PLAN
            .replace('  Hammer Row 4x10', '  Iso Row 4x10')
            .replace('  hs row 3x8', '  Iso Row 3x8')
            .replace('  "Hammer Row" 3x8', '  "Iso Row" 3x8')); // a quoted item stays quoted
    });

    it('from the declaration, with the new name quoted in items only where it would not parse unquoted', async () => {
        const cases: Array<[string, string]> = [
            ['Pec Deck', 'Pec Deck'],
            ["Farmer's Walk-Out", "Farmer's Walk-Out"],
            ['V2 Row', 'V2 Row'],
            ['Z2 Row', '"Z2 Row"'], // `z2` is a heart-rate zone, not a name word
            ['Press 2', '"Press 2"'],
            ['Rest-Pause Curl', 'Rest-Pause Curl'],
            ['Monday Press', '"Monday Press"'],
            ['Sun Salutation', '"Sun Salutation"'],
            ['Plan B Press', '"Plan B Press"'],
            ['Row (Wide)', '"Row (Wide)"'],
            ['Row / Wide', '"Row / Wide"'],
            ['3D Press', '"3D Press"'],
            ['Press 4x', '"Press 4x"'],
        ];
        for (const [newName, written] of cases) {
            const files = await rename(plan, at(plan, '"My Lift"', 1, 2), newName);
            expect(Object.keys(files), newName).toEqual(['plan.split']);
            expect(files['plan.split'], newName).toBe(PLAN
                .replace('"My Lift"', `"${newName}"`)
                .replace('  My Lift 3x8', `  ${written} 3x8`)
                .replace('  My Lifts 3x8', `  ${written} 3x8`));
        }
    });

    it('keeps the words a variant adds before the new name (SPEC §3.2)', async () => {
        const text = 'exercise "Zottle Press" primary chest compound\nmonday\n  Banded Zottle Presses 3x8\n  Zottle Press 3x8\n';
        const variant = Split.shared.workspace.LangiumDocuments.createDocument(URI.file(join(tmpdir(), 'split-variant.split')), text);
        await Split.shared.workspace.DocumentBuilder.build([variant]);
        const files = await rename(variant, at(variant, 'Zottle Press 3x8'), 'Bottle Press');
        expect(files['split-variant.split']).toBe('exercise "Bottle Press" primary chest compound\nmonday\n  Banded Bottle Press 3x8\n  Bottle Press 3x8\n');
    });

    it('accepts a new name typed with quotes or extra spaces, and refuses an impossible one', async () => {
        const files = await rename(gym, at(gym, 'Cable Fly'), ' "Cable  Crossover" ');
        expect(files['gym.split']).toContain('exercise "Cable Crossover" primary chest');
        expect(files['plan.split']).toContain('  Cable Crossover 3x12');
        for (const name of ['', '  ', 'Say "Hi"']) {
            const error = await refusal(() => rename(gym, at(gym, 'Cable Fly'), name));
            expect(error.message).toMatch(/is not a valid exercise name/);
        }
    });

    it('refuses a built-in, from an item or from the library itself, with a message the editor shows', async () => {
        const message = 'Squat is a built-in exercise and cannot be renamed: declare your own exercise to use another name';
        expect((await refusal(() => prepareRename(plan, at(plan, 'Squats')))).message).toBe(message);
        expect((await refusal(() => prepareRename(plan, at(plan, 'back squat')))).message).toBe(message);
        expect((await refusal(() => rename(plan, at(plan, 'Squats'), 'Knee Bend'))).message).toBe(message);
        const library = Split.shared.workspace.LangiumDocuments.getDocument(BUILTIN_LIBRARY_URI)!;
        const error = await refusal(() => prepareRename(library, at(library, 'exercise "Squat"', 1, 11)));
        expect(error.message).toBe(message);
        expect(error.code).toBe(-32803); // LSPErrorCodes.RequestFailed
    });

    it('refuses a name another exercise already answers to, but may shadow a built-in nobody names', async () => {
        expect((await refusal(() => rename(plan, at(plan, 'My Lift 3'), 'hs rows'))).message)
            .toBe('"hs rows" already names the exercise "Hammer Row" (declared in an imported file): choose another name');
        expect((await refusal(() => rename(plan, at(plan, 'My Lift 3'), 'Squat'))).message)
            .toBe('"Squat" already names the exercise "Squat" (declared in the built-in library): choose another name');
        expect((await refusal(() => rename(gym, at(gym, 'Cable Fly'), 'Barbell Squat'))).message)
            .toMatch(/^"Barbell Squat" already names the exercise "Squat" \(declared in the built-in library, seen from (plan|other)\.split\)/);
        const files = await rename(plan, at(plan, 'My Lift 3'), 'Deadlift');
        expect(files['plan.split']).toContain('  Deadlift 3x8\n  Deadlift 3x8\n');
        // renaming to another spelling of its own name is fine
        expect((await rename(plan, at(plan, 'My Lift 3'), 'My-Lifts'))['plan.split']).toContain('exercise "My-Lifts" primary chest');
    });

    it('says so for an item naming no exercise', async () => {
        const unknown = Split.shared.workspace.LangiumDocuments.createDocument(URI.parse('memory:/nav-unknown-rename.split'), 'monday\n  Flapjack 3x8\n');
        await Split.shared.workspace.DocumentBuilder.build([unknown]);
        expect((await refusal(() => prepareRename(unknown, at(unknown, 'Flapjack')))).message)
            .toBe('"Flapjack" is not a known exercise: there is nothing to rename');
    });
});
