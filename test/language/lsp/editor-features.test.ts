import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { SemanticTokensDecoder } from 'langium/lsp';
import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol, type FoldingRange, type Range, type SemanticTokens } from 'vscode-languageserver';
import type { SplitLspServices } from '../../../src/language/split-lsp-module.js';
import { lspServices, openDocument } from './lsp-services.js';
import { BUILTIN_LIBRARY_URI } from '../../../src/language/library/builtin-library.js';

// Outline, folding, semantic tokens and import links (SPEC §7) through the providers on real documents.

let Split: SplitLspServices;

beforeAll(async () => {
    Split = await lspServices();
});

const open = (text: string, uri?: URI): Promise<LangiumDocument> => openDocument(Split, text, uri);

const params = (document: LangiumDocument) => ({ textDocument: { uri: document.uri.toString() } });

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
    return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** Names, kinds, details and children, without ranges. */
interface Outline { name: string; kind: SymbolKind; detail?: string; children?: Outline[] }
function outline(symbols: readonly DocumentSymbol[]): Outline[] {
    return symbols.map((symbol) => ({
        name: symbol.name,
        kind: symbol.kind,
        ...(symbol.detail !== undefined ? { detail: symbol.detail } : {}),
        ...(symbol.children ? { children: outline(symbol.children) } : {}),
    }));
}

describe('document symbols (outline)', () => {
    const text = [
        'plan "Legs and Back"', //                                              0
        'units kg',
        '',
        '/** A machine row. */',
        'exercise "Chest Row" primary middle back, lats secondary biceps compound',
        '', //                                                                  5
        'mon "Back" at 07:00',
        '  Deadlift      4x5 @ 140kg   // heavy',
        '  "Pull-Up"     4x8-12 @ RPE 8',
        '  Chest Row     3x10 rest 90s',
        '  // cool down later', //                                              10
        '',
        'tuesday "Legs" at 18:00',
        '  Squats   4x6 @ 75%, 1x5 @ 80%',
        '  Leg Extension 5x15 drop 4-5',
        '', //                                                                  15
        'thu at 07:00',
        '  Run 30min easy',
        'saturday rest',
        'sunday "Off" rest',
        'wednesday', //                                                         20
        '',
    ].join('\n');

    it('lists the plan title, declarations and sessions with their items, in the order of the file', async () => {
        const document = await open(text);
        const symbols = await Split.lsp.DocumentSymbolProvider!.getSymbols(document, params(document));
        expect(outline(symbols)).toEqual<Outline[]>([
            { name: 'Legs and Back', kind: SymbolKind.File },
            { name: 'Chest Row', kind: SymbolKind.Function, detail: 'middle back, lats' },
            {
                name: 'Monday "Back" 07:00', kind: SymbolKind.Event, detail: 'legs, back', children: [
                    { name: 'Deadlift', kind: SymbolKind.Method, detail: '4x5 @ 140kg' },
                    { name: 'Pull-Up', kind: SymbolKind.Method, detail: '4x8-12 @ RPE 8' },
                    { name: 'Chest Row', kind: SymbolKind.Method, detail: '3x10 rest 90s' },
                ],
            },
            {
                name: 'Tuesday "Legs" 18:00', kind: SymbolKind.Event, detail: 'legs', children: [
                    { name: 'Squats', kind: SymbolKind.Method, detail: '4x6 @ 75%, 1x5 @ 80%' },
                    { name: 'Leg Extension', kind: SymbolKind.Method, detail: '5x15 drop 4-5' },
                ],
            },
            { name: 'Thursday 07:00', kind: SymbolKind.Event, children: [{ name: 'Run', kind: SymbolKind.Method, detail: '30min easy' }] },
            { name: 'Saturday · rest', kind: SymbolKind.Event, children: [] },
            { name: 'Sunday "Off" · rest', kind: SymbolKind.Event, children: [] },
            { name: 'Wednesday', kind: SymbolKind.Event, children: [] },
        ]);
    });

    it('ranges: a session from its header through its last item, selecting the weekday and title', async () => {
        const document = await open(text);
        const symbols = await Split.lsp.DocumentSymbolProvider!.getSymbols(document, params(document));
        const [plan, exercise, monday, , thursday, saturday] = symbols;
        expect([plan.range, plan.selectionRange]).toEqual([range(0, 0, 0, 20), range(0, 5, 0, 20)]);
        expect([exercise.range, exercise.selectionRange]).toEqual([range(4, 0, 4, 72), range(4, 9, 4, 20)]);
        // Not the comment line and the blank line after the last item.
        expect([monday.range, monday.selectionRange]).toEqual([range(6, 0, 9, 29), range(6, 0, 6, 10)]);
        // The item's line with its comment; its name selected (quotes included when written).
        expect(monday.children!.map((item) => [item.range, item.selectionRange])).toEqual([
            [range(7, 2, 7, 38), range(7, 2, 7, 10)],
            [range(8, 2, 8, 30), range(8, 2, 8, 11)],
            [range(9, 2, 9, 29), range(9, 2, 9, 11)],
        ]);
        expect([thursday.range, thursday.selectionRange]).toEqual([range(16, 0, 17, 16), range(16, 0, 16, 3)]);
        expect([saturday.range, saturday.selectionRange]).toEqual([range(18, 0, 18, 13), range(18, 0, 18, 8)]);
    });

    it('a line that does not parse leaves the rest of the outline', async () => {
        const document = await open('monday\n  Squat 4x8\n  ??? !!\n  Bench Press 3x8\nfriday rest\n');
        const symbols = await Split.lsp.DocumentSymbolProvider!.getSymbols(document, params(document));
        expect(symbols.map((symbol) => symbol.name)).toEqual(['Monday', 'Friday · rest']);
        expect(symbols[0].children!.map((item) => item.name)).toEqual(['Squat', 'Bench Press']);
        expect(symbols[0].detail).toBe('legs, chest');
    });
});

