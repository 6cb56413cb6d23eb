import { GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { isImport, type Plan } from '../generated/ast.js';
import type { SplitImports } from '../workspace/split-imports.js';
import type { SplitLspServices } from '../split-lsp-module.js';

/**
 * Links for imports (SPEC §7): the path string of each `import "path.split"` links to the file it resolves to,
 * relative to this file (SPEC §2.2); the link covers the text between the quotes. A path naming no file gets no link: the `unresolved-import` diagnostic speaks.
 */
export class SplitDocumentLinkProvider implements DocumentLinkProvider {
    private readonly imports: SplitImports;

    constructor(services: SplitLspServices) {
        this.imports = services.references.Imports;
    }

    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): MaybePromise<DocumentLink[]> {
        const plan = document.parseResult.value as Plan;
        return plan.statements.filter(isImport).flatMap((node) => {
            const path = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'path');
            const target = path && this.imports.document(node)?.uri;
            if (!path || !target) return [];
            // The text between the quotes, as editors underline a path.
            const { start, end } = path.range;
            const open = path.text.startsWith('"') ? 1 : 0;
            const close = path.text.length > 1 && path.text.endsWith('"') ? 1 : 0;
            const range = { start: { line: start.line, character: start.character + open }, end: { line: end.line, character: end.character - close } };
            return [{ range, target: target.toString(), tooltip: `Open ${node.path}` }];
        });
    }
}
