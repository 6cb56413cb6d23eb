import { Uri, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { EditorFileService } from './editor-file-service.js';
import { splitClientOptions, startSplitClient } from './split-client.js';

// The web worker extension host's global (the project's types are Node's; the client's typings name only the type).
declare const Worker: new (url: string) => Worker;

let client: LanguageClient | undefined;

/**
 * The extension in VS Code for the web (vscode.dev, github.dev): the language server runs in a web worker, and reads
 * the workspace's files through this extension (editor-file-service.ts).
 */
export async function activate(context: ExtensionContext): Promise<void> {
    const worker = new Worker(Uri.joinPath(context.extensionUri, 'out', 'language', 'main-browser.js').toString(true));
    client = new LanguageClient('split', 'Split', splitClientOptions(), worker);
    // Before the start: the server reads the workspace as soon as it is initialized.
    context.subscriptions.push(new EditorFileService(client));
    await startSplitClient(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