describe('folding ranges', () => {
    const fold = async (text: string) => {
        const document = await open(text);
        return Split.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
    };

    it('sessions, header and import runs, declaration runs, comments and regions', async () => {
        const ranges = await fold([
            '/* A plan', //                                 0
            '   in two parts */',
            'plan "Folds"',
            'goal strength',
            'import "a.split"',
            'import "b.split"', //                          5
            '',
            '// region exercises',
            'exercise "Sled Push" primary quadriceps cardio',
            '/** Two',
            '    lines */', //                              10
            'exercise "Sled Pull" primary hamstrings cardio',
            '// endregion',
            '',
            '// Monday: heavy',
            '// and short', //                              15
            'monday "Heavy"',
            '  Squat 5x5',
            '  Bench Press 5x5  // after code',
            '',
            '', //                                          20
            'tuesday',
            '  Run 30min easy',
            'wednesday rest',
            'thursday "Single"',
            '  Squat 3x5', //                               25
        ].join('\n'));
        expect(ranges).toEqual<FoldingRange[]>([
            { startLine: 0, endLine: 1, kind: 'comment' },
            { startLine: 2, endLine: 5 },
            { startLine: 4, endLine: 5, kind: 'imports' },
            { startLine: 7, endLine: 12, kind: 'region' },
            { startLine: 8, endLine: 11 },
            { startLine: 9, endLine: 10, kind: 'comment' },
            { startLine: 14, endLine: 15, kind: 'comment' },
            { startLine: 16, endLine: 18 },
            { startLine: 21, endLine: 22 },
            { startLine: 24, endLine: 25 },
        ]);
    });

    it('a header of imports only is one imports range; single lines and empty sessions fold nothing', async () => {
        expect(await fold('import "a.split"\n\nimport "b.split"\n// x\nimport "c.split"\nmonday\ntuesday rest\n')).toEqual<FoldingRange[]>([
            { startLine: 0, endLine: 4, kind: 'imports' },
        ]);
        expect(await fold('plan "One"\n/* one line */\nmonday\n  Squat 5x5 // one\n')).toEqual<FoldingRange[]>([{ startLine: 2, endLine: 3 }]);
    });

    it('a statement of another kind ends a run', async () => {
        expect(await fold('plan "P"\nexercise "A" primary chest\nexercise "B" primary chest\nunits kg\nimport "a.split"\n')).toEqual<FoldingRange[]>([
            { startLine: 1, endLine: 2 },
            { startLine: 3, endLine: 4 },
        ]);
    });
});

