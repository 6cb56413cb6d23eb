import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isBuiltin } from './library/builtin-library.js';
import { createSplitServices } from './split-lsp-module.js';
import { SplitFileSystem } from './workspace/split-file-system.js';

// The language server: started by the extension over IPC, or by any editor with --stdio.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createSplitServices({ connection, ...SplitFileSystem });
startLanguageServer(shared);

// One line in the editor's log (VS Code: the "Split" output channel) once the workspace is first checked, with the
// time since the process started.
const firstCheck = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, (documents) => {
    firstCheck.dispose();
    const plans = documents.filter((document) => !isBuiltin(document.uri)).length;
    connection.console.info(`Split language server: ${plans} plan${plans === 1 ? '' : 's'} checked ${Math.round(performance.now())} ms after starting`);
});
