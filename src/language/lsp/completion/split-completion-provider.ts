import type { IToken } from 'chevrotain';
import { CstUtils, type Grammar, type LangiumDocument, type LangiumParser, type Lexer, type MaybePromise } from 'langium';
import type { CompletionProvider, CompletionProviderOptions } from 'langium/lsp';
import { CompletionItemKind, CompletionList, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import { isExercise, isPlan, type Plan } from '../../generated/ast.js';
import { DEFAULTS, type Goal } from '../../facts/defaults.js';
import { isWordOf, offered, takenWords, wordDetail, wordDocumentation, wordFor, wordsOf, type Word } from '../../facts/vocabulary.js';
import { exerciseInfo, type ExerciseKind } from '../../model/exercise-info.js';
import type { SplitScopeProvider } from '../../references/split-scope-provider.js';
import { goalChangesText } from '../../rules/goals.js';
import type { SplitLspServices } from '../../split-lsp-module.js';
import { declarationWords } from './declaration-words.js';
import { exerciseNameItems } from './exercise-names.js';
import { keywordItems, wordEntry, type KeywordEntry } from './keyword-items.js';
import { isClosedString, isWordToken, lineContext, lineTokens, tokenEnd, type LineContext } from './line-context.js';
import { PrescriptionWords } from './prescription-words.js';

type Completion = { items: CompletionItem[]; incomplete?: boolean };

/**
 * Completion (SPEC §7), read from the line being typed: the language is line-oriented, and a line being typed rarely
 * parses, so the context is the line's tokens up to the cursor (comments blanked out, lexed by the grammar's lexer)
 * and whether the line lies inside a session. The words come from the vocabulary (facts/vocabulary.ts).
 * - an item line's name: the exercises in scope (own, imported, built-in) and their aliases, ranked by a fuzzy match;
 * - a line's first word: weekdays and header keywords;
 * - after a header keyword, a weekday, and in `exercise` declarations: the words they take;
 * - in a prescription: what the grammar takes next there (see PrescriptionWords), and units after a number.
 */
export class SplitCompletionProvider implements CompletionProvider {
    readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [' ', '@'] };

    private readonly scopeProvider: SplitScopeProvider;
    private readonly parser: LangiumParser;
    private readonly lexer: Lexer;
    private readonly prescriptionWords: PrescriptionWords;
    private snippets = true;

    constructor(services: SplitLspServices) {
        this.scopeProvider = services.references.ScopeProvider;
        this.parser = services.parser.LangiumParser;
        this.lexer = services.parser.Lexer;
        this.prescriptionWords = new PrescriptionWords(this.lexer, services.Grammar as Grammar);
        services.shared.lsp.LanguageServer.onInitialize((params) => {
            this.snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport ?? false;
        });
    }

    getCompletion(document: LangiumDocument, params: CompletionParams): MaybePromise<CompletionList | undefined> {
        const context = lineContext(document, params.position);
        if (!context) return undefined;
        const plan = document.parseResult.value;
        if (!isPlan(plan)) return undefined;
        const found = this.complete(context, plan);
        if (!found) return undefined;
        return CompletionList.create(found.items, found.incomplete ?? false);
    }

    private complete(context: LineContext, plan: Plan): Completion | undefined {
        if (context.inComment) return undefined;
        const { before, indent } = context;
        const body = before.slice(indent.length);
        const tokens = lineTokens(this.lexer, body);
        const [first] = tokens;

        // A statement's own words: `goal …`, `units …`, `exercise "…" …`, `monday "…" …`.
        const statement = first && /^[ \t]/.test(body.slice(tokenEnd(first))) ? wordFor(first.image, 'header', 'declaration', 'weekday') : undefined;
        if (statement) {
            if (context.inString) return undefined;
            return this.statementWords(context, statement, body, tokens.slice(1));
        }

        if (context.inString) {
            // Only a quoted exercise name being typed at the start of an item line.
            const typingName = tokens.length === 1 && first.tokenType.name === 'STRING' && tokenEnd(first) === body.length;
            if (context.inSession && typingName) return exerciseNameItems(this.scopeProvider, this.parser, context, plan, indent.length);
            return undefined;
        }

        if (body === '' || (tokens.length === 1 && isWordToken(first) && tokenEnd(first) === body.length)) {
            if (context.inSession && indent.length > 0) return exerciseNameItems(this.scopeProvider, this.parser, context, plan, indent.length);
            if (indent.length > 0 && !context.beforeFirstSession) return undefined;
            return { items: this.lineStarts(context, plan) };
        }

        if (!context.inSession || !first) return undefined;
        return this.itemWords(context, plan, body, tokens);
    }

    // ---- the first word of a line ----

    private lineStarts(context: LineContext, plan: Plan): CompletionItem[] {
        const typed = context.before.slice(context.indent.length);
        const tail = /^[A-Za-z0-9\u00C0-\u024F'’-]*/.exec(context.after)![0];
        const range = context.range(context.indent.length, context.before.length + tail.length);
        // Header statements come before the first session, each once (`import` many); declarations and sessions anywhere.
        const present = headerKeywordsIn(plan, context.line);
        const headers = wordsOf('header', 'declaration')
            .filter((word) => word.category === 'declaration' || (context.beforeFirstSession && (word.keyword === 'import' || !present.has(word.keyword))))
            .map((word) => this.snippetOr(word, { label: word.keyword, kind: CompletionItemKind.Keyword, detail: wordDetail(word), insert: `${word.keyword} ` }));
        const days = wordsOf('weekday').filter(offered).flatMap((day): KeywordEntry[] => {
            const documentation = wordDocumentation(day);
            const plain: KeywordEntry = { label: day.keyword, kind: CompletionItemKind.Keyword, insert: day.keyword, detail: 'weekday', documentation };
            if (!this.snippets || !day.snippet) return [plain];
            return [{
                label: `${day.keyword} "Title"`, kind: CompletionItemKind.Snippet, filter: day.keyword, insert: day.snippet, snippet: true,
                detail: 'a session', documentation,
            }, plain];
        });
        const entries = context.beforeFirstSession ? [...headers, ...days] : [...days, ...headers];
        return keywordItems(entries, typed, range);
    }

    // ---- a statement's words ----

    private statementWords(context: LineContext, statement: Word, body: string, rest: readonly IToken[]): Completion | undefined {
        if (statement.category === 'declaration') return declarationWords(this.lexer, context, body);
        const last = rest.at(-1);
        const partial = last && tokenEnd(last) === body.length && isWordToken(last) ? last : undefined;
        const before = partial ? rest.slice(0, -1) : rest;
        const tail = /^[A-Za-z0-9\u00C0-\u024F'’-]*/.exec(context.after)![0];
        const start = context.indent.length + (partial?.startOffset ?? body.length);
        const range = context.range(start, context.before.length + tail.length);
        const words = (entries: KeywordEntry[]) => ({ items: keywordItems(entries, partial?.image ?? '', range) });

        if (statement.category === 'header') {
            // The first word after the keyword, of what it takes.
            if (before.length > 0) return undefined;
            return words(takenWords(statement).map((word) => word.category === 'goal' ? goalEntry(word) : wordEntry(word)));
        }
        // Right after the weekday, or after its title and a space; a rest day has no title to give.
        const titled = before.length === 1 && isClosedString(before[0])
            && tokenEnd(before[0]) < (partial?.startOffset ?? body.length);
        if (before.length > 0 && !titled) return undefined;
        return words(wordsOf('session')
            .filter((word) => offered(word) && !(titled && word.keyword === 'rest'))
            .map((word) => (word.snippet ? this.snippetOr(word, { ...wordEntry(word), detail: wordDetail(word) }) : wordEntry(word))));
    }

    // ---- prescriptions ----

    private itemWords(context: LineContext, plan: Plan, body: string, tokens: readonly IToken[]): Completion | undefined {
        const nameStart = context.indent.length;
        let name: string;
        let nameEnd: number;
        if (tokens[0].tokenType.name === 'STRING') {
            name = tokens[0].image.replace(/^"|"$/g, '');
            nameEnd = tokenEnd(tokens[0]);
        } else {
            const words = tokens.findIndex((token) => !isWordToken(token));
            if (words === 0) return undefined;
            if (words === -1) return exerciseNameItems(this.scopeProvider, this.parser, context, plan, nameStart);
            name = body.slice(0, tokenEnd(tokens[words - 1]));
            nameEnd = tokenEnd(tokens[words - 1]);
        }
        return this.prescriptionWords.complete(context, body.slice(nameEnd), nameStart + nameEnd, this.kindOf(plan, name), planUnits(plan));
    }

    private kindOf(plan: Plan, name: string): ExerciseKind | undefined {
        const node = this.scopeProvider.exerciseScope(plan).getElement(name)?.node;
        return isExercise(node) ? exerciseInfo(node).kind : undefined;
    }

    // ---- completion items ----

    /** The word's snippet where the editor takes snippets, else the plain entry. */
    private snippetOr(word: Word, plain: KeywordEntry): KeywordEntry {
        const entry = { ...plain, documentation: wordDocumentation(word) };
        return this.snippets && word.snippet ? { ...entry, insert: word.snippet, snippet: true, command: undefined } : entry;
    }
}

/** A goal with what it changes in the rules (rules/goals.ts). */
function goalEntry(word: Word): KeywordEntry {
    return { ...wordEntry(word), documentation: `${wordDocumentation(word)} Rules: ${goalChangesText(word.keyword as Goal)}.` };
}

/** The header keywords the plan holds, but on the line being typed. */
function headerKeywordsIn(plan: Plan, exceptLine: number): Set<string> {
    const present = new Set<string>();
    for (const statement of plan.statements) {
        const node = statement.$cstNode;
        if (!node || node.range.start.line === exceptLine) continue;
        const keyword = CstUtils.flattenCst(node).find((leaf) => !leaf.hidden)?.text;
        if (keyword && isWordOf(keyword, 'header')) present.add(keyword.toLowerCase());
    }
    return present;
}

/** The plan's `units`, lower case: its weight unit comes first after a load's number. */
function planUnits(plan: Plan): string {
    const units = plan.statements.find((statement) => statement.$type === 'UnitsStatement') as { units?: string } | undefined;
    const written = units?.units && wordFor(units.units, 'weight-unit');
    return written ? (written.spellingOf ?? written.keyword) : DEFAULTS.units;
}
