import { AstUtils, GrammarAST, type LangiumDocument, type LangiumParser, type MaybePromise } from 'langium';
import type { CompletionProvider, CompletionProviderOptions } from 'langium/lsp';
import {
    CompletionItemKind, CompletionList, InsertTextFormat, MarkupKind,
    type Command, type CompletionItem, type CompletionParams, type Range,
} from 'vscode-languageserver';
import { isExercise, isItem, isPlan, isSession, type Exercise, type Plan } from '../generated/ast.js';
import { GOALS, MUSCLES, WEEKDAYS } from '../facts/defaults.js';
import { exerciseInfo, type ExerciseInfo } from '../model/exercise-info.js';
import { isBuiltin } from '../library/builtin-library.js';
import { lineEndAt } from '../utils/text-lines.js';
import { escapeMarkdown } from '../../words/escapes.js';
import { capitalize } from '../../words/words.js';
import type { ExerciseScope, SplitScopeProvider } from '../references/split-scope-provider.js';
import type { SplitLspServices } from '../split-lsp-module.js';

/**
 * Completion (SPEC §7), read from the text of the line being typed: the language is line-oriented, and a line being
 * typed rarely parses, so the context is the line's words up to the cursor (comments blanked out) and whether the
 * line lies inside a session.
 * - an item line's name: the exercises in scope (own, imported, built-in) and their aliases, ranked by a fuzzy match;
 * - a line's first word: weekdays and header keywords;
 * - after `goal`, `units`, a weekday, and in `exercise` declarations: their words (goals, units, muscles, clauses);
 * - in a prescription: `each`, `@`, loads, units, intensities and modifiers where the grammar takes them.
 */
