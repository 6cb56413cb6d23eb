import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type MarkupContent, type TextEdit } from 'vscode-languageserver';
import { MUSCLES } from '../../../src/language/facts/defaults.js';
import type { SplitLspServices } from '../../../src/language/split-lsp-module.js';
import { lspServices, openDocument } from './lsp-services.js';

// Completion (SPEC §7) through the provider, on real documents: the cursor is where `|` stands in the text.

let Split: SplitLspServices;

beforeAll(async () => {
    Split = await lspServices();
});

interface Completed {
    list: CompletionList;
    items: CompletionItem[];
    labels: string[];
    /** The text after applying an item's edit, by label. */
    apply(label: string): string;
}

async function complete(marked: string, uri?: URI): Promise<Completed> {
    const offset = marked.indexOf('|');
    if (offset < 0) throw new Error('no | in the text');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const document = await openDocument(Split, text, uri);
    const list = await Split.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
    });
    const items = list?.items ?? [];
    // The order the editor shows when nothing else decides: by sortText.
    expect(items.map((item) => item.sortText)).toEqual(items.map((item) => item.sortText).sort());
    return {
        list: list ?? { isIncomplete: false, items: [] },
        items,
        labels: items.map((item) => item.label),
        apply(label) {
            const item = items.find((candidate) => candidate.label === label);
            if (!item) throw new Error(`no item ${label}`);
            const edit = item.textEdit as TextEdit;
            const start = document.textDocument.offsetAt(edit.range.start);
            const end = document.textDocument.offsetAt(edit.range.end);
            return text.slice(0, start) + edit.newText + text.slice(end);
        },
    };
}

function edit(item: CompletionItem | undefined): { range: string; newText: string } {
    const textEdit = item!.textEdit as TextEdit;
    const { start, end } = textEdit.range;
    return { range: `${start.line}:${start.character}-${end.line}:${end.character}`, newText: textEdit.newText };
}

function docs(item: CompletionItem | undefined): string {
    const documentation = item!.documentation as MarkupContent;
    expect(documentation.kind).toBe('markdown');
    return documentation.value;
}

const WEEKDAY_LABELS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const HEADER_LABELS = ['plan', 'goal', 'age', 'hrmax', 'ftp', 'units', 'import', 'exercise'];
const LOAD_LABELS = ['RPE', 'RIR', 'Z1', 'Z2', 'Z3', 'Z4', 'Z5'];
const UNIT_LABELS = ['kg', 'lb', '%', 'bpm'];
const MODIFIER_LABELS = ['each', '@', 'drop', 'rest-pause', 'rest', 'easy', 'moderate', 'hard'];

/** Labels that belong to no exercise list: keywords, weekdays, units, muscles. */
function wordsIn(labels: readonly string[]): string[] {
    const words = new Set<string>([...WEEKDAY_LABELS, ...HEADER_LABELS, ...LOAD_LABELS, ...UNIT_LABELS, ...MODIFIER_LABELS, ...MUSCLES]);
    return labels.filter((label) => words.has(label) || /^\w+day "Title"$/.test(label));
}

