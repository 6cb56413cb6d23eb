import { CstUtils, isCompositeCstNode, isLeafCstNode, type CstNode, type LeafCstNode } from 'langium';

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