export class SplitCompletionProvider implements CompletionProvider {
    readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [' ', '@'] };

    private readonly scopeProvider: SplitScopeProvider;
    private readonly parser: LangiumParser;
    private readonly unquoted = new Map<string, boolean>();
    /** The grammar's keywords, lower case: a name of other words always parses unquoted. */
    private readonly keywords: ReadonlySet<string>;
    private snippets = true;

    constructor(services: SplitLspServices) {
        this.scopeProvider = services.references.ScopeProvider;
        this.parser = services.parser.LangiumParser;
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map((keyword) => keyword.value.toLowerCase()));
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

    private complete(context: LineContext, plan: Plan): { items: CompletionItem[]; incomplete?: boolean } | undefined {
        const { before, indent } = context;
        const body = before.slice(indent.length);
        if (context.inComment) return undefined;

        // A statement's own words: `goal …`, `units …`, `exercise "…" …`, `monday "…" …`.
        const statement = /^([A-Za-z]+)([ \t]+)/.exec(body);
        const keyword = statement?.[1].toLowerCase();
        if (statement && keyword && (HEADER_KEYWORDS.has(keyword) || WEEKDAY_WORDS.has(keyword))) {
            if (context.inString) return undefined;
            return this.statementWords(context, keyword, body.slice(statement[0].length));
        }

        if (context.inString) {
            // Only a quoted exercise name being typed at the start of an item line.
            if (context.inSession && /^"[^"]*$/.test(body)) return this.exerciseNames(context, plan, indent.length);
            return undefined;
        }

        if (/^(?:[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*)?$/.test(body)) {
            if (context.inSession && indent.length > 0) return this.exerciseNames(context, plan, indent.length);
            if (indent.length > 0 && !context.beforeFirstSession) return undefined;
            return { items: this.lineStarts(context, plan) };
        }

        if (!context.inSession) return undefined;
        return this.itemWords(context, plan, body);
    }

    // ---- exercise names ----

    private exerciseNames(context: LineContext, plan: Plan, nameStart: number): { items: CompletionItem[]; incomplete: boolean } {
        const typed = context.before.slice(nameStart);
        const quoted = typed.startsWith('"');
        const query = typed.replace(/^"/, '');
        // The edit replaces the words typed so far and the rest of the word (and closing quote) after the cursor.
        const tail = quoted ? /^[^"]*"?/.exec(context.after)![0] : /^[A-Za-z0-9\u00C0-\u024F'’-]*/.exec(context.after)![0];
        const range = context.range(nameStart, context.before.length + tail.length);
        const followedBySpace = /^[ \t]/.test(context.after.slice(tail.length));

        const scope = this.scopeProvider.exerciseScope(plan);
        // A known name and a space: the prescription comes next, not a longer name.
        if (/\s$/.test(query) && query.trim() && scope.getElement(query)) return { items: [], incomplete: false };
        const own = AstUtils.getDocument(plan).uri.toString();
        const matches = fuzzyMatcher(query);
        const candidates: Candidate[] = [];
        let order = 0;
        for (const description of scope.getAllElements()) {
            const node = description.node;
            if (!isExercise(node)) continue;
            const info = exerciseInfo(node);
            const uri = AstUtils.getDocument(node).uri;
            const group = uri.toString() === own ? 0 : isBuiltin(uri) ? 2 : 1;
            const index = order++;
            const aliases = info.aliases.filter((alias) => resolvesTo(scope, alias, node));
            const nameScore = matches(info.name);
            let aliasBest: number | undefined;
            let aliasBestText: string | undefined;
            aliases.forEach((alias, position) => {
                const score = matches(alias);
                if (score !== undefined && (aliasBest === undefined || score > aliasBest)) {
                    aliasBest = score;
                    aliasBestText = alias;
                }
                // Aliases only once something is typed: the empty list stays one entry per exercise.
                if (score !== undefined && query.trim()) {
                    candidates.push({ info, text: alias, alias: true, score, group, index, position: position + 1 });
                }
            });
            const score = Math.max(nameScore ?? -Infinity, aliasBest ?? -Infinity);
            if (score === -Infinity) continue;
            // Matched through an alias only: the editor's own filter must find that alias in the filter text.
            const filterExtra = nameScore === undefined || (aliasBest !== undefined && aliasBest > nameScore) ? aliasBestText : undefined;
            candidates.push({ info, text: info.name, alias: false, score, group, index, position: 0, filterExtra });
        }
        candidates.sort((a, b) => b.score - a.score || a.group - b.group || a.index - b.index || a.position - b.position);

        const items = candidates.map((candidate, rank): CompletionItem => {
            const { info, text } = candidate;
            const written = quoted || !this.parsesUnquoted(text) ? `"${text}"` : text;
            const newText = followedBySpace ? written : `${written} `;
            const filterText = `${quoted ? '"' : ''}${text}${candidate.filterExtra ? ` ${candidate.filterExtra}` : ''}`;
            return {
                label: text,
                kind: candidate.alias ? CompletionItemKind.Reference : CompletionItemKind.Function,
                detail: candidate.alias ? `→ ${info.name}` : muscleLine(info),
                documentation: { kind: MarkupKind.Markdown, value: exerciseDocumentation(info, candidate.group, candidate.alias ? text : undefined) },
                sortText: sortKey(rank),
                filterText,
                textEdit: { range, newText },
            };
        });
        // Without a query the list holds no aliases: ask again once something is typed.
        return { items, incomplete: !query.trim() };
    }

    /** Whether a name parses as the unquoted name of an item (no weekday or header keyword in it, no `X 4x8` …). */
    private parsesUnquoted(name: string): boolean {
        let parses = this.unquoted.get(name);
        if (parses === undefined && /^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*(?: [A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*)*$/.test(name)
            && name.split(' ').every((word) => !this.keywords.has(word.toLowerCase()) && !/^[x×]$/i.test(word))) {
            parses = true;
            this.unquoted.set(name, parses);
        }
        if (parses === undefined) {
            const result = this.parser.parse(`monday\n  ${name} 4x8\n`);
            const session = isPlan(result.value) ? result.value.statements[0] : undefined;
            const item = isSession(session) ? session.items[0] : undefined;
            parses = result.lexerErrors.length === 0 && result.parserErrors.length === 0 && isItem(item)
                && item.exercise.$refText.replace(/\s+/g, ' ') === name.replace(/\s+/g, ' ');
            this.unquoted.set(name, parses);
        }
        return parses;
    }

    // ---- the first word of a line ----

    private lineStarts(context: LineContext, plan: Plan): CompletionItem[] {
        const typed = context.before.slice(context.indent.length);
        const tail = /^[A-Za-z0-9\u00C0-\u024F'’-]*/.exec(context.after)![0];
        const range = context.range(context.indent.length, context.before.length + tail.length);
        // Header statements come before the first session, each once (`import` many); declarations and sessions anywhere.
        const present = headerKeywordsIn(plan, context.line);
        const headers = HEADERS
            .filter((header) => header.keyword === 'exercise' || (context.beforeFirstSession && (header.keyword === 'import' || !present.has(header.keyword))))
            .map((header) => this.snippetOr({
                label: header.keyword,
                kind: CompletionItemKind.Keyword,
                detail: header.detail,
                documentation: header.documentation,
                template: header.snippet,
                plain: `${header.keyword} `,
            }));
        const days: KeywordEntry[] = [];
        for (const day of WEEKDAYS) {
            if (this.snippets) {
                days.push({
                    label: `${day} "Title"`, kind: CompletionItemKind.Snippet, filter: day, insert: `${day} "\${1:Title}"$0`, snippet: true,
                    detail: 'a session', documentation: `**${day} "Title"** — a session on ${capitalize(day)}; its items follow on the next lines, indented. Add \`at HH:MM\` for a start time other than the default.`,
                });
            }
            days.push({
                label: day, kind: CompletionItemKind.Keyword, insert: day,
                detail: 'weekday', documentation: `**${day}** — starts a session on ${capitalize(day)}; \`${day} rest\` marks a rest day.`,
            });
        }
        const entries = context.beforeFirstSession ? [...headers, ...days] : [...days, ...headers];
        return this.keywordItems(entries, typed, range);
    }

    // ---- a statement's words ----

    private statementWords(context: LineContext, keyword: string, rest: string): { items: CompletionItem[] } | undefined {
        const partial = /[A-Za-z][A-Za-z0-9-]*$/.exec(rest)?.[0] ?? '';
        const head = rest.slice(0, rest.length - partial.length);
        const tail = /^[A-Za-z0-9\u00C0-\u024F'’-]*/.exec(context.after)![0];
        const range = context.range(context.before.length - partial.length, context.before.length + tail.length);
        const words = (entries: KeywordEntry[]) => ({ items: this.keywordItems(entries, partial, range) });
        if (keyword === 'goal') return head.trim() ? undefined : words(GOALS.map((goal) => ({ label: goal, kind: CompletionItemKind.EnumMember, insert: goal, documentation: GOAL_DOCS[goal] })));
        if (keyword === 'units') return head.trim() ? undefined : words(UNITS.map((unit) => ({ label: unit, kind: CompletionItemKind.Unit, insert: unit, documentation: UNIT_DOCS[unit] })));
        if (keyword === 'exercise') return this.declarationWords(context, rest);
        if (WEEKDAY_WORDS.has(keyword)) {
            if (!/^(?:|[ \t]*|"[^"]*"[ \t]+)$/.test(head)) return undefined;
            const entries: KeywordEntry[] = [];
            if (!head.trim()) entries.push({ label: 'rest', kind: CompletionItemKind.Keyword, insert: 'rest', documentation: REST_DAY_DOC });
            entries.push(this.snippetOr({
                label: 'at', kind: CompletionItemKind.Keyword, template: 'at ${1:18:00}', plain: 'at ',
                detail: 'at HH:MM', documentation: '**at** HH:MM — the session\'s start time, 24-hour clock; 18:00 when not given.',
            }));
            return words(entries);
        }
        return undefined;
    }

    /** After `exercise "Name"`: clause keywords, muscles after `primary`/`secondary`/a comma, `high`/`low` after `impact`. */
    private declarationWords(context: LineContext, rest: string): { items: CompletionItem[] } | undefined {
        const name = /^"[^"]*"/.exec(rest);
        if (!name) return undefined;
        const clauses = rest.slice(name[0].length);
        const clausesStart = context.before.length - clauses.length;
        const tokens = [...clauses.matchAll(/"[^"]*"?|,|[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*|\S/g)]
            .map((match) => ({ text: match[0], word: match[0].toLowerCase(), column: clausesStart + match.index }));
        // The word at the cursor is the one completed; the ones before it set the state.
        const partial = /[A-Za-z0-9\u00C0-\u024F'’-]$/.test(clauses) ? tokens.pop()!.text : '';
        const head = clauses.slice(0, clauses.length - partial.length);
        const used = new Set<string>();
        const muscles = new Set<string>();
        let state: 'clause' | 'alias' | 'muscles' | 'impact' = 'clause';
        let list: 'alias' | 'muscles' | undefined;
        let current: Array<{ word: string; column: number }> = [];
        for (const token of tokens) {
            if (token.text === ',') {
                if (list) state = list;
                current = [];
                continue;
            }
            if (state === 'muscles' && isMusclePrefix([...current.map((entry) => entry.word), token.word])) {
                current.push(token);
                const muscle = current.map((entry) => entry.word).join(' ');
                if (MUSCLE_SET.has(muscle)) muscles.add(muscle);
                continue;
            }
            if (state === 'alias' && token.text.startsWith('"')) {
                state = 'clause';
                continue;
            }
            if (state === 'impact' && IMPACTS.some((impact) => impact === token.word)) {
                state = 'clause';
                continue;
            }
            state = token.word === 'primary' || token.word === 'secondary' ? 'muscles' : token.word === 'alias' ? 'alias' : token.word === 'impact' ? 'impact' : 'clause';
            list = state === 'muscles' || state === 'alias' ? state : undefined;
            current = [];
            used.add(CLAUSE_GROUP[token.word] ?? token.word);
        }
        const tail = /^[A-Za-z0-9\u00C0-\u024F'’-]*/.exec(context.after)![0];
        const end = context.before.length + tail.length;
        const separated = /\s$/.test(head);
        const typing = current.map((entry) => entry.word).join(' ');

        if (state === 'muscles' && (current.length === 0 ? separated || /,[ \t]*$/.test(head) : !MUSCLE_SET.has(typing))) {
            // The muscle being typed may span words ("lower b"): the edit covers all of them.
            const start = current.length ? current[0].column : context.before.length - partial.length;
            const entries = MUSCLES.filter((muscle) => !muscles.has(muscle)).map((muscle): KeywordEntry => ({
                label: muscle, kind: CompletionItemKind.EnumMember, insert: muscle, documentation: `**${muscle}** — ${MUSCLE_REGION[muscle]}`,
            }));
            return { items: this.keywordItems(entries, context.before.slice(start), context.range(start, end)) };
        }
        if (!separated) return undefined;
        const range = context.range(context.before.length - partial.length, end);
        if (state === 'impact') {
            const entries = IMPACTS.map((impact): KeywordEntry => ({ label: impact, kind: CompletionItemKind.EnumMember, insert: impact, documentation: IMPACT_DOCS[impact] }));
            return { items: this.keywordItems(entries, partial, range) };
        }
        if (state === 'alias') return undefined;
        const entries = CLAUSES.filter((clause) => !used.has(CLAUSE_GROUP[clause.keyword] ?? clause.keyword)).map((clause): KeywordEntry => ({
            label: clause.keyword, kind: CompletionItemKind.Keyword, insert: clause.insert, documentation: clause.documentation,
            command: clause.insert.endsWith(' ') && clause.keyword !== 'alias' ? TRIGGER_SUGGEST : undefined,
        }));
        return { items: this.keywordItems(entries, partial, range) };
    }

    // ---- prescriptions ----

    private itemWords(context: LineContext, plan: Plan, body: string): { items: CompletionItem[]; incomplete?: boolean } | undefined {
        const nameStart = context.indent.length;
        let name: string;
        let presc: string;
        if (body.startsWith('"')) {
            const close = body.indexOf('"', 1);
            name = body.slice(1, close);
            presc = body.slice(close + 1);
        } else {
            const words = /^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*(?:[ \t]+[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*)*/.exec(body);
            if (!words) return undefined;
            if (/^[ \t]*$/.test(body.slice(words[0].length))) return this.exerciseNames(context, plan, nameStart);
            name = words[0];
            presc = body.slice(words[0].length);
        }
        const kind = this.kindOf(plan, name);
        const tail = /^[A-Za-z0-9\u00C0-\u024F'’%-]*/.exec(context.after)![0];
        const end = context.before.length + tail.length;

        // `@ 140|`, `@ 140k|`: the unit of a number right after `@`.
        const unit = /@[ \t]*\d+(?:\.\d+)?([A-Za-z%]*)$/.exec(presc);
        if (unit) {
            const range = context.range(context.before.length - unit[1].length, end);
            const units = kind === 'cardio' ? ['bpm', 'kg', 'lb', '%'] : [...weightUnits(plan), '%', 'bpm'];
            const entries = units.map((text): KeywordEntry => ({ label: text, kind: CompletionItemKind.Unit, insert: text, documentation: LOAD_UNIT_DOCS[text] }));
            return { items: this.keywordItems(entries, unit[1], range), incomplete: true };
        }

        const partialMatch = /[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*$/.exec(presc);
        const partial = partialMatch?.[0] ?? '';
        const head = presc.slice(0, presc.length - partial.length);
        // A word glued to a number is a unit being typed (`30mi`), not a keyword.
        if (/[\d.×]$/.test(head)) return undefined;
        const afterAt = /@[ \t]*$/.test(head);
        if (!afterAt && !/\s$/.test(head)) return undefined;
        const state = prescriptionState(tokenize(head));
        const entries = this.prescriptionEntries(state, kind);
        if (!entries.length) return undefined;
        const start = context.before.length - partial.length;
        // Right after `@`, the load gets its space: `@ RPE`.
        const spaced = afterAt && /@$/.test(head);
        const items = this.keywordItems(spaced ? entries.map((entry) => ({ ...entry, insert: ` ${entry.insert}` })) : entries, partial, context.range(start, end));
        return { items };
    }

    private prescriptionEntries(state: PrescriptionState, kind: ExerciseInfo['kind'] | undefined): KeywordEntry[] {
        const cardio = kind === 'cardio';
        switch (state.at) {
            case 'load': {
                const scales = LOAD_WORDS.filter((entry) => entry.scale);
                const zones = LOAD_WORDS.filter((entry) => !entry.scale);
                const words = kind === undefined ? [...scales, ...zones]
                    : cardio ? [...zones, ...scales.filter((entry) => entry.label === 'RPE')] : scales;
                return words.map((entry) => ({ label: entry.label, kind: CompletionItemKind.Unit, insert: entry.insert, documentation: entry.documentation }));
            }
            case 'group':
            case 'groupLoad': {
                const words: string[] = [];
                if (state.at === 'group' && !state.each && !cardio) words.push('each');
                if (state.at === 'group') words.push('@');
                if (cardio) words.push(...EFFORTS, 'rest');
                else words.push('drop', 'rest-pause', 'rest');
                return words.map(modifierEntry);
            }
            case 'amount':
                return [...EFFORTS, '@'].map(modifierEntry);
            case 'effort':
                return state.groups ? ['rest'].map(modifierEntry) : [];
            case 'modifiers': {
                const words = cardio ? ['rest'] : ['drop', 'rest-pause', 'rest'];
                return words.filter((word) => !state.used.has(word)).map(modifierEntry);
            }
            case 'drop':
                return [{ label: 'last', kind: CompletionItemKind.Keyword, insert: 'last', documentation: '**drop last** — a drop set on the last set.' }];
            default:
                return [];
        }
    }

    private kindOf(plan: Plan, name: string): ExerciseInfo['kind'] | undefined {
        const node = this.scopeProvider.exerciseScope(plan).getElement(name)?.node;
        return isExercise(node) ? exerciseInfo(node).kind : undefined;
    }

    // ---- completion items ----

    private snippetOr(entry: Omit<KeywordEntry, 'insert' | 'snippet'> & { template: string; plain: string }): KeywordEntry {
        const { template, plain, ...rest } = entry;
        return this.snippets ? { ...rest, insert: template, snippet: true } : { ...rest, insert: plain };
    }

    /** Keyword-like entries that match what is typed, best match first, then in the order given. */
    private keywordItems(entries: readonly KeywordEntry[], typed: string, range: Range): CompletionItem[] {
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
}

// ---- the line at the cursor ----

interface LineContext {
    /** The line up to the cursor, comments blanked out. */
    readonly before: string;
    /** The rest of the line after the cursor, comments blanked out. */
    readonly after: string;
    readonly indent: string;
    readonly line: number;
    readonly inComment: boolean;
    readonly inString: boolean;
    /** Whether an earlier line opened a session that this line would belong to. */
    readonly inSession: boolean;
    readonly beforeFirstSession: boolean;
    /** A range on this line between two columns. */
    range(start: number, end: number): Range;
}

function lineContext(document: LangiumDocument, position: { line: number; character: number }): LineContext | undefined {
    const textDocument = document.textDocument;
    const text = textDocument.getText();
    const offset = textDocument.offsetAt(position);
    const lineStart = textDocument.offsetAt({ line: position.line, character: 0 });
    const lineEnd = lineEndAt(text, offset);
    const { code, inComment, inString } = blankComments(text, lineEnd, offset);
    const before = code.slice(lineStart, offset);
    const previous = code.slice(0, lineStart).split(/\r\n|\r|\n/);
    let inSession = false;
    for (let index = previous.length - 1; index >= 0; index--) {
        const first = /^[ \t]*([A-Za-z]+)\b/.exec(previous[index])?.[1]?.toLowerCase();
        if (!first && !previous[index].trim()) continue;
        if (first && WEEKDAY_WORDS.has(first)) { inSession = true; break; }
        if (first && HEADER_KEYWORDS.has(first)) break;
    }
    const beforeFirstSession = !previous.some((line) => WEEKDAY_WORDS.has(/^[ \t]*([A-Za-z]+)\b/.exec(line)?.[1]?.toLowerCase() ?? ''));
    const line = position.line;
    return {
        before,
        after: code.slice(offset, lineEnd),
        indent: /^[ \t]*/.exec(before)![0],
        line,
        inComment,
        inString,
        inSession,
        beforeFirstSession,
        range: (start, end) => ({ start: { line, character: start }, end: { line, character: end } }),
    };
}

/**
 * The text up to `end` with comments replaced by spaces (as the lexer reads them: a closed block comment may span
 * lines, an unclosed one ends at its line, strings end at their line), and whether `offset` is in a comment or string.
 */
function blankComments(text: string, end: number, offset: number): { code: string; inComment: boolean; inString: boolean } {
    const chunks: string[] = [];
    let inComment = false;
    let inString = false;
    let index = 0;
    let plain = 0;
    const flush = (upTo: number) => {
        if (upTo > plain) chunks.push(text.slice(plain, upTo));
    };
    // Both searches only move forward, so each character is scanned about once, whatever the text holds (a line of
    // quotes, thousands of unclosed comments).
    const lineEnd = forwardSearch((from) => lineEndAt(text, from));
    const commentClose = forwardSearch((from) => text.indexOf('*/', from));
    while (index < end) {
        const char = text[index];
        if (char === '/' && (text[index + 1] === '/' || text[index + 1] === '*')) {
            const close = text[index + 1] === '*' ? commentClose(index + 2) : -1;
            const stop = close >= 0 ? close + 2 : lineEnd(index);
            if (index < offset && (close >= 0 ? offset < stop : offset <= stop)) inComment = true;
            flush(index);
            chunks.push(text.slice(index, Math.min(stop, end)).replace(/[^\r\n]/g, ' '));
            index = plain = stop;
            continue;
        }
        if (char === '"') {
            const ends = lineEnd(index);
            const close = text.indexOf('"', index + 1);
            const closed = close >= 0 && close < ends;
            const stop = closed ? close + 1 : ends;
            if (index < offset && (closed ? offset < stop : offset <= stop)) inString = true;
            index = stop;
            continue;
        }
        index++;
    }
    flush(Math.min(index, end));
    return { code: chunks.join(''), inComment, inString };
}

/**
 * A search for the first match at or after a position, for positions that only grow: the last answer stands until
 * the position passes it (a miss, -1, stands for good).
 */
function forwardSearch(search: (from: number) => number): (from: number) => number {
    let found: number | undefined;
    return (from) => {
        if (found === undefined || (found !== -1 && found < from)) found = search(from);
        return found;
    };
}

function headerKeywordsIn(plan: Plan, exceptLine: number): Set<string> {
    const present = new Set<string>();
    for (const statement of plan.statements) {
        const line = statement.$cstNode?.range.start.line;
        if (line === exceptLine) continue;
        const keyword = { PlanTitle: 'plan', GoalStatement: 'goal', AgeStatement: 'age', HrMaxStatement: 'hrmax', UnitsStatement: 'units' }[statement.$type as string];
        if (keyword) present.add(keyword);
    }
    return present;
}

function weightUnits(plan: Plan): string[] {
    const units = plan.statements.find((statement) => statement.$type === 'UnitsStatement') as { units?: string } | undefined;
    return units?.units?.toLowerCase().startsWith('lb') ? ['lb', 'kg'] : ['kg', 'lb'];
}

// ---- prescriptions, token by token ----

type Token = { type: 'number' | 'times' | 'word' | 'string' | 'symbol'; text: string };

function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    const pattern = /"[^"]*"?|\d+(?:\.\d+)?|[xX×](?=[ \t]*(?:\d|amrap\b))|[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*|\S/giy;
    let match: RegExpExecArray | null;
    let index = 0;
    while (index < text.length) {
        if (/\s/.test(text[index])) { index++; continue; }
        pattern.lastIndex = index;
        match = pattern.exec(text);
        if (!match) break;
        const value = match[0];
        const previous = tokens.at(-1);
        const type: Token['type'] = value.startsWith('"') ? 'string' : /^\d/.test(value) ? 'number'
            : /^[xX×]$/.test(value) && previous?.type === 'number' && /^[ \t]*(?:\d|amrap\b)/i.test(text.slice(index + 1)) ? 'times'
                : /^[A-Za-z\u00C0-\u024F]/.test(value) ? 'word' : 'symbol';
        tokens.push({ type, text: value });
        index += value.length;
    }
    return tokens;
}

type PrescriptionState =
    | { at: 'load' | 'amount' | 'amountLoad' | 'drop' | 'none' }
    | { at: 'group'; each: boolean }
    | { at: 'groupLoad' }
    | { at: 'effort'; groups: boolean }
    | { at: 'modifiers'; used: Set<string> };

const QUANTITY_UNITS = new Set(['s', 'sec', 'min', 'h', 'hr', 'm', 'km', 'mi']);
const LOAD_UNITS = new Set(['kg', 'lb', 'lbs', '%', 'bpm']);

/** Where the tokens of a prescription (after the name, up to the word at the cursor) leave off, after the grammar's Item. */
function prescriptionState(tokens: readonly Token[]): PrescriptionState {
    let index = 0;
    const peek = (ahead = 0) => tokens[index + ahead];
    const word = (ahead = 0) => peek(ahead)?.type === 'word' || peek(ahead)?.type === 'symbol' ? peek(ahead)!.text.toLowerCase() : undefined;
    const done = () => index >= tokens.length;
    const none = { at: 'none' } as const;

    /** `@ LOAD`: 'load' when it ends at `@`, undefined when complete, none when broken. */
    const load = (): PrescriptionState | undefined => {
        index++; // @
        if (done()) return { at: 'load' };
        const first = word();
        if (first === 'rpe' || first === 'rir') {
            index++;
            if (word() === '-') index++;
            if (done()) return none;
            if (peek()?.type !== 'number') return none;
            index++;
            return undefined;
        }
        if (first && /^z[1-5]$/.test(first)) { index++; return undefined; }
        if (peek()?.type !== 'number') return none;
        index++;
        if (word() && LOAD_UNITS.has(word()!)) index++;
        return undefined;
    };

    if (tokens.length === 0) return none;
    let groups = false;
    if (peek()?.type === 'number' && peek(1)?.type === 'times') {
        groups = true;
        for (;;) {
            index += 2;
            if (done()) return none;
            if (word() === 'amrap') {
                index++;
            } else if (peek()?.type === 'number') {
                index++;
                if (word() === '-') {
                    index++;
                    if (peek()?.type !== 'number') return none;
                    index++;
                }
                if (word() && QUANTITY_UNITS.has(word()!)) index++;
            } else {
                return none;
            }
            let each = false;
            if (word() === 'each') { each = true; index++; }
            if (done()) return { at: 'group', each };
            if (word() === '@') {
                const state = load();
                if (state) return state;
                if (done()) return { at: 'groupLoad' };
            }
            if (word() === ',') {
                index++;
                if (done()) return none;
                if (peek()?.type === 'number' && peek(1)?.type === 'times') continue;
                return none;
            }
            break;
        }
    } else if (peek()?.type === 'number') {
        index++;
        if (!word() || !QUANTITY_UNITS.has(word()!)) return none;
        index++;
        if (done()) return { at: 'amount' };
        if (word() === '@') {
            const state = load();
            if (state) return state;
            if (done()) return { at: 'amountLoad' };
        }
    } else if (!done() && !['drop', 'rest', 'rest-pause'].includes(word() ?? '') && peek()?.type !== 'string' && !EFFORTS.includes(word() ?? '')) {
        return none;
    }

    if (word() && EFFORTS.includes(word()!)) {
        index++;
        if (done()) return { at: 'effort', groups };
    }

    const used = new Set<string>();
    while (!done()) {
        const modifier = word();
        if (peek()?.type === 'string') { index++; continue; }
        if (modifier === 'drop') {
            used.add('drop');
            index++;
            if (done()) return { at: 'drop' };
            if (word() === 'last') { index++; continue; }
            if (peek()?.type !== 'number') return none;
            index++;
            while (word() === ',' || word() === '-') {
                index++;
                if (peek()?.type !== 'number') return none;
                index++;
            }
            continue;
        }
        if (modifier === 'rest-pause') {
            used.add('rest-pause');
            index++;
            if (peek()?.type === 'number') {
                index++;
                if (!word() || !QUANTITY_UNITS.has(word()!)) return none;
                index++;
            }
            continue;
        }
        if (modifier === 'rest') {
            used.add('rest');
            index++;
            if (peek()?.type !== 'number') return none;
            index++;
            if (!word() || !QUANTITY_UNITS.has(word()!)) return none;
            index++;
            continue;
        }
        return none;
    }
    return { at: 'modifiers', used };
}

// ---- fuzzy matching ----

const SEPARATOR = /[\s'’"-]/;

/**
 * How well `query` matches a target, or undefined when it does not: the query's letters in order (spaces, hyphens and
 * apostrophes ignored), the first at the start of a word, as VS Code's own filter wants. Higher is better: an exact
 * name, then a prefix, then matches at word starts and in runs, with skipped letters costing a little. The query is
 * read once for all targets: it may be a whole line, the targets are names.
 */
export function fuzzyMatcher(query: string): (target: string) => number | undefined {
    const pattern = [...query.toLowerCase()].filter((char) => !SEPARATOR.test(char));
    const flatQuery = pattern.join('');
    // A query ending in a space wants a longer name: the match must end before a word break.
    const wantsMore = /\s$/.test(query);
    return (target) => pattern.length === 0 ? 0 : pattern.length > target.length ? undefined : score(pattern, flatQuery, wantsMore, target);
}

function score(pattern: readonly string[], flatQuery: string, wantsMore: boolean, target: string): number | undefined {
    const chars: Array<{ char: string; wordStart: boolean; firstWord: boolean; afterGap: boolean }> = [];
    let word = 0;
    let previousSeparator = true;
    for (const char of target.toLowerCase()) {
        if (SEPARATOR.test(char)) {
            if (!previousSeparator) word++;
            previousSeparator = true;
            continue;
        }
        chars.push({ char, wordStart: previousSeparator, firstWord: word === 0, afterGap: previousSeparator && chars.length > 0 });
        previousSeparator = false;
    }
    const n = chars.length;
    const m = pattern.length;
    if (m > n) return undefined;
    const NONE = -Infinity;
    // best[j]: the best score with the pattern so far matched and its last letter at j.
    let best: number[] = chars.map((entry) => (entry.char === pattern[0] && entry.wordStart ? 10 + (entry.firstWord ? 6 : 0) : NONE));
    for (let i = 1; i < m; i++) {
        const next: number[] = new Array<number>(n).fill(NONE);
        // The best of best[k] + k over k < j - 1: a match at j after k skips j - k - 1 letters, one point each.
        let gapped = NONE;
        for (let j = 1; j < n; j++) {
            if (j >= 2 && best[j - 2] !== NONE) gapped = Math.max(gapped, best[j - 2] + (j - 2));
            if (chars[j].char !== pattern[i]) continue;
            const bonus = 1 + (chars[j].wordStart ? 6 : 0);
            const fromRun = best[j - 1] !== NONE ? best[j - 1] + bonus + 5 : NONE;
            const fromGap = gapped !== NONE ? gapped - (j - 1) + bonus : NONE;
            next[j] = Math.max(fromRun, fromGap);
        }
        best = next;
    }
    let total = NONE;
    best.forEach((value, j) => {
        if (value !== NONE && (!wantsMore || (j + 1 < n && chars[j + 1].afterGap))) total = Math.max(total, value);
    });
    if (total === NONE) return undefined;
    const flatTarget = chars.map((entry) => entry.char).join('');
    if (flatTarget === flatQuery) total += 1000;
    else if (flatTarget.startsWith(flatQuery)) total += 500;
    return total;
}


// ---- words and their documentation ----

interface KeywordEntry {
    readonly label: string;
    readonly kind: CompletionItemKind;
    readonly insert: string;
    readonly filter?: string;
    readonly detail?: string;
    readonly documentation?: string;
    readonly snippet?: boolean;
    readonly command?: Command;
}

interface Candidate {
    readonly info: ExerciseInfo;
    readonly text: string;
    readonly alias: boolean;
    readonly score: number;
    readonly group: number;
    readonly index: number;
    readonly position: number;
    readonly filterExtra?: string;
}

const TRIGGER_SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

const WEEKDAY_WORDS = new Set<string>([...WEEKDAYS, ...WEEKDAYS.map((day) => day.slice(0, 3))]);
const HEADER_KEYWORDS = new Set(['plan', 'goal', 'age', 'hrmax', 'units', 'import', 'exercise']);
const MUSCLE_SET = new Set<string>(MUSCLES);
const UNITS = ['kg', 'lb'] as const;
const IMPACTS = ['high', 'low'] as const;
const EFFORTS = ['easy', 'moderate', 'hard'];

function isMusclePrefix(words: readonly string[]): boolean {
    return MUSCLES.some((muscle) => {
        const parts = muscle.split(' ');
        return words.length <= parts.length && words.every((word, index) => parts[index] === word);
    });
}

function resolvesTo(scope: ExerciseScope, alias: string, node: Exercise): boolean {
    return scope.getElement(alias)?.node === node;
}

function sortKey(rank: number): string {
    return String(rank).padStart(5, '0');
}

/** "chest · secondary triceps, shoulders". */
function muscleLine(info: ExerciseInfo): string {
    const parts: string[] = [];
    if (info.primary.length) parts.push(info.primary.join(', '));
    if (info.secondary.length) parts.push(`secondary ${info.secondary.join(', ')}`);
    return parts.length ? parts.join(' · ') : info.kind;
}

/** The description (Markdown), then the mechanic and kind, the muscles and the other names. */
function exerciseDocumentation(info: ExerciseInfo, group: number, alias?: string): string {
    const file = AstUtils.getDocument(info.node).uri.path.split('/').at(-1);
    const source = group === 0 ? 'declared in this plan' : group === 1 ? `imported from ${escapeMarkdown(file ?? '')}` : 'built-in exercise';
    const lines = [`**${escapeMarkdown(info.name)}** · ${source}`, ''];
    if (alias) lines.push(`“${escapeMarkdown(alias)}” is another name for ${escapeMarkdown(info.name)}.`, '');
    if (info.description) lines.push(escapeMarkdown(info.description), '');
    const traits = [info.mechanic, info.kind, info.impact && `${info.impact} impact`].filter(Boolean);
    lines.push(`*${traits.join(' · ')}*`);
    lines.push('', `Primary: ${info.primary.join(', ') || '—'}${info.secondary.length ? `  \nSecondary: ${info.secondary.join(', ')}` : ''}`);
    const others = info.aliases.filter((name) => name !== alias);
    if (others.length) lines.push('', `Also called: ${others.map(escapeMarkdown).join(', ')}`);
    return lines.join('\n');
}

function modifierEntry(word: string): KeywordEntry {
    const entry = MODIFIERS[word];
    return {
        label: word,
        kind: word === '@' ? CompletionItemKind.Operator : CompletionItemKind.Keyword,
        insert: entry.insert,
        documentation: entry.documentation,
        // What follows `@` and `drop` is offered too: the editor asks again after inserting them.
        command: word === '@' || word === 'drop' ? TRIGGER_SUGGEST : undefined,
    };
}

const MODIFIERS: Record<string, { insert: string; documentation: string }> = {
    each: { insert: 'each', documentation: '**each** — the reps are per side: per leg, per arm.' },
    '@': { insert: '@ ', documentation: '**@** — the load or target: `140kg`, `225lb`, `75%` of one-rep max, `RPE 8`, `RIR 2`; for cardio `150bpm` or `Z1`…`Z5`.' },
    drop: { insert: 'drop ', documentation: '**drop** 4-5 | 4,5 | last — drop sets on those sets: after the set, cut the weight by about 30 % and continue without rest. Each counts as one set.' },
    'rest-pause': { insert: 'rest-pause', documentation: '**rest-pause** [15s] — rest 10–15 s between mini-sets at the same weight; with `1x75` the 75 is the total reps. Counts as one set.' },
    rest: { insert: 'rest ', documentation: '**rest** 90s | 2min — the rest between sets.' },
    easy: { insert: 'easy', documentation: '**easy** — low intensity: you could hold a conversation.' },
    moderate: { insert: 'moderate', documentation: '**moderate** — moderate intensity: breathing harder, a few words at a time. The default.' },
    hard: { insert: 'hard', documentation: '**hard** — high intensity: hard to speak.' },
};

const LOAD_WORDS: ReadonlyArray<{ label: string; insert: string; scale: boolean; documentation: string }> = [
    { label: 'RPE', insert: 'RPE ', scale: true, documentation: '**RPE** 1–10 — rate of perceived exertion: RPE 8 leaves about 2 reps in reserve.' },
    { label: 'RIR', insert: 'RIR ', scale: true, documentation: '**RIR** N — reps in reserve: stop N reps short of failure (RIR 2 ≈ RPE 8).' },
    ...[1, 2, 3, 4, 5].map((zone) => ({
        label: `Z${zone}`, insert: `Z${zone}`, scale: false,
        documentation: `**Z${zone}** — heart-rate zone ${zone} of 5 (${['recovery', 'easy endurance', 'tempo', 'threshold', 'maximum'][zone - 1]}).`,
    })),
];

const LOAD_UNIT_DOCS: Record<string, string> = {
    kg: '**kg** — a weight in kilograms.',
    lb: '**lb** — a weight in pounds.',
    '%': '**%** — a percentage of your one-rep max.',
    bpm: '**bpm** — a heart-rate target in beats per minute, for cardio.',
};

const UNIT_DOCS: Record<string, string> = {
    kg: '**kg** — loads written without a unit (`@ 100`) are kilograms. The default.',
    lb: '**lb** — loads written without a unit (`@ 225`) are pounds.',
};

const IMPACT_DOCS: Record<string, string> = {
    high: '**high** impact — running, jumping: hard on legs that were trained the day before.',
    low: '**low** impact — cycling, rowing, swimming.',
};

const GOAL_DOCS: Record<string, string> = {
    hypertrophy: '**hypertrophy** — muscle growth: the default severities.',
    strength: '**strength** — maximal strength: low reps are expected, volume matters less.',
    endurance: '**endurance** — endurance: more cardio, less emphasis on weekly strength volume.',
    general: '**general** — general fitness: milder rules throughout.',
};

const REST_DAY_DOC = '**rest** — a rest day: no items below it. A weekday that does not appear is a rest day too.';

const MUSCLE_REGION: Record<string, string> = {
    abdominals: 'core', abductors: 'legs', adductors: 'legs', biceps: 'biceps', calves: 'legs', chest: 'chest',
    forearms: 'no region', glutes: 'legs', hamstrings: 'legs', lats: 'back', 'lower back': 'back', 'middle back': 'back',
    neck: 'no region', quadriceps: 'legs', shoulders: 'shoulders', traps: 'back', triceps: 'triceps',
};

const CLAUSE_GROUP: Record<string, string> = { compound: 'mechanic', isolation: 'mechanic', cardio: 'kind', mobility: 'kind' };

const CLAUSES: ReadonlyArray<{ keyword: string; insert: string; documentation: string }> = [
    { keyword: 'alias', insert: 'alias ', documentation: '**alias** "Other", "Names" — other names that mean this exercise.' },
    { keyword: 'primary', insert: 'primary ', documentation: '**primary** m1, m2 — the muscles the exercise trains most; a set counts fully for them.' },
    { keyword: 'secondary', insert: 'secondary ', documentation: '**secondary** m3, … — muscles that help; a set counts half for them.' },
    { keyword: 'compound', insert: 'compound', documentation: '**compound** — a multi-joint exercise.' },
    { keyword: 'isolation', insert: 'isolation', documentation: '**isolation** — a single-joint exercise.' },
    { keyword: 'cardio', insert: 'cardio', documentation: '**cardio** — an endurance exercise: a duration or distance and an intensity instead of sets and reps.' },
    { keyword: 'mobility', insert: 'mobility', documentation: '**mobility** — stretching and mobility work; it counts toward no weekly volume.' },
    { keyword: 'impact', insert: 'impact ', documentation: '**impact** high | low — how hard the exercise is on the legs and joints (for cardio).' },
];

const HEADERS: ReadonlyArray<{ keyword: string; snippet: string; detail: string; documentation: string }> = [
    { keyword: 'plan', snippet: 'plan "${1:Title}"$0', detail: 'plan "Title"', documentation: '**plan** "Title" — the plan\'s name. Week-level findings are reported on this line.' },
    {
        keyword: 'goal', snippet: `goal \${1|${GOALS.join(',')}|}$0`, detail: 'goal hypertrophy | strength | endurance | general',
        documentation: '**goal** — what the plan trains for: `hypertrophy` (the default), `strength`, `endurance` or `general`. It changes how severe some rules are.',
    },
    { keyword: 'age', snippet: 'age ${1:30}$0', detail: 'age N', documentation: '**age** N — your age in whole years (10–100); it enables the heart-rate checks (HRmax ≈ 208 − 0.7 × age).' },
    { keyword: 'hrmax', snippet: 'hrmax ${1:190}$0', detail: 'hrmax N', documentation: '**hrmax** N — your measured maximum heart rate in bpm; it wins over the estimate from `age`.' },
    { keyword: 'units', snippet: 'units ${1|kg,lb|}$0', detail: 'units kg | lb', documentation: '**units** `kg` | `lb` — the unit of loads written without one; kg when not given.' },
    {
        keyword: 'import', snippet: 'import "${1:lib/exercises.split}"$0', detail: 'import "path.split"',
        documentation: '**import** "path.split" — brings that file\'s own `exercise` declarations into scope; the path is relative to this file.',
    },
    {
        keyword: 'exercise', snippet: `exercise "\${1:Name}" primary \${2|${MUSCLES.join(',')}|}$0`, detail: 'exercise "Name" primary …',
        documentation: '**exercise** "Name" [alias "Other", …] primary m1, m2 [secondary m3, …] [compound|isolation] [cardio|mobility] [impact high|low] — '
            + 'declares an exercise; it shadows an imported or built-in one of the same name. A `/** … */` comment right before it is its description.',
    },
];
