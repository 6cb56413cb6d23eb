import { AstUtils, GrammarAST } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordFor } from '../../../../src/language/facts/vocabulary.js';
import { SplitGrammar } from '../../../../src/language/generated/grammar.js';
import type { SplitLspServices } from '../../../../src/language/split-lsp-module.js';
import { lspServices, openDocument } from '../lsp-services.js';

// Every modifier, unit, load word and effort of the grammar (read from the grammar, not from the vocabulary) is
// offered by completion at a place where it fits; a word the vocabulary calls another spelling (`lbs`, `sec`) is not.

let Split: SplitLspServices;

beforeAll(async () => {
    Split = await lspServices();
});

const grammar = SplitGrammar();

function keywordsOf(ruleName: string): string[] {
    const rule = grammar.rules.find((candidate) => candidate.name === ruleName);
    if (!GrammarAST.isParserRule(rule)) throw new Error(`no parser rule ${ruleName}`);
    return AstUtils.streamAllContents(rule.definition).filter(GrammarAST.isKeyword).map((keyword) => keyword.value.toLowerCase()).toArray();
}

/** The first keyword of each rule Modifier calls: `drop`, `rest-pause`, `rest` (a note has none). */
function modifiers(): string[] {
    const definition = grammar.rules.find((rule) => rule.name === 'Modifier') as GrammarAST.ParserRule;
    return (definition.definition as GrammarAST.Alternatives).elements
        .map((element) => (element as GrammarAST.RuleCall).rule.ref!.name)
        .map((name) => keywordsOf(name)[0])
        .filter((keyword) => keyword !== undefined);
}

/** The labels offered at `|` in each text, lower case. */
async function offeredAt(...marked: string[]): Promise<Set<string>> {
    const labels = new Set<string>();
    for (const text of marked) {
        const offset = text.indexOf('|');
        const document = await openDocument(Split, text.replace('|', ''));
        const list = await Split.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset),
        });
        for (const item of list?.items ?? []) labels.add(item.label.toLowerCase());
    }
    return labels;
}

const PLAN = 'exercise "Sled Drag" primary quadriceps cardio\nmonday\n';

/** The grammar's words of a rule, but other spellings. */
const offeredWordsOf = (...rules: string[]) => rules.flatMap(keywordsOf).filter((keyword) => !wordFor(keyword)?.spellingOf);

describe('completion offers the grammar\'s words where they fit', () => {
    it('every modifier, after set groups of a strength or a cardio exercise', async () => {
        const offered = await offeredAt(`${PLAN}  Squat 4x8 |\n`, `${PLAN}  Run 8x400m |\n`, `${PLAN}  Sled Drag 4x20m |\n`);
        expect(modifiers().length).toBeGreaterThan(0);
        expect(modifiers().filter((modifier) => !offered.has(modifier))).toEqual([]);
    });

    it('every unit of a load, right after its number', async () => {
        const offered = await offeredAt(`${PLAN}  Squat 4x8 @ 140|\n`, `${PLAN}  Run 30min @ 150|\n`);
        expect(offeredWordsOf('WeightUnit', 'LoadUnit').filter((unit) => !offered.has(unit))).toEqual([]);
        expect(offered.has('lbs')).toBe(false);
    });

    it('every unit of a duration or distance, right after the number of a cardio exercise', async () => {
        const offered = await offeredAt(`${PLAN}  Run 30|\n`, `${PLAN}  Run 8x400|\n`);
        expect(offeredWordsOf('QuantityUnit').filter((unit) => !offered.has(unit))).toEqual([]);
        expect([...offered].filter((label) => ['sec', 'hr'].includes(label))).toEqual([]);
    });

    it('every weight unit after `units`, every goal after `goal`', async () => {
        expect([...await offeredAt('units |')]).toEqual(offeredWordsOf('WeightUnit'));
        expect([...await offeredAt('goal |')]).toEqual(keywordsOf('Goal'));
    });

    it('every scale and zone after `@`, every effort after a cardio amount', async () => {
        const loads = await offeredAt(`${PLAN}  Mystery Move 4x8 @ |\n`);
        expect([...keywordsOf('ScaleLoad'), ...keywordsOf('ZoneLoad')].filter((word) => word !== '-' && !loads.has(word))).toEqual([]);
        const efforts = await offeredAt(`${PLAN}  Run 30min |\n`);
        expect(keywordsOf('Effort').filter((effort) => !efforts.has(effort))).toEqual([]);
    });
});
