import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import {
    isItem, isPlanTitle, isSession, isExercise,
    type Item, type Plan, type Session,
} from '../generated/ast.js';
import { isRuleCode } from '../facts/rule-catalog.js';
import type { FixData } from '../rules/rule.js';
import type { SplitLspServices } from '../split-lsp-module.js';
import type { SplitScopeProvider } from '../references/split-scope-provider.js';
import { exerciseInfo } from '../model/exercise-info.js';
import { normalizeName } from '../references/names.js';
import { vocabularyWord, writtenWord } from '../facts/vocabulary.js';
import { brokenLineFix } from '../parser/broken-lines.js';

/** The keywords the fixes write, as the vocabulary spells them. */
const [EASY, AT, AGE, EXERCISE, PRIMARY, SECONDARY, IMPACT] = [
    vocabularyWord('easy', 'effort'), vocabularyWord('at', 'session'), vocabularyWord('age', 'header'), vocabularyWord('exercise', 'declaration'),
    vocabularyWord('primary', 'clause'), vocabularyWord('secondary', 'clause'), vocabularyWord('impact', 'clause'),
].map(writtenWord);

/** SPEC §4.1 `syntax`: the edit that makes a broken line what its message says to write (a list bullet, `Monday (Push)`, `3 sets of 10`). */
function syntaxFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const { line } = diagnostic.range.start;
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    const found = brokenLineFix(text);
    if (!found) return [];
    const range = { start: { line, character: found.from }, end: { line, character: found.to } };
    return [fix(found.title, document, diagnostic, [{ range, newText: found.text }], true)];
}

/** Low-impact cardio to swap a run for (SPEC §4.1, `run-after-legs`). */
const LOW_IMPACT_ALTERNATIVES = ['Walk', 'Swim', 'Cycling', 'Yoga', 'Stair Climbing'];

/**
 * Quick fixes for the diagnostics that list one in SPEC §4.1, plus "disable CODE for this line" for every rule.
 * The fix data travels with the diagnostic (`data`), so the edits never need the rules to run again.
 */
export class SplitCodeActionProvider implements CodeActionProvider {
    private readonly scopeProvider: SplitScopeProvider;

    constructor(services: SplitLspServices) {
        this.scopeProvider = services.references.ScopeProvider;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return params.context.diagnostics.flatMap((diagnostic) => {
            if (!isRuleCode(diagnostic.code)) return [];
            return [...this.fixes(document, diagnostic), disableForLine(document, diagnostic)];
        });
    }

    private fixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        if (diagnostic.code === 'syntax') return syntaxFixes(document, diagnostic);
        const node = nodeAt(document, diagnostic.range);
        const data = diagnostic.data as (FixData | { kind: 'unknown-exercise'; name: string; suggestions: string[] }) | undefined;
        const item = node && AstUtils.getContainerOfType(node, isItem);
        const session = node && AstUtils.getContainerOfType(node, isSession);
        switch (data?.kind) {
            case 'unknown-exercise':
                return [
                    ...data.suggestions.map((name, index) =>
                        fix(`Change to "${name}"`, document, diagnostic, [{ range: diagnostic.range, newText: name }], index === 0)),
                    fix(`Declare "${data.name}" in this file`, document, diagnostic, [this.declareExercise(document, data.name)]),
                ];
            case 'add-time': {
                if (!session) return [];
                const earlier = data.earlier && sessionOnLine(document, data.earlier.line);
                const edits = [addTime(session, data.suggestedTime), ...(earlier && data.earlier ? [addTime(earlier, data.earlier.time)] : [])];
                const title = earlier && data.earlier
                    ? `Start this session at ${data.suggestedTime} and the one on line ${data.earlier.line + 1} at ${data.earlier.time}`
                    : `Start this session at ${data.suggestedTime}`;
                return [fix(title, document, diagnostic, edits, true)];
            }
            case 'move-after-strength':
                return item ? moveAfterStrength(document, diagnostic, item) : [];
            case 'ease-cardio':
                return item ? [
                    fix(`Make it ${EASY}`, document, diagnostic, [makeEasy(item)], true),
                    ...LOW_IMPACT_ALTERNATIVES.map((name) =>
                        fix(`Swap for ${name} (low impact)`, document, diagnostic, [{ range: item.exercise.$refNode!.range, newText: name }])),
                ] : [];
            case 'add-age':
                return [fix('Add your age to the header (enables heart-rate checks)', document, diagnostic, [addAge(document)], true)];
            default:
                return [];
        }
    }

    /**
     * `exercise "Name" primary …` before the first session, its muscles borrowed from the known exercise of the same
     * movement ("Landmine Thrust" → Hip Thrust's), for the author to adjust.
     */
    private declareExercise(document: LangiumDocument, name: string): TextEdit {
        const plan = document.parseResult.value as Plan;
        const scope = this.scopeProvider.exerciseScope(plan);
        const movement = normalizeName(name.trim().split(/\s+/).at(-1) ?? name);
        const model = scope.getAllElements()
            .map((description) => description.node)
            .filter(isExercise)
            .find((exercise) => [movement, movement.replace(/e?s$/, '')].includes(normalizeName(exercise.name.split(/\s+/).at(-1) ?? '')));
        const info = model && exerciseInfo(model);
        const muscles = info ? `${PRIMARY} ${info.primary.join(', ')}${info.secondary.length ? ` ${SECONDARY} ${info.secondary.join(', ')}` : ''}${info.mechanic ? ` ${info.mechanic}` : ''}${info.kind !== 'strength' ? ` ${info.kind}` : ''}${info.impact ? ` ${IMPACT} ${info.impact}` : ''}`
            : `${PRIMARY} quadriceps  // adjust: its muscles`;
        const line = `${EXERCISE} "${name}" ${muscles}\n`;
        const firstSession = plan.statements.find(isSession);
        const at = firstSession?.$cstNode ? { line: firstSession.$cstNode.range.start.line, character: 0 } : endOfDocument(document);
        return { range: { start: at, end: at }, newText: firstSession ? `${line}\n` : `\n${line}` };
    }
}

