import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { RestartPolicy } from './restart-policy.js';
import { PreviewManager } from './preview.js';
import { SERVER_EXEC_ARGV } from './server-options.js';

let client: LanguageClient | undefined;

/** Starts the bundled language server over IPC for `.split` files, and the preview. */
export async function activate(context: ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath(path.join('out', 'language', 'main.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
    };
    const restarts = new RestartPolicy();
    const clientOptions: LanguageClientOptions = {
        // Any scheme, `builtin:` included: the server serves the read-only built-in library (builtin:/library.split)
        // through workspace/textDocumentContent, for which this client registers a content provider by itself.
        documentSelector: [{ language: 'split' }],
        errorHandler: {
            error: () => ({ action: ErrorAction.Continue }),
            closed: () => {
                const { restart, message } = restarts.onClosed(Date.now());
                return { action: restart ? CloseAction.Restart : CloseAction.DoNotRestart, message };
            },
        },
        synchronize: {
            // The split.* settings and every .splitrc.json reach the server, which revalidates on change.
            configurationSection: 'split',
            fileEvents: workspace.createFileSystemWatcher('**/.splitrc.json'),
        },
    };
    client = new LanguageClient('split', 'Split', serverOptions, clientOptions);
    // The extension's side of the start, beside the server's own [start …] lines (split-startup-log.ts), with the
    // time since the extension host started.
    const log = (line: string) => client?.outputChannel.appendLine(`[activate ${Math.round(performance.now())} ms] ${line}`);
    log('starting the language server');
    await client.start();
    log('the language server is running');
    context.subscriptions.push(new PreviewManager(context, client));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
