import { CstUtils, isCompositeCstNode, isLeafCstNode, type CstNode, type LeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { perObject } from './per-object.js';

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
    return withComment ? lineRangeWithComment(cst) : lineRangeOfCode(cst);
}

// Remembered per node: a session line can carry a finding per body region, and a large plan thousands of findings.
const lineRangeOfCode = perObject((cst: CstNode) => computeLineRange(cst, false));
const lineRangeWithComment = perObject((cst: CstNode) => computeLineRange(cst, true));

function computeLineRange(cst: CstNode, withComment: boolean): Range {
    const last = lastLeafOfLine(cst, withComment);
    return { start: cst.range.start, end: last ? last.range.end : cst.range.start };
}

/** The last leaf (a comment only when `withComment`) before the first newline; a direct walk, for it runs per diagnostic. */
function lastLeafOfLine(node: CstNode, withComment: boolean): LeafCstNode | undefined {
    const found: { last?: LeafCstNode } = {};
    scanLine(node, withComment, found);
    return found.last;
}

/** Visits leaves in order until the first newline (then false), noting the last one that counts in `found`. */
function scanLine(node: CstNode, withComment: boolean, found: { last?: LeafCstNode }): boolean {
    // Leaves first: most nodes are leaves, and asking a leaf for composite content is a slow miss.
    if (isLeafCstNode(node)) {
        if (isNewline(node)) return false;
        if (withComment || !node.hidden) found.last = node;
        return true;
    }
    if (!isCompositeCstNode(node)) return false;
    for (const child of node.content) if (!scanLine(child, withComment, found)) return false;
    return true;
}
