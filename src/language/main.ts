import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { IncomingMessages } from './lsp/split-incoming-messages.js';
import { SplitStartupLog } from './lsp/split-startup-log.js';
import { createSplitServices, SERVICE_REQUIREMENTS } from './split-lsp-module.js';
import { SplitFileSystem } from './workspace/split-file-system.js';

// The language server: started by the extension over IPC, or by any editor with --stdio.
const messages = new IncomingMessages();
const connection = createConnection(ProposedFeatures.all, messages.connectionOptions);
const { shared } = createSplitServices({ connection, messages, ...SplitFileSystem });
new SplitStartupLog(shared).start(connection);
startLanguageServer(shared, SERVICE_REQUIREMENTS);
