import { CstUtils, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/**
 * The range of a node's first line: a session's header without its items, an item without the newline that ends
 * it. Diagnostics on sessions and items underline that much, and no more.
 */
export function lineRange(node: AstNode): Range | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    let end = cst.range.start;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (leaf.hidden) continue;
        if (leaf.tokenType.name === 'NL') break;
        end = leaf.range.end;
    }
    return { start: cst.range.start, end };
}
