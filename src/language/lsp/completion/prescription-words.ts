import type { IToken } from 'chevrotain';
import { GrammarAST, type Grammar, type Lexer } from 'langium';
import { findNextFeatures, type NextFeature } from 'langium/lsp';
import type { CompletionItem } from 'vscode-languageserver';
import { UNIT_CATEGORIES, offered, wordFor, type Word, type WordCategory } from '../../facts/vocabulary.js';
import type { ExerciseKind } from '../../model/exercise-info.js';
import { keywordItems, wordEntry } from './keyword-items.js';
import { isWordToken, lineTokens, tokenEnd, type LineContext } from './line-context.js';

/** The words of a prescription completion offers, after a space; units are written right after their number instead. */
const SPACED_CATEGORIES: readonly WordCategory[] = ['set', 'load', 'scale', 'zone', 'percent-of', 'effort', 'modifier', 'modifier-argument'];
const LOAD_UNIT_CATEGORIES: readonly WordCategory[] = ['weight-unit', 'load-unit'];

/** Stands for the item's name, whatever it is: a string is a whole name, so the grammar reads the rest as the prescription. */
const NAME = '""';

/**
 * The words that may come next in an item's prescription, asked of the grammar itself: Langium's follow-element
 * computation (the machinery of its DefaultCompletionProvider) runs the Item rule over the line's tokens, so a keyword
 * added to the grammar is offered wherever the grammar takes it. The vocabulary then decides which of them to offer:
 * its category (no `,` or `-`), the exercise kinds it is for, a modifier of sets only after set groups, and a
 * modifier once.
 */
export class PrescriptionWords {
    private readonly lexer: Lexer;
    private readonly start: NextFeature;

    constructor(lexer: Lexer, grammar: Grammar) {
        this.lexer = lexer;
        this.start = startOfItem(grammar);
    }

    /**
     * Completion at the end of `prescription` (the line after the name, up to the cursor, which starts at column
     * `column`); `kind` is the exercise's when known, `units` the plan's.
     */
    complete(context: LineContext, prescription: string, column: number, kind: ExerciseKind | undefined, units: string)
        : { items: CompletionItem[]; incomplete?: boolean } | undefined {
        const text = `${NAME}${prescription}`;
        const tokens = lineTokens(this.lexer, text);
        const last = tokens.at(-1);
        // The word at the cursor is the one completed; the tokens before it say what comes next.
        const partial = last && tokenEnd(last) === text.length && last.tokenType.name !== 'TIMES'
            && (isWordToken(last) || wordFor(last.image, ...UNIT_CATEGORIES)) ? last : undefined;
        const read = partial ? tokens.slice(0, -1) : tokens;
        const previous = read.at(-1);
        if (!previous) return undefined;
        const typedFrom = partial?.startOffset ?? text.length;
        const glued = tokenEnd(previous) === typedFrom;
        const typed = partial?.image ?? '';
        const tail = /^[A-Za-z0-9\u00C0-\u024F'’%-]*/.exec(context.after)![0];
        const range = context.range(column + typedFrom - NAME.length, context.before.length + tail.length);

        const next = this.nextKeywords(read);
        const groups = read.some((token) => token.tokenType.name === 'TIMES');
        const forKind = (word: Word) => offered(word) && (kind === undefined || !word.kinds || word.kinds.includes(kind));
        if (glued && previous.tokenType.name === 'NUMBER') {
            // A unit right after its number: a load's while it is typed (`140k`); a duration's or distance's only
            // before (`30mi` is already being written) and only for an exercise known to take one, since a bare
            // number after an unknown name may be a set count.
            const loadUnits = next.filter((word) => LOAD_UNIT_CATEGORIES.includes(word.category) && forKind(word));
            if (loadUnits.length) {
                // The plan's own unit first, but a heart rate first for cardio.
                const ordered = madeFirst(kind === 'cardio' ? loadUnits : [...loadUnits].sort((a, b) => Number(b.keyword === units) - Number(a.keyword === units)), kind);
                return { items: keywordItems(ordered.map(wordEntry), typed, range), incomplete: true };
            }
            if (typed || kind === undefined) return undefined;
            const quantityUnits = next.filter((word) => ['time-unit', 'distance-unit'].includes(word.category) && forKind(word));
            return quantityUnits.length ? { items: keywordItems(madeFirst(quantityUnits, kind).map(wordEntry), typed, range) } : undefined;
        }
        // Right after `@` the load gets its space: `@ RPE`; glued to anything else, a value is being written.
        const afterAt = glued && previous.image === '@';
        if (glued && !afterAt) return undefined;

        const used = new Set(read.map((token) => token.image.toLowerCase()));
        let words = next.filter((word) => SPACED_CATEGORIES.includes(word.category) && forKind(word)
            && !(word.ofSets && !groups) && !(word.category === 'modifier' && used.has(word.keyword)));
        words = madeFirst(words, kind);
        // A single duration or distance is usually given an effort word, repeats a target: efforts first there.
        if (!groups) words = [...words.filter((word) => word.category === 'effort'), ...words.filter((word) => word.category !== 'effort')];
        if (!words.length) return undefined;
        const entries = words.map(wordEntry).map((entry) => (afterAt ? { ...entry, insert: ` ${entry.insert}` } : entry));
        return { items: keywordItems(entries, typed, range) };
    }

    /** The vocabulary's words for the keywords the grammar takes after these tokens, in the grammar's order. */
    private nextKeywords(tokens: IToken[]): Word[] {
        const keywords = new Set(findNextFeatures([[this.start]], tokens)
            .map((next) => next.feature)
            .filter(GrammarAST.isKeyword)
            .map((keyword) => keyword.value));
        return [...keywords].flatMap((keyword) => {
            const word = wordFor(keyword, ...SPACED_CATEGORIES, ...UNIT_CATEGORIES);
            return word ? [word] : [];
        });
    }
}

/**
 * Words made for another kind than the exercise's after the others, where some are made for it: for cardio, zones
 * before RPE and `bpm` before `kg`; otherwise the grammar's order.
 */
function madeFirst(words: readonly Word[], kind: ExerciseKind | undefined): Word[] {
    const elsewhere = (word: Word) => word.kinds !== undefined && word.kinds[0] !== kind;
    if (kind === undefined || !words.some((word) => word.kinds?.[0] === kind)) return [...words];
    return [...words.filter((word) => !elsewhere(word)), ...words.filter(elsewhere)];
}

/** Where Langium's completion starts a rule: an empty group before a call of it (as its DefaultCompletionProvider does). */
function startOfItem(grammar: Grammar): NextFeature {
    const item = grammar.rules.find((rule) => rule.name === 'Item');
    if (!GrammarAST.isParserRule(item)) throw new Error('The grammar has no Item rule');
    const start = { $type: 'Group', elements: [] } as unknown as GrammarAST.Group;
    const call = { $type: 'RuleCall', rule: { ref: item, $refText: item.name }, arguments: [] } as unknown as GrammarAST.RuleCall;
    const group = { $type: 'Group', elements: [start, call] } as unknown as GrammarAST.Group;
    Object.assign(start, { $container: group });
    Object.assign(call, { $container: group });
    return { feature: start };
}