function fix(title: string, document: LangiumDocument, diagnostic: Diagnostic, edits: TextEdit[], isPreferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [document.textDocument.uri]: edits } },
    };
}

function disableForLine(document: LangiumDocument, diagnostic: Diagnostic): CodeAction {
    const line = diagnostic.range.start.line;
    const indent = /^\s*/.exec(lineText(document, line))?.[0] ?? '';
    return {
        title: `Disable ${diagnostic.code} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {
            changes: {
                [document.textDocument.uri]: [{
                    range: { start: { line, character: 0 }, end: { line, character: 0 } },
                    newText: `${indent}// split-disable-next-line ${diagnostic.code}\n`,
                }],
            },
        },
    };
}

function addTime(session: Session, time: string): TextEdit {
    const existing = GrammarUtils.findNodeForProperty(session.$cstNode, 'time');
    if (existing) return { range: existing.range, newText: time };
    const anchor = GrammarUtils.findNodeForProperty(session.$cstNode, 'title') ?? GrammarUtils.findNodeForProperty(session.$cstNode, 'day')!;
    return { range: { start: anchor.range.end, end: anchor.range.end }, newText: ` ${AT} ${time}` };
}

/** Moves a cardio item's line below the session's last strength item. */
function moveAfterStrength(document: LangiumDocument, diagnostic: Diagnostic, item: Item): CodeAction[] {
    const session = item.$container;
    const index = session.items.indexOf(item);
    const lastStrength = [...session.items].reverse().find((other) =>
        session.items.indexOf(other) > index && other.exercise.ref && exerciseInfo(other.exercise.ref).kind === 'strength');
    if (!lastStrength?.$cstNode || !item.$cstNode) return [];
    const line = item.$cstNode.range.start.line;
    const text = lineText(document, line);
    const after = lastStrength.$cstNode.range.start.line + 1;
    return [fix('Move the cardio after the strength work', document, diagnostic, [
        { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' },
        { range: { start: { line: after, character: 0 }, end: { line: after, character: 0 } }, newText: `${text}\n` },
    ], true)];
}

/** Replaces the written intensity (a word, a zone or a bpm target) with `easy`, or adds it. */
function makeEasy(item: Item): TextEdit {
    const effort = GrammarUtils.findNodeForProperty(item.$cstNode, 'effort');
    if (effort) return { range: effort.range, newText: EASY };
    const target = [item.load, ...item.groups.map((group) => group.load)].find((load) => load && load.$type !== 'ScaleLoad');
    if (target?.$cstNode) {
        const at = CstUtils.getPreviousNode(target.$cstNode, false);
        const start = at?.text === '@' ? at.range.start : target.$cstNode.range.start;
        return { range: { start, end: target.$cstNode.range.end }, newText: EASY };
    }
    const dose = item.amount?.$cstNode ?? item.groups.at(-1)?.$cstNode;
    const end = dose?.range.end ?? item.exercise.$refNode!.range.end;
    return { range: { start: end, end }, newText: ` ${EASY}` };
}

/** `age 30` in the header, after the `plan` line (or at the top). */
function addAge(document: LangiumDocument): TextEdit {
    const plan = document.parseResult.value as Plan;
    const title = plan.statements.find(isPlanTitle)?.$cstNode;
    const line = title ? title.range.start.line + 1 : 0;
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${AGE} 30   // your age in years: HRmax = 208 - 0.7 x age\n` };
}

function sessionOnLine(document: LangiumDocument, line: number): Session | undefined {
    return (document.parseResult.value as Plan).statements.find((statement): statement is Session =>
        isSession(statement) && statement.$cstNode?.range.start.line === line);
}

function nodeAt(document: LangiumDocument, range: Range): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(range.start);
    return root && CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
}

function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

function endOfDocument(document: LangiumDocument) {
    return document.textDocument.positionAt(document.textDocument.getText().length);
}
