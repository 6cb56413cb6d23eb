import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { EditorFileUpdateHandler } from './lsp/editor-file-update-handler.js';
import { IncomingMessages } from './lsp/split-incoming-messages.js';
import { SplitStartupLog } from './lsp/split-startup-log.js';
import { createSplitServices, SERVICE_REQUIREMENTS } from './split-lsp-module.js';
import { EditorFileSystemProvider } from './lsp/editor-file-system.js';

// The language server in the web worker that the browser extension starts (VS Code for the web: vscode.dev,
// github.dev). Its files are the editor's, read through the extension; nothing here may need Node.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const messages = new IncomingMessages();
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self), messages.connectionOptions);
const fileSystem = new EditorFileSystemProvider(connection);
const { shared } = createSplitServices({
    connection,
    messages,
    fileSystemProvider: () => fileSystem,
    platform: { lsp: { DocumentUpdateHandler: (services) => new EditorFileUpdateHandler(services, fileSystem) } },
});
new SplitStartupLog(shared).start(connection);
startLanguageServer(shared, SERVICE_REQUIREMENTS);
