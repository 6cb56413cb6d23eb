import { URI, type LangiumDocument } from 'langium';
import { createSplitServices, type SplitLspServices } from '../../../src/language/split-lsp-module.js';
import { SplitFileSystem } from '../../../src/language/workspace/split-file-system.js';

/**
 * Split's services with the editor features, for tests that call the providers directly: the built-in library
 * loaded and the configuration ready (as after an editor's `initialized`), with no connection.
 */
export async function lspServices(): Promise<SplitLspServices> {
    const { shared, Split } = createSplitServices({ ...SplitFileSystem });
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    await shared.workspace.ConfigurationProvider.initialized({});
    return Split;
}

let counter = 0;

/** Parses, links and validates a text as the document at `uri` (default: a fresh memory document). */
export async function openDocument(Split: SplitLspServices, text: string, uri = URI.parse(`memory:/doc-${++counter}.split`)): Promise<LangiumDocument> {
    const document = Split.shared.workspace.LangiumDocuments.createDocument(uri, text);
    await Split.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}
