import { CstUtils, type CstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver';
import type { Session } from '../generated/ast.js';
import { isNewline } from '../cst.js';

/**
 * Where a line-based node's own text stands (shared by the outline and folding). A statement or item ends with its
 * newline tokens, and the blank lines and comment lines after it belong to its CST node too: its text ends where its
 * first newline token starts (a comment at the end of its line included).
 */
export function textRange(cst: CstNode): Range {
    let end: Position = cst.range.end;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (isNewline(leaf)) return { start: cst.range.start, end: leaf.range.start };
        end = leaf.range.end;
    }
    return { start: cst.range.start, end };
}

/** A session from its header through its last item's text, without the blank and comment lines after it. */
export function sessionRange(session: Session): Range | undefined {
    const cst = session.$cstNode;
    if (!cst) return undefined;
    const last = session.items.at(-1)?.$cstNode;
    return { start: cst.range.start, end: textRange(last ?? cst).end };
}