describe('semantic tokens', () => {
    /** The tokens as `type[modifiers] text`, in the order of the text. */
    function decode(document: LangiumDocument, tokens: SemanticTokens): string[] {
        const provider = Split.lsp.SemanticTokenProvider!;
        const modifiers = Object.entries(provider.tokenModifiers);
        return SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document).map((token) => {
            const names = modifiers.filter(([, bit]) => token.tokenModifiers & bit).map(([name]) => name);
            return `${token.tokenType}${names.length ? `[${names.join(',')}]` : ''} ${token.text}`;
        });
    }

    const text = [
        'plan "Tokens"',
        'goal strength',
        'exercise "Drop Push-Up" primary chest, wings secondary triceps isolation',
        'monday "Push" at 18:00',
        '  Bench Press 4x6 @ 75%',
        '  Drop Push-Up 3x10 drop last "slow"',
        '  Frobnicate 3x8 // unknown',
        '  Run 8x400m @ Z4',
        '  Barbell Row 3x10-12 @ RIR -1, 1xAMRAP each',
        'sunday rest',
    ].join('\n');

    it('names, muscles, weekdays, titles, numbers, units, operators and keywords', async () => {
        const document = await open(text);
        const tokens = await Split.lsp.SemanticTokenProvider!.semanticHighlight(document, params(document));
        expect(decode(document, tokens)).toEqual([
            'keyword plan', 'string "Tokens"',
            'keyword goal', 'enumMember strength',
            // "wings" is not a muscle: no token, the diagnostic speaks.
            'keyword exercise', 'function[declaration] "Drop Push-Up"', 'keyword primary', 'enumMember chest',
            'keyword secondary', 'enumMember triceps', 'enumMember isolation',
            'namespace monday', 'string "Push"', 'keyword at', 'number 18:00',
            'function[defaultLibrary] Bench Press', 'number 4', 'operator x', 'number 6', 'operator @', 'number 75', 'number %',
            // A declaration in the file: no defaultLibrary; "Drop" is part of the name, not the keyword.
            'function Drop Push-Up', 'number 3', 'operator x', 'number 10', 'keyword drop', 'keyword last', 'string "slow"',
            // An unknown name gets no token.
            'number 3', 'operator x', 'number 8',
            'function[defaultLibrary] Run', 'number 8', 'operator x', 'number 400', 'number m', 'operator @', 'enumMember Z4',
            'function[defaultLibrary] Barbell Row', 'number 3', 'operator x', 'number 10', 'operator -', 'number 12', 'operator @', 'keyword RIR',
            'operator -', 'number 1', 'number 1', 'operator x', 'keyword AMRAP', 'keyword each',
            'namespace sunday', 'keyword rest',
        ]);
    });

    it('a range request gets the tokens of that range only', async () => {
        const document = await open(text);
        const tokens = await Split.lsp.SemanticTokenProvider!.semanticHighlightRange(document, { ...params(document), range: range(3, 0, 4, 100) });
        expect(decode(document, tokens)).toEqual([
            'namespace monday', 'string "Push"', 'keyword at', 'number 18:00',
            'function[defaultLibrary] Bench Press', 'number 4', 'operator x', 'number 6', 'operator @', 'number 75', 'number %',
        ]);
    });

    it('header values and quantities; declarations in the built-in library are defaultLibrary too', async () => {
        const document = await open('age 30\nhrmax 185\nunits lb\nimport "lib.split"\nexercise "Sled" alias "Prowler" primary quadriceps cardio impact low\nfri\n  Sled 20min hard rest 2min\n  Squat 5x5 @ 225 drop 4,5 "top set" rest-pause 15s\n');
        const tokens = await Split.lsp.SemanticTokenProvider!.semanticHighlight(document, params(document));
        expect(decode(document, tokens)).toEqual([
            'keyword age', 'number 30', 'keyword hrmax', 'number 185', 'keyword units', 'enumMember lb', 'keyword import', 'string "lib.split"',
            'keyword exercise', 'function[declaration] "Sled"', 'keyword alias', 'function[declaration] "Prowler"', 'keyword primary',
            'enumMember quadriceps', 'enumMember cardio', 'keyword impact', 'enumMember low',
            'namespace fri',
            'function Sled', 'number 20', 'number min', 'enumMember hard', 'keyword rest', 'number 2', 'number min',
            'function[defaultLibrary] Squat', 'number 5', 'operator x', 'number 5', 'operator @', 'number 225', 'keyword drop', 'number 4', 'number 5',
            'string "top set"', 'keyword rest-pause', 'number 15', 'number s',
        ]);

        const library = Split.shared.workspace.LangiumDocuments.getDocument(BUILTIN_LIBRARY_URI)!;
        const libraryTokens = decode(library, await Split.lsp.SemanticTokenProvider!.semanticHighlight(library, params(library)));
        expect(libraryTokens).toContain('function[declaration,defaultLibrary] "Squat"');
        expect(libraryTokens).toContain('function[declaration,defaultLibrary] "Back Squat"');
    });

    it('the legend holds every type and modifier used', () => {
        const { legend } = Split.lsp.SemanticTokenProvider!.semanticTokensOptions;
        expect(legend.tokenTypes).toEqual(expect.arrayContaining(['function', 'enumMember', 'namespace', 'string', 'number', 'operator', 'keyword']));
        expect(legend.tokenModifiers).toEqual(expect.arrayContaining(['declaration', 'defaultLibrary']));
    });
});

describe('document links', () => {
    it('each import that names a file links to it; a missing file or a folder gets none', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'split-links-'));
        mkdirSync(join(folder, 'lib'));
        writeFileSync(join(folder, 'lib', 'gym.split'), 'exercise "Sled" primary quadriceps cardio\n');
        const text = 'plan "Links"\nimport "lib/gym.split"\nimport "missing.split"\nimport "lib"\nimport "./lib/../lib/gym.split" // again\n';
        const document = await open(text, URI.file(join(folder, 'plan.split')));
        const links = await Split.lsp.DocumentLinkProvider!.getDocumentLinks(document, params(document));
        const target = URI.file(join(folder, 'lib', 'gym.split')).toString();
        expect(links).toEqual([
            { range: range(1, 8, 1, 21), target, tooltip: 'Open lib/gym.split' },
            { range: range(4, 8, 4, 30), target, tooltip: 'Open ./lib/../lib/gym.split' },
        ]);
    });
});
