import { CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind, type FoldingRangeParams } from 'vscode-languageserver';
import { isExercise, isImport, isSession, type Plan, type Statement } from '../generated/ast.js';
import { sessionRange } from './statement-lines.js';
import { lineRange } from '../utils/cst.js';

const REGION_START = /^\/\/\s*#?region\b/;
const REGION_END = /^\/\/\s*#?endregion\b/;

/**
 * Folding (SPEC §7), in the order of the file:
 * - each session with items, from its header line to its last item's line;
 * - a run of consecutive header statements (`plan`, `goal`, `age`, `hrmax`, `units`, `import`), and within it a run
 *   of consecutive `import` lines (kind imports); a run of consecutive `exercise` declarations;
 * - comments (kind comment): a block comment over several lines, and a run of lines that hold only a `//` comment;
 * - `// region` … `// endregion` (kind region), the markers language-configuration.json declares: an editor uses
 *   this provider instead of them.
 * Blank lines and comments between statements do not break a run; a statement of another kind does.
 */
export class SplitFoldingRangeProvider implements FoldingRangeProvider {
    getFoldingRanges(document: LangiumDocument, _params: FoldingRangeParams): MaybePromise<FoldingRange[]> {
        const plan = document.parseResult.value as Plan;
        const ranges = [...statementFolding(plan.statements), ...commentFolding(document)];
        return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
    }
}

function statementFolding(statements: readonly Statement[]): FoldingRange[] {
    const ranges: FoldingRange[] = [];
    const fold = (start: number | undefined, end: number | undefined, kind?: string) => {
        if (start === undefined || end === undefined || end <= start) return;
        if (ranges.some((range) => range.startLine === start)) return; // one range per line: imports win over the header run
        ranges.push(FoldingRange.create(start, end, undefined, undefined, kind));
    };
    const foldRun = (run: Statement[], kind?: string) => {
        const last = run.at(-1)!.$cstNode;
        fold(run[0].$cstNode?.range.start.line, last && lineRange(last, true).end.line, kind);
    };
    for (const statement of statements) {
        const range = isSession(statement) && statement.items.length > 0 ? sessionRange(statement) : undefined;
        if (range) fold(range.start.line, range.end.line);
    }
    for (const run of runs(statements, isImport)) foldRun(run, FoldingRangeKind.Imports);
    // Header statements, or exercise declarations.
    const sameGroup = (statement: Statement, previous?: Statement) => !isSession(statement) && (!previous || isExercise(statement) === isExercise(previous));
    for (const run of runs(statements, sameGroup)) foldRun(run);
    return ranges;
}

/** The maximal runs of consecutive statements that each pass `member` (given the one before it in the run). */
function runs(statements: readonly Statement[], member: (statement: Statement, previous?: Statement) => boolean): Statement[][] {
    const result: Statement[][] = [];
    let current: Statement[] = [];
    for (const statement of statements) {
        if (member(statement, current.at(-1))) {
            current.push(statement);
        } else {
            if (current.length > 1) result.push(current);
            current = member(statement) ? [statement] : [];
        }
    }
    if (current.length > 1) result.push(current);
    return result;
}

function commentFolding(document: LangiumDocument): FoldingRange[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const text = document.textDocument.getText();
    const ranges: FoldingRange[] = [];
    const regions: number[] = [];
    let run: { start: number; end: number } | undefined;
    const closeRun = () => {
        if (run && run.end > run.start) ranges.push(FoldingRange.create(run.start, run.end, undefined, undefined, FoldingRangeKind.Comment));
        run = undefined;
    };
    for (const leaf of CstUtils.flattenCst(root)) {
        if (!leaf.hidden) {
            if (leaf.tokenType.name !== 'NL') closeRun();
            continue;
        }
        const { start, end } = leaf.range;
        if (leaf.text.startsWith('/*')) {
            closeRun();
            if (end.line > start.line) ranges.push(FoldingRange.create(start.line, end.line, undefined, undefined, FoldingRangeKind.Comment));
            continue;
        }
        const alone = text.slice(leaf.offset - start.character, leaf.offset).trim() === '';
        if (!alone) {
            closeRun();
        } else if (REGION_START.test(leaf.text)) {
            closeRun();
            regions.push(start.line);
        } else if (REGION_END.test(leaf.text)) {
            closeRun();
            const first = regions.pop();
            if (first !== undefined && start.line > first) ranges.push(FoldingRange.create(first, start.line, undefined, undefined, FoldingRangeKind.Region));
        } else if (run && run.end === start.line - 1) {
            run.end = start.line;
        } else {
            closeRun();
            run = { start: start.line, end: start.line };
        }
    }
    closeRun();
    return ranges;
}