describe('exercise names at the start of an item line', () => {
    it('offers every exercise in scope once, with its muscles, description, mechanic and kind', async () => {
        const { list, items, labels } = await complete('monday "Legs"\n  |\n');
        expect(labels).toContain('Squat');
        expect(labels).toContain('Romanian Deadlift');
        expect(new Set(labels).size).toBe(labels.length);
        // One entry per exercise: no aliases until something is typed, and the editor asks again then.
        expect(labels).not.toContain('RDL');
        expect(items.every((item) => item.kind === CompletionItemKind.Function)).toBe(true);
        expect(list.isIncomplete).toBe(true);
        // Nothing but names here: no keywords, weekdays, units or muscles.
        expect(wordsIn(labels)).toEqual([]);

        const squat = items.find((item) => item.label === 'Squat');
        expect(squat!.detail).toBe('quadriceps, glutes · secondary hamstrings, adductors, lower back');
        const value = docs(squat);
        expect(value).toMatch(/^\*\*Squat\*\* · built-in exercise\n/);
        expect(value).toContain('A barbell on the upper back, sit down between the heels until the thighs pass parallel, then stand.');
        expect(value).toContain('*compound · strength*');
        expect(value).toContain('Also called: Back Squat, Barbell Squat');
        expect(edit(squat)).toEqual({ range: '1:2-1:2', newText: 'Squat ' });
        expect(squat!.filterText).toBe('Squat');
    });

    it('ranks by a fuzzy match: `bnch` puts Bench Press first', async () => {
        const { items, labels } = await complete('monday\n  bnch|\n');
        expect(labels[0]).toBe('Bench Press');
        expect(labels.filter((label) => label.includes('Bench'))[0]).toBe('Bench Press');
        expect(labels).toEqual(expect.arrayContaining(['Bench Dip', 'Incline Bench Press', 'Close-Grip Bench Press']));
        expect(labels).not.toContain('Squat');
        // Every edit replaces what was typed.
        expect(new Set(items.map((item) => edit(item).range))).toEqual(new Set(['1:2-1:6']));
        expect(edit(items[0])).toEqual({ range: '1:2-1:6', newText: 'Bench Press ' });
    });

    it('finds an exercise through its alias: `rdl` → Romanian Deadlift, and the alias says which exercise it is', async () => {
        const { items, labels, apply } = await complete('monday\n  rdl|\n');
        expect(labels.slice(0, 3)).toEqual(['Romanian Deadlift', 'RDL', 'Barbell RDL']);
        expect(items[0].kind).toBe(CompletionItemKind.Function);
        expect(items[0].detail).toBe('hamstrings, glutes · secondary lower back, forearms');
        expect(items[1]).toMatchObject({ label: 'RDL', kind: CompletionItemKind.Reference, detail: '→ Romanian Deadlift', filterText: 'RDL' });
        expect(docs(items[1])).toContain('“RDL” is another name for Romanian Deadlift.');
        expect(apply('RDL')).toBe('monday\n  RDL \n');
        expect(apply('Romanian Deadlift')).toBe('monday\n  Romanian Deadlift \n');
        expect(labels).toContain('Single-Leg Romanian Deadlift');
    });

    it('multi-word names: the edit covers the words typed so far', async () => {
        const { items, labels, apply } = await complete('monday\n  Bench Pr|\n');
        expect(labels[0]).toBe('Bench Press');
        expect(edit(items[0])).toEqual({ range: '1:2-1:10', newText: 'Bench Press ' });
        expect(apply('Bench Press')).toBe('monday\n  Bench Press \n');
        expect(labels).not.toContain('Bench Dip');
        expect(items[0].filterText).toBe('Bench Press');
    });

    it('after a partial word and a space, longer names; after a known name and a space, nothing', async () => {
        const seated = await complete('monday\n  Seated |\n');
        expect(seated.labels.slice(0, 2)).toEqual(['Hip Abduction', 'Seated Hip Abduction']);
        expect(edit(seated.items[0])).toEqual({ range: '1:2-1:9', newText: 'Hip Abduction ' });
        expect((await complete('monday\n  Squat |\n')).items).toEqual([]);
    });

    it('a name typed that reads by abbreviation or as a variant comes first, saying what it is taken as (SPEC §3.2)', async () => {
        const tempo = await complete('thursday\n  Tempo Run|\n');
        expect(tempo.items[0]).toMatchObject({ label: 'Tempo Run', detail: 'taken as Run' });
        expect(edit(tempo.items[0])).toEqual({ range: '1:2-1:11', newText: 'Tempo Run ' });
        expect(docs(tempo.items[0])).toContain('“Tempo Run”: taken as Run.');
        expect((await complete('monday\n  DB Curl|\n')).items[0]).toMatchObject({ label: 'DB Curl', detail: 'taken as Dumbbell Curl' });
        expect((await complete('monday\n  Bench Press|\n')).items[0]).toMatchObject({ label: 'Bench Press' });
    });

    it('reads the abbreviations typed: DB Ro offers Dumbbell Row, the typed letters in its filter text', async () => {
        const { items, labels } = await complete('monday\n  DB Ro|\n');
        expect(labels.slice(0, 2).sort()).toEqual(['Dumbbell Romanian Deadlift', 'Dumbbell Row']);
        const row = items.find((item) => item.label === 'Dumbbell Row');
        expect(row?.filterText).toBe('Dumbbell Row DB Ro');
        expect(edit(row)).toEqual({ range: '1:2-1:7', newText: 'Dumbbell Row ' });
        // Typed in full, the abbreviated name itself comes first, taken as Dumbbell Row.
        expect((await complete('monday\n  DB Row|\n')).items.slice(0, 2).map((item) => [item.label, item.detail]))
            .toEqual([['DB Row', 'taken as Dumbbell Row'], ['Dumbbell Row', 'lats, middle back · secondary biceps, shoulders']]);
    });

    it('in the middle of a line: the rest of the word goes too, and no second space before the prescription', async () => {
        const { items, apply } = await complete('monday\n  Bench Pr|ess 4x8\n');
        expect(edit(items[0])).toEqual({ range: '1:2-1:13', newText: 'Bench Press' });
        expect(apply('Bench Press')).toBe('monday\n  Bench Press 4x8\n');
    });

    it('names that would not parse unquoted are inserted quoted; a typed quote is kept', async () => {
        const hip = await complete('monday\n  Hip 9|\n');
        expect(hip.items).toEqual([]); // `Hip 9` reads as a name and a count: nothing to offer after a bare number
        const { items, apply } = await complete('monday\n  hip|\n');
        // Numbers inside a name after its first word need no quotes (SPEC §2.1); a weekday in one does.
        expect(edit(items.find((item) => item.label === 'Hip 90-90'))).toEqual({ range: '1:2-1:5', newText: 'Hip 90-90 ' });
        expect(apply('Hip Thrust')).toBe('monday\n  Hip Thrust \n');

        // An editor closes the quote itself: the edit takes the closing quote along.
        const farmer = await complete('monday\n  "Farm|"\n');
        expect(farmer.labels[0]).toBe('Farmer\'s Walk');
        expect(edit(farmer.items[0])).toEqual({ range: '1:2-1:8', newText: '"Farmer\'s Walk" ' });
        expect(farmer.items[0].filterText).toBe('"Farmer\'s Walk');
    });

    it('own and imported declarations: their descriptions, own ones first, and shadowing', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'split-completion-'));
        mkdirSync(join(folder, 'lib'));
        writeFileSync(join(folder, 'lib', 'gym.split'), '/** A plate-loaded sled. */\nexercise "Bench Sled" primary chest compound\n');
        const text = 'import "lib/gym.split"\n/** Pushed on the turf. */\nexercise "Bench Push" primary chest secondary triceps compound\n'
            + 'exercise "RDL" primary hamstrings\nmonday\n  bench|\n';
        const { items, labels } = await complete(text, URI.file(join(folder, 'plan.split')));
        // The built-in "Bench" (Bench Press) is the word as typed; then the own and imported declarations.
        expect(labels.slice(0, 4)).toEqual(['Bench Press', 'Bench', 'Bench Push', 'Bench Sled']);
        expect(docs(items[2])).toBe('**Bench Push** · declared in this plan\n\nPushed on the turf.\n\n*compound · strength*\n\nPrimary: chest  \nSecondary: triceps');
        expect(docs(items[3])).toContain('**Bench Sled** · imported from gym.split\n\nA plate-loaded sled.');

        // The plan's own "RDL" shadows the built-in alias: `RDL` is that exercise, no longer Romanian Deadlift.
        const rdl = await complete(text.replace('bench|', 'rdl|'), URI.file(join(folder, 'other.split')));
        expect(rdl.items[0]).toMatchObject({ label: 'RDL', kind: CompletionItemKind.Function, detail: 'hamstrings' });
        expect(rdl.items.filter((item) => item.detail === '→ Romanian Deadlift').map((item) => item.label)).toEqual(['Barbell RDL', 'Barbell Romanian Deadlift']);
    });

    it('only on item lines inside a session; not in comments or notes', async () => {
        expect(wordsIn((await complete('monday\n  Sq|\n')).labels)).toEqual([]);
        expect((await complete('monday\n  Sq|\n')).labels[0]).toBe('Squat');
        // Before the first session an indented word is no item.
        expect((await complete('  Sq|\n')).items).toEqual([]);
        expect((await complete('monday\n  // Sq|\n')).items).toEqual([]);
        expect((await complete('monday\n  Squat 4x8 "Sq|"\n')).items).toEqual([]);
        // A comment before the name does not count as the name.
        const after = await complete('monday\n  /* top set */ Sq|\n');
        expect(edit(after.items[0])).toEqual({ range: '1:16-1:18', newText: 'Squat ' });
    });
});

