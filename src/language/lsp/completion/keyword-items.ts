import { CompletionItemKind, InsertTextFormat, MarkupKind, type Command, type CompletionItem, type Range } from 'vscode-languageserver';
import { wordDocumentation, writtenWord, type Word, type WordCategory } from '../../facts/vocabulary.js';
import { fuzzyMatcher } from './fuzzy-match.js';

/** A keyword-like completion: a vocabulary word, a weekday's snippet, a muscle. */
export interface KeywordEntry {
    readonly label: string;
    readonly kind: CompletionItemKind;
    readonly insert: string;
    readonly filter?: string;
    readonly detail?: string;
    readonly documentation?: string;
    readonly snippet?: boolean;
    readonly command?: Command;
}

/** Asks the editor for completion again, after a word whose argument completion offers. */
const TRIGGER_SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

const ITEM_KINDS: Readonly<Record<WordCategory, CompletionItemKind>> = {
    header: CompletionItemKind.Keyword, declaration: CompletionItemKind.Keyword, clause: CompletionItemKind.Keyword,
    mechanic: CompletionItemKind.Keyword, kind: CompletionItemKind.Keyword, impact: CompletionItemKind.EnumMember,
    weekday: CompletionItemKind.Keyword, session: CompletionItemKind.Keyword, goal: CompletionItemKind.EnumMember,
    set: CompletionItemKind.Keyword, load: CompletionItemKind.Operator, scale: CompletionItemKind.Unit, zone: CompletionItemKind.Unit,
    effort: CompletionItemKind.Keyword, modifier: CompletionItemKind.Keyword, 'modifier-argument': CompletionItemKind.Keyword,
    'weight-unit': CompletionItemKind.Unit, 'load-unit': CompletionItemKind.Unit, 'time-unit': CompletionItemKind.Unit,
    'distance-unit': CompletionItemKind.Unit, 'percent-of': CompletionItemKind.Unit, operator: CompletionItemKind.Operator,
    separator: CompletionItemKind.Operator,
};

/**
 * A vocabulary word as written, with its documentation; a word whose usage goes on (`drop 4-5`, `@ 140kg`, not
 * `rest-pause [15s]`) gets its space, and the editor asks again where completion offers what it takes.
 */
export function wordEntry(word: Word): KeywordEntry {
    const written = writtenWord(word);
    const goesOn = word.syntax.length > written.length && !word.syntax.slice(written.length).startsWith(' [');
    return {
        label: written,
        kind: ITEM_KINDS[word.category],
        insert: goesOn ? `${written} ` : written,
        documentation: wordDocumentation(word),
        command: goesOn && word.takes ? TRIGGER_SUGGEST : undefined,
    };
}

/** Keyword-like entries that match what is typed, best match first, then in the order given. */
export function keywordItems(entries: readonly KeywordEntry[], typed: string, range: Range): CompletionItem[] {
    const matches = fuzzyMatcher(typed);
    return entries
        .map((entry, index) => ({ entry, index, score: matches(entry.filter ?? entry.label) }))
        .filter((scored) => scored.score !== undefined)
        .sort((a, b) => b.score! - a.score! || a.index - b.index)
        .map(({ entry }, rank): CompletionItem => ({
            label: entry.label,
            kind: entry.kind,
            detail: entry.detail,
            documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
            sortText: sortKey(rank),
            filterText: entry.filter ?? entry.label,
            insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            textEdit: { range, newText: entry.insert },
            command: entry.command,
        }));
}

/** The editor sorts by this text: the rank, zero-padded. */
export function sortKey(rank: number): string {
    return String(rank).padStart(5, '0');
}
