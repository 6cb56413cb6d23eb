import type { Lexer } from 'langium';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { MUSCLES, REGION_MUSCLES } from '../../facts/defaults.js';
import { offered, takenWords, wordFor, wordsOf, type Word } from '../../facts/vocabulary.js';
import { keywordItems, wordEntry, type KeywordEntry } from './keyword-items.js';
import { isClosedString, isWordToken, lineTokens, tokenEnd, type LineContext } from './line-context.js';

const MUSCLE_SET = new Set<string>(MUSCLES);

/** A declaration takes one mechanic and one kind: once one is written, the others of its category are not offered. */
const ONE_OF_CATEGORY = new Set(['mechanic', 'kind']);

/**
 * The words of an `exercise "Name" …` line after its name (the body starts at the line's indent): clause keywords,
 * muscles after a clause that takes them (`primary`, `secondary`) and after a comma, a clause's own words (`high`,
 * `low` after `impact`), each clause once.
 */
export function declarationWords(lexer: Lexer, context: LineContext, body: string): { items: CompletionItem[] } | undefined {
    const all = lineTokens(lexer, body);
    const name = all[1];
    if (!name || !isClosedString(name)) return undefined;
    const column = context.indent.length;
    const tokens = all.slice(2);
    // The word at the cursor is the one completed; the ones before it set the state.
    const last = tokens.at(-1);
    const partial = last && tokenEnd(last) === body.length && isWordToken(last) ? tokens.pop()! : undefined;
    const typedFrom = partial?.startOffset ?? body.length;
    const used = new Set<string>();
    const muscles = new Set<string>();
    let takes: Word | undefined;
    let list: Word | undefined;
    let current: Array<{ word: string; column: number }> = [];
    for (const token of tokens) {
        const word = token.image.toLowerCase();
        if (word === ',') {
            if (list) takes = list;
            current = [];
            continue;
        }
        if (takesMuscles(takes) && isMusclePrefix([...current.map((entry) => entry.word), word])) {
            current.push({ word, column: column + token.startOffset });
            const muscle = current.map((entry) => entry.word).join(' ');
            if (MUSCLE_SET.has(muscle)) muscles.add(muscle);
            continue;
        }
        if (takes && !takesMuscles(takes) && (token.tokenType.name === 'STRING' || takenWords(takes).some((taken) => taken.keyword === word))) {
            takes = undefined;
            continue;
        }
        const clause = wordFor(word, 'clause', 'mechanic', 'kind');
        takes = clause?.category === 'clause' ? clause : undefined;
        // A clause whose usage is a list goes on after a comma: `primary chest, triceps`, `alias "A", "B"`.
        list = takes?.syntax.includes(',') ? takes : undefined;
        current = [];
        if (clause) used.add(ONE_OF_CATEGORY.has(clause.category) ? clause.category : clause.keyword);
    }
    const tail = /^[A-Za-z0-9\u00C0-\u024F'’-]*/.exec(context.after)![0];
    const end = context.before.length + tail.length;
    const head = body.slice(0, typedFrom);
    const separated = /\s$/.test(head);
    const typing = current.map((entry) => entry.word).join(' ');

    if (takesMuscles(takes) && (current.length === 0 ? separated || /,[ \t]*$/.test(head) : !MUSCLE_SET.has(typing))) {
        // The muscle being typed may span words ("lower b"): the edit covers all of them.
        const start = current.length ? current[0].column : column + typedFrom;
        const entries = MUSCLES.filter((muscle) => !muscles.has(muscle)).map((muscle): KeywordEntry => ({
            label: muscle, kind: CompletionItemKind.EnumMember, insert: muscle, documentation: `**${muscle}**: ${regionOf(muscle)}`,
        }));
        return { items: keywordItems(entries, context.before.slice(start), context.range(start, end)) };
    }
    if (!separated) return undefined;
    const range = context.range(column + typedFrom, end);
    const typed = partial?.image ?? '';
    // After a whole muscle, the next clause; after `alias`, a string (nothing to offer).
    if (takes && !takesMuscles(takes)) {
        const words = takenWords(takes);
        return words.length ? { items: keywordItems(words.map(wordEntry), typed, range) } : undefined;
    }
    const clauses = wordsOf('clause', 'mechanic', 'kind').filter((word) => offered(word) && !used.has(ONE_OF_CATEGORY.has(word.category) ? word.category : word.keyword));
    return { items: keywordItems(clauses.map(wordEntry), typed, range) };
}

function takesMuscles(clause: Word | undefined): boolean {
    return clause?.takes?.includes('muscle') ?? false;
}

function isMusclePrefix(words: readonly string[]): boolean {
    return MUSCLES.some((muscle) => {
        const parts = muscle.split(' ');
        return words.length <= parts.length && words.every((word, index) => parts[index] === word);
    });
}

function regionOf(muscle: string): string {
    return Object.entries(REGION_MUSCLES).find(([, members]) => (members as readonly string[]).includes(muscle))?.[0] ?? 'no region';
}