describe('the first word of a line', () => {
    it('an empty file: header keywords as snippets, then weekdays as snippets and plain', async () => {
        const { items, labels } = await complete('|');
        expect(labels).toEqual([
            ...HEADER_LABELS,
            ...WEEKDAY_LABELS.flatMap((day) => [`${day} "Title"`, day]),
        ]);
        const byLabel = (label: string) => items.find((item) => item.label === label)!;
        expect(byLabel('plan')).toMatchObject({ kind: CompletionItemKind.Keyword, insertTextFormat: InsertTextFormat.Snippet, detail: 'plan "Title"' });
        expect(edit(byLabel('plan')).newText).toBe('plan "${1:Title}"$0');
        expect(edit(byLabel('goal')).newText).toBe('goal ${1|hypertrophy,strength,endurance,general|}$0');
        expect(edit(byLabel('units')).newText).toBe('units ${1|kg,lb|}$0');
        expect(edit(byLabel('exercise')).newText).toMatch(/^exercise "\$\{1:Name\}" primary \$\{2\|abdominals,abductors,.*,triceps\|\}\$0$/);
        expect(docs(byLabel('import'))).toContain('relative to this file');
        expect(byLabel('monday "Title"')).toMatchObject({ kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet, filterText: 'monday' });
        expect(edit(byLabel('monday "Title"'))).toEqual({ range: '0:0-0:0', newText: 'monday "${1:Title}"$0' });
        expect(byLabel('monday')).toMatchObject({ kind: CompletionItemKind.Keyword, insertTextFormat: InsertTextFormat.PlainText });
        expect(edit(byLabel('monday')).newText).toBe('monday');
        // No exercise names, muscles or units at the start of a header line.
        expect(labels).not.toContain('Squat');
        expect(labels.filter((label) => (MUSCLES as readonly string[]).includes(label) || UNIT_LABELS.includes(label))).toEqual([]);
    });

    it('header keywords only before the first session, each once (`import` many)', async () => {
        const header = await complete('plan "Week"\nimport "a.split"\n|\n');
        expect(header.labels.filter((label) => HEADER_LABELS.includes(label))).toEqual(['goal', 'age', 'hrmax', 'ftp', 'units', 'import', 'exercise']);
        // At column 0 after a session: weekdays first, then `exercise`; no header keywords.
        const after = await complete('plan "Week"\nmonday\n  Squat 4x8\n|\n');
        expect(after.labels.filter((label) => HEADER_LABELS.includes(label))).toEqual(['exercise']);
        expect(after.labels[0]).toBe('monday "Title"');
        expect(after.labels).not.toContain('Squat');
    });

    it('filters by what is typed; the edit replaces the word', async () => {
        const { items, labels } = await complete('plan "Week"\n\nwed|\n');
        expect(labels).toEqual(['wednesday "Title"', 'wednesday']);
        expect(edit(items[1])).toEqual({ range: '2:0-2:3', newText: 'wednesday' });
        expect((await complete('un|')).labels).toEqual(['units']);
    });
});

