import { CstUtils, DocumentState, GrammarUtils, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { isExercise, isPlanTitle, isSession, type Exercise, type Item, type Plan, type PlanTitle, type Session, type Statement } from '../generated/ast.js';
import { WEEKDAYS } from '../facts/defaults.js';
import { isNewline } from '../utils/cst.js';
import { writtenName } from '../references/names.js';
import { weekdayIndex, type WeekModel } from '../model/week-model.js';
import type { SplitWeekModels } from '../model/split-week-models.js';
import type { SplitLspServices } from '../split-lsp-module.js';
import { sessionModelOf } from '../model/session-facts.js';
import { sessionRange } from './statement-lines.js';
import { lineRange } from '../utils/cst.js';
import { capitalize } from '../../words/words.js';

/**
 * The outline (SPEC §7), in the order of the file:
 * - the plan's title (`plan "…"`): File;
 * - each exercise declaration: Function, its primary muscles as detail;
 * - each session: Event named `Monday "Legs" 18:00` or `Saturday · rest` (the weekday spelt out, title and time as
 *   written), the regions it trains as detail (SPEC §3.4, from the week model); its items are its children: Method,
 *   named as written, the rest of the line (prescription and modifiers, without a trailing comment) as detail.
 * A session's range runs from its header through its last item, its selection range is the weekday and title.
 */
export class SplitDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly weekModels: SplitWeekModels;

    constructor(services: SplitLspServices) {
        this.weekModels = services.model.WeekModels;
    }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        const plan = document.parseResult.value as Plan;
        const week = this.linkedWeek(document);
        return plan.statements.flatMap((statement) => this.symbol(statement, week) ?? []);
    }

    /**
     * The week model of the linked document: what a session trains depends on the exercises its items name. The
     * server asks for the outline once the document is linked (SERVICE_REQUIREMENTS in split-lsp-module.ts); waiting
     * for it here, inside the workspace's read lock, could wait for a build that the lock keeps from starting.
     * Undefined when the document was replaced meanwhile: the outline then lacks the regions.
     */
    private linkedWeek(document: LangiumDocument): WeekModel | undefined {
        if (document.state < DocumentState.Linked) return undefined;
        const { week } = this.weekModels.get(document);
        return week.root === document.parseResult.value ? week : undefined;
    }

    private symbol(statement: Statement, week: WeekModel | undefined): DocumentSymbol | undefined {
        if (isPlanTitle(statement)) return planSymbol(statement);
        if (isExercise(statement)) return exerciseSymbol(statement);
        if (isSession(statement)) return sessionSymbol(statement, week);
        return undefined;
    }
}

function planSymbol(node: PlanTitle): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const title = GrammarUtils.findNodeForProperty(cst, 'title');
    return { name: node.title || 'plan', kind: SymbolKind.File, range: lineRange(cst, true), selectionRange: (title ?? cst).range };
}

function exerciseSymbol(node: Exercise): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const name = GrammarUtils.findNodeForProperty(cst, 'name');
    return {
        name: node.name || name?.text || 'exercise',
        detail: node.primary.join(', ') || undefined,
        kind: SymbolKind.Function,
        range: lineRange(cst, true),
        selectionRange: (name ?? cst).range,
    };
}

function sessionSymbol(node: Session, week: WeekModel | undefined): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    const range = sessionRange(node);
    if (!cst || !range) return undefined;
    const day = GrammarUtils.findNodeForProperty(cst, 'day') ?? cst;
    const title = GrammarUtils.findNodeForProperty(cst, 'title');
    const regions = week && sessionModelOf(week, node)?.regions;
    return {
        name: sessionName(node),
        detail: regions?.length ? regions.join(', ') : undefined,
        kind: SymbolKind.Event,
        range,
        selectionRange: { start: day.range.start, end: (title ?? day).range.end },
        children: node.items.flatMap((item) => itemSymbol(item) ?? []),
    };
}

/** `Monday "Legs" 18:00`, `Thursday 07:00`, `Saturday · rest`. */
function sessionName(node: Session): string {
    const day = WEEKDAYS[weekdayIndex(node.day)] ?? node.day.toLowerCase();
    const parts = [capitalize(day)];
    if (node.title) parts.push(`"${node.title}"`);
    if (node.time) parts.push(node.time);
    return parts.join(' ') + (node.rest ? ' · rest' : '');
}

function itemSymbol(node: Item): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    const name = node.exercise.$refNode;
    if (!cst || !name) return undefined;
    return {
        name: writtenName(node.exercise.$refText) || name.text,
        detail: prescriptionText(node, name.end),
        kind: SymbolKind.Method,
        range: lineRange(cst, true),
        selectionRange: name.range,
    };
}

/** What follows an item's name on its line, as written (`4x6 @ 75% rest 90s`), without a comment at its end. */
function prescriptionText(node: Item, after: number): string | undefined {
    let start: number | undefined;
    let end: number | undefined;
    for (const leaf of CstUtils.flattenCst(node.$cstNode!)) {
        if (isNewline(leaf)) break;
        if (leaf.offset < after || leaf.hidden) continue;
        start ??= leaf.offset;
        end = leaf.end;
    }
    if (start === undefined || end === undefined) return undefined;
    return node.$cstNode!.root.fullText.slice(start, end);
}
