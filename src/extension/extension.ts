import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { PreviewManager } from './preview.js';

let client: LanguageClient | undefined;

/** Starts the bundled language server over IPC for `.split` files, and the preview. */
export async function activate(context: ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath(path.join('out', 'language', 'main.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        // Any scheme, `builtin:` included: the server serves the read-only built-in library (builtin:/library.split)
        // through workspace/textDocumentContent, for which this client registers a content provider by itself.
        documentSelector: [{ language: 'split' }],
        synchronize: {
            // The split.* settings and every .splitrc.json reach the server, which revalidates on change.
            configurationSection: 'split',
            fileEvents: workspace.createFileSystemWatcher('**/.splitrc.json'),
        },
    };
    client = new LanguageClient('split', 'Split', serverOptions, clientOptions);
    await client.start();
    context.subscriptions.push(new PreviewManager(context, client));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