describe('the words of a statement', () => {
    it('goals after `goal`, units after `units`', async () => {
        expect((await complete('goal |')).labels).toEqual(['hypertrophy', 'strength', 'endurance', 'general']);
        const units = await complete('units l|');
        expect(units.labels).toEqual(['lb']);
        expect(edit(units.items[0])).toEqual({ range: '0:6-0:7', newText: 'lb' });
        expect((await complete('goal strength |')).items).toEqual([]);
        expect((await complete('plan |')).items).toEqual([]);
    });

    it('after a weekday: `rest` and `at`; after the title: `at`', async () => {
        expect((await complete('monday |')).labels).toEqual(['rest', 'at']);
        expect((await complete('monday "Legs" |')).labels).toEqual(['at']);
        expect(edit((await complete('monday "Legs" |')).items[0]).newText).toBe('at ${1:18:00}');
    });

    it('in a declaration: muscles after `primary`, `secondary` and a comma; `high`/`low` after `impact`; clauses after a muscle', async () => {
        expect((await complete('exercise "Sled" primary |')).labels).toEqual([...MUSCLES]);
        const comma = await complete('exercise "Sled" primary chest, |');
        expect(comma.labels).toEqual(MUSCLES.filter((muscle) => muscle !== 'chest'));
        expect((await complete('exercise "Sled" primary chest secondary |')).labels).not.toContain('chest');
        // A two-word muscle: the edit covers both words.
        const lower = await complete('exercise "Sled" primary glutes, lower b|');
        expect(lower.labels).toEqual(['lower back']);
        expect(edit(lower.items[0])).toEqual({ range: '0:32-0:39', newText: 'lower back' });
        expect((await complete('exercise "Sled" cardio impact |')).labels).toEqual(['high', 'low']);
        const clauses = await complete('exercise "Sled" primary chest |');
        expect(clauses.labels).toEqual(['alias', 'secondary', 'compound', 'isolation', 'cardio', 'mobility', 'impact']);
        expect((await complete('exercise "Sled" primary chest compound s|')).labels).toEqual(['secondary']);
        expect((await complete('exercise "Sled" alias |')).items).toEqual([]);
        expect((await complete('exercise "Sl|"')).items).toEqual([]);
    });
});

