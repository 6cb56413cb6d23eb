import { CstUtils, isCompositeCstNode, isLeafCstNode, type CstNode, type LeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** The leaf right before a CST node in the text, hidden ones (comments) included. */
export function previousLeaf(node: CstNode): LeafCstNode | undefined {
    let previous = CstUtils.getPreviousNode(node, true);
    while (previous && isCompositeCstNode(previous)) {
        previous = previous.content.at(-1) ?? CstUtils.getPreviousNode(previous, true);
    }
    return previous && isLeafCstNode(previous) ? previous : undefined;
}

export function isNewline(leaf: LeafCstNode): boolean {
    return leaf.tokenType.name === 'NL';
}

/**
 * The range of a statement's or item's own line: a session's header without its items, an item without the
 * newline, blank lines and comment lines that its CST node also holds; a trailing comment only when asked
 * (diagnostics underline the code, the outline and inlay hints take the whole line).
 */
export function lineRange(cst: CstNode, withComment = false): Range {
    const last = lastLeafOfLine(cst, withComment);
    return { start: cst.range.start, end: last ? last.range.end : cst.range.start };
}

/** The last leaf (a comment only when `withComment`) before the first newline; a direct walk, for it runs per diagnostic. */
function lastLeafOfLine(node: CstNode, withComment: boolean): LeafCstNode | undefined {
    let last: LeafCstNode | undefined;
    const visit = (current: CstNode): boolean => {
        if (isCompositeCstNode(current)) return current.content.every(visit);
        if (!isLeafCstNode(current) || isNewline(current)) return false;
        if (withComment || !current.hidden) last = current;
        return true;
    };
    visit(node);
    return last;
}
