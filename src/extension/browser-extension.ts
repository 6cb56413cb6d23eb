import { Uri, type ExtensionContext } from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { EditorFileService } from './editor-file-service.js';
import { splitClientOptions, startSplitClient } from './split-client.js';

// The web worker extension host's global (the project's types are Node's; the client's typings name only the type).
declare const Worker: new (url: string, options?: { name?: string }) => Worker;

let client: LanguageClient | undefined;

/**
 * The extension in VS Code for the web (vscode.dev, github.dev): the language server runs in a web worker, and reads
 * the workspace's files through this extension (editor-file-service.ts).
 */
export async function activate(context: ExtensionContext): Promise<void> {
    // A function, so that a restart after a crash starts a new worker.
    client = new LanguageClient('split', 'Split', () => startServerWorker(context.extensionUri), splitClientOptions());
    // Before the start: the server reads the workspace as soon as it is initialized.
    context.subscriptions.push(new EditorFileService(client));
    await startSplitClient(context, client);
}

/**
 * The language server's worker and the connection to it. The worker is made from its script's text: VS Code for the web starts no worker from the URI of an
 * extension served by a remote (vscode-remote:, as code-server serves one under development), while its fetch reads
 * that URI as well as the https: of a vscode.dev extension.
 */
async function startServerWorker(extensionUri: Uri): Promise<MessageTransports> {
    const script = Uri.joinPath(extensionUri, 'out', 'language', 'main-browser.js').toString(true);
    const response = await fetch(script);
    if (!response.ok) throw new Error(`Split cannot load its language server from ${script} (HTTP ${response.status})`);
    const code = new Blob([await response.text()], { type: 'application/javascript' });
    const worker = new Worker(URL.createObjectURL(code), { name: 'Split language server' });
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