describe('prescriptions', () => {
    it('after a set scheme: `each`, `@`, `drop`, `rest-pause`, `rest`', async () => {
        const { items, labels } = await complete('monday\n  Squat 4x8 |\n');
        expect(labels).toEqual(['each', '@', 'drop', 'rest-pause', 'rest']);
        expect(edit(items[1])).toEqual({ range: '1:12-1:12', newText: '@ ' });
        // The editor asks again after `@ `, for the load.
        expect(items[1].command?.command).toBe('editor.action.triggerSuggest');
        expect(docs(items[2])).toContain('cut the weight by about 30 %');
        expect((await complete('monday\n  Squat 4x8-12 each |\n')).labels).toEqual(['@', 'drop', 'rest-pause', 'rest']);
        expect((await complete('monday\n  Squat 1x5, 3x8 |\n')).labels).toEqual(['each', '@', 'drop', 'rest-pause', 'rest']);
        // `each` after a weight: per implement (`@ 24kg each`).
        expect((await complete('monday\n  Squat 4x8 @ 100kg |\n')).labels).toEqual(['each', 'drop', 'rest-pause', 'rest']);
        expect((await complete('monday\n  Squat 4x8 rest 90s |\n')).labels).toEqual(['drop', 'rest-pause']);
        // `drop` alone is `drop last`: what may follow it, too.
        expect((await complete('monday\n  Squat 4x8 drop |\n')).labels).toEqual(['last', 'rest-pause', 'rest']);
        expect((await complete('monday\n  Squat 4x8 d|\n')).labels).toEqual(['drop']);
    });

    it('after `@`: RPE and RIR for strength, zones for cardio; with its space when typed right after `@`', async () => {
        const strength = await complete('monday\n  Squat 4x8 @ |\n');
        expect(strength.labels).toEqual(['RPE', 'RIR']);
        expect(edit(strength.items[0])).toEqual({ range: '1:14-1:14', newText: 'RPE ' });
        expect((await complete('monday\n  Run 30min @ |\n')).labels).toEqual(['Z1', 'Z2', 'Z3', 'Z4', 'Z5', 'RPE']);
        // An exercise the plan does not know: every form.
        expect((await complete('monday\n  Mystery Move 4x8 @ |\n')).labels).toEqual(LOAD_LABELS);
        const glued = await complete('monday\n  Squat 4x8 @|\n');
        expect(edit(glued.items[0])).toEqual({ range: '1:13-1:13', newText: ' RPE ' });
    });

    it('the notations of SPEC v2 §2.5: what a % is of, `each` after a weight, the `ftp` header', async () => {
        expect((await complete('monday\n  Run 30min @ 70% |\n')).labels).toEqual(expect.arrayContaining(['HRmax', 'FTP']));
        expect((await complete('monday\n  Dumbbell Bench Press 3x10 @ 24kg |\n')).labels).toContain('each');
        expect((await complete('monday\n  Cycling 45min @ 200|\n')).labels).toContain('W');
        expect((await complete('plan "P"\n|\n')).labels).toContain('ftp');
    });

    it('after a number right after `@`: kg, lb, %, bpm (the plan\'s units first)', async () => {
        const weight = await complete('monday\n  Squat 4x8 @ 140|\n');
        expect(weight.labels).toEqual(['kg', 'lb', '%', 'bpm']);
        expect(edit(weight.items[0])).toEqual({ range: '1:17-1:17', newText: 'kg' });
        expect(weight.list.isIncomplete).toBe(true);
        expect((await complete('units lb\nmonday\n  Squat 4x8 @ 140|\n')).labels).toEqual(['lb', 'kg', '%', 'bpm']);
        expect((await complete('monday\n  Run 30min @ 150|\n')).labels).toEqual(['bpm', 'W', 'kg', 'lb', '%']);
        const typed = await complete('monday\n  Squat 4x8 @ 140k|\n');
        expect(typed.labels).toEqual(['kg']);
        expect(edit(typed.items[0])).toEqual({ range: '1:17-1:18', newText: 'kg' });
        // Not after a space, not after a count.
        expect(wordsIn((await complete('monday\n  Squat 4x8 @ 140 |\n')).labels).filter((label) => UNIT_LABELS.includes(label))).toEqual([]);
        expect((await complete('monday\n  Squat 4x8|\n')).items).toEqual([]);
    });

    it('after a cardio amount: easy, moderate, hard and `@`', async () => {
        const { labels, items } = await complete('monday\n  Run 30min |\n');
        expect(labels).toEqual(['easy', 'moderate', 'hard', '@']);
        expect(edit(items[0])).toEqual({ range: '1:12-1:12', newText: 'easy' });
        expect((await complete('monday\n  Run 8x400m |\n')).labels).toEqual(['@', 'easy', 'moderate', 'hard', 'rest']);
        expect((await complete('monday\n  Run 30min h|\n')).labels).toEqual(['hard']);
    });

    it('nowhere else: not in a value being typed, not after a comma, `RPE` or a note, not in comments', async () => {
        for (const marked of [
            'monday\n  Squat |\n', 'monday\n  Squat 4x8, |\n', 'monday\n  Squat 4x8 @ RPE |\n', 'monday\n  Squat 4x|\n',
            'monday\n  Run 30mi|\n', 'monday\n  Squat 4x8 // |\n', 'monday\n  Squat 4x8 "heavy |"\n', 'monday\n  Squat 4x8 rest |\n',
            '/* |*/', 'plan "Week" // |',
        ]) {
            expect((await complete(marked)).items, marked).toEqual([]);
        }
    });
});

describe('options', () => {
    it('space and `@` trigger completion', () => {
        expect(Split.lsp.CompletionProvider!.completionOptions?.triggerCharacters).toEqual([' ', '@']);
    });
});
