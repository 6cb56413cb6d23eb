import { type CstNode } from 'langium';
import { DefaultDefinitionProvider, type GoToLink } from 'langium/lsp';
import { LocationLink, type DefinitionParams } from 'vscode-languageserver';

/**
 * Go to definition (SPEC §7) from an exercise name in an item to its declaration: in the file, an imported file or
 * the built-in library (`builtin:/library.split`, served read-only by the TextDocumentContentProvider). Langium's
 * default finds the target through the scope; this only narrows the target range from the whole declaration (its
 * doc comment and trailing newlines included) to the declaration's quoted name.
 */
export class SplitDefinitionProvider extends DefaultDefinitionProvider {
    protected override collectLocationLinks(sourceCstNode: CstNode, _params: DefinitionParams): LocationLink[] | undefined {
        const links = this.findLinks(sourceCstNode).map((link: GoToLink) =>
            LocationLink.create(link.targetDocument.textDocument.uri, link.target.range, link.target.range, link.source.range));
        return links.length > 0 ? links : undefined;
    }
}
