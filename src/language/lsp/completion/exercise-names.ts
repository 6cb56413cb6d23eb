import { AstUtils, type LangiumParser } from 'langium';
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { isExercise, type Exercise, type Plan } from '../../generated/ast.js';
import { exerciseInfo, type ExerciseInfo } from '../../model/exercise-info.js';
import { isBuiltin } from '../../library/builtin-library.js';
import { expandAbbreviations } from '../../references/names.js';
import { needsQuotes } from '../../references/unquoted-names.js';
import type { ExerciseScope, SplitScopeProvider } from '../../references/split-scope-provider.js';
import { escapeMarkdown } from '../../../words/escapes.js';
import { fuzzyMatcher } from './fuzzy-match.js';
import { takenAsText } from '../taken-as.js';
import { sortKey } from './keyword-items.js';
import type { LineContext } from './line-context.js';

/**
 * An item line's name: the exercises in scope (own, imported, built-in) and their aliases, ranked by a fuzzy match,
 * own declarations first; each written quoted when it would not parse unquoted.
 */
export function exerciseNameItems(
    scopeProvider: SplitScopeProvider, parser: LangiumParser, context: LineContext, plan: Plan, nameStart: number,
): { items: CompletionItem[]; incomplete: boolean } {
    const typed = context.before.slice(nameStart);
    const quoted = typed.startsWith('"');
    const query = typed.replace(/^"/, '');
    // The edit replaces the words typed so far and the rest of the word (and closing quote) after the cursor.
    const tail = quoted ? /^[^"]*"?/.exec(context.after)![0] : /^[A-Za-z0-9\u00C0-\u024F'’-]*/.exec(context.after)![0];
    const range = context.range(nameStart, context.before.length + tail.length);
    const followedBySpace = /^[ \t]/.test(context.after.slice(tail.length));

    const scope = scopeProvider.exerciseScope(plan);
    // A known name and a space: the prescription comes next, not a longer name.
    if (/\s$/.test(query) && query.trim() && scope.getElement(query)) return { items: [], incomplete: false };
    const own = AstUtils.getDocument(plan).uri.toString();
    // The abbreviations read as their words (SPEC §3.2): `DB Ro` finds Dumbbell Row.
    const literal = fuzzyMatcher(query);
    const expanded = expandAbbreviations(query) + (/\s$/.test(query) ? ' ' : '');
    const abbreviated = expanded.trim() !== query.trim() ? fuzzyMatcher(expanded) : undefined;
    const matches = (target: string) => {
        const scores = [literal(target), abbreviated?.(target)].filter((score) => score !== undefined);
        return scores.length ? Math.max(...scores) : undefined;
    };
    // The editor's own filter sees the letters typed ("DB Ro"), not Dumbbell Row: they join the filter text.
    const typedExtra = abbreviated ? query.trim() : undefined;
    // Own declarations first, then imported ones, then the built-in library.
    const groupOf = (node: Exercise) => {
        const uri = AstUtils.getDocument(node).uri;
        return uri.toString() === own ? 0 : isBuiltin(uri) ? 2 : 1;
    };
    const candidates: Candidate[] = [];
    let order = 0;
    for (const description of scope.getAllElements()) {
        const node = description.node;
        if (!isExercise(node)) continue;
        const info = exerciseInfo(node);
        const group = groupOf(node);
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
                candidates.push({ info, text: alias, alias: true, score, group, index, position: position + 1, filterExtra: typedExtra });
            }
        });
        const score = Math.max(nameScore ?? -Infinity, aliasBest ?? -Infinity);
        if (score === -Infinity) continue;
        // Matched through an alias only: the editor's own filter must find that alias in the filter text.
        const aliasExtra = nameScore === undefined || (aliasBest !== undefined && aliasBest > nameScore) ? aliasBestText : undefined;
        const filterExtra = [aliasExtra, typedExtra].filter(Boolean).join(' ') || undefined;
        candidates.push({ info, text: info.name, alias: false, score, group, index, position: 0, filterExtra });
    }
    candidates.sort((a, b) => b.score - a.score || a.group - b.group || a.index - b.index || a.position - b.position);

    // A name typed that reads as an exercise by abbreviation or as a variant: first, as typed, saying what it is taken as.
    const typedName = query.trim();
    const taken = typedName ? scope.resolve(typedName) : undefined;
    const takenNode = taken && taken.reading !== 'name' ? taken.description.node : undefined;
    if (takenNode && isExercise(takenNode)) {
        candidates.unshift({ info: exerciseInfo(takenNode), text: typedName, alias: true, score: Infinity, group: groupOf(takenNode), index: -1, position: 0, takenAs: true });
    }

    const items = candidates.map((candidate, rank): CompletionItem => {
        const { info, text } = candidate;
        const written = quoted || needsQuotes(parser, text) ? `"${text}"` : text;
        const newText = followedBySpace ? written : `${written} `;
        const filterText = `${quoted ? '"' : ''}${text}${candidate.filterExtra ? ` ${candidate.filterExtra}` : ''}`;
        return {
            label: text,
            kind: candidate.alias ? CompletionItemKind.Reference : CompletionItemKind.Function,
            detail: candidate.takenAs ? `taken as ${info.name}` : candidate.alias ? `→ ${info.name}` : muscleLine(info),
            documentation: { kind: MarkupKind.Markdown, value: exerciseDocumentation(info, candidate.group, candidate.alias ? text : undefined, candidate.takenAs) },
            sortText: sortKey(rank),
            filterText,
            textEdit: { range, newText },
        };
    });
    // Without a query the list holds no aliases: ask again once something is typed.
    return { items, incomplete: !query.trim() };
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
    /** The name as typed, read by abbreviation or as a variant. */
    readonly takenAs?: boolean;
}

function resolvesTo(scope: ExerciseScope, alias: string, node: Exercise): boolean {
    return scope.getElement(alias)?.node === node;
}

/** "chest · secondary triceps, shoulders". */
function muscleLine(info: ExerciseInfo): string {
    const parts: string[] = [];
    if (info.primary.length) parts.push(info.primary.join(', '));
    if (info.secondary.length) parts.push(`secondary ${info.secondary.join(', ')}`);
    return parts.length ? parts.join(' · ') : info.kind;
}

/** The description (Markdown), then the mechanic and kind, the muscles and the other names. */
function exerciseDocumentation(info: ExerciseInfo, group: number, alias?: string, takenAs?: boolean): string {
    const file = AstUtils.getDocument(info.node).uri.path.split('/').at(-1);
    const source = group === 0 ? 'declared in this plan' : group === 1 ? `imported from ${escapeMarkdown(file ?? '')}` : 'built-in exercise';
    const lines = [`**${escapeMarkdown(info.name)}** · ${source}`, ''];
    if (alias) lines.push(takenAs ? `${takenAsText(alias, info)}.` : `“${escapeMarkdown(alias)}” is another name for ${escapeMarkdown(info.name)}.`, '');
    if (info.description) lines.push(escapeMarkdown(info.description), '');
    const traits = [info.mechanic, info.kind, info.impact && `${info.impact} impact`].filter(Boolean);
    lines.push(`*${traits.join(' · ')}*`);
    lines.push('', `Primary: ${info.primary.join(', ') || '—'}${info.secondary.length ? `  \nSecondary: ${info.secondary.join(', ')}` : ''}`);
    const others = info.aliases.filter((name) => name !== alias);
    if (others.length) lines.push('', `Also called: ${others.map(escapeMarkdown).join(', ')}`);
    return lines.join('\n');
}
