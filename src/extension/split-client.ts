import { workspace, type ExtensionContext } from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { PreviewManager } from './preview.js';
import { RestartPolicy } from './restart-policy.js';

/** The client's options, the same on the desktop (a Node process) and in the browser (a web worker). */
export function splitClientOptions(): LanguageClientOptions {
    const restarts = new RestartPolicy();
    return {
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
}

/** Starts the language server and, once it runs, the preview. */
export async function startSplitClient(context: ExtensionContext, client: BaseLanguageClient): Promise<void> {
    // The extension's side of the start, beside the server's own [start …] lines (split-startup-log.ts), with the
    // time since the extension host started.
    const log = (line: string) => client.outputChannel.appendLine(`[activate ${Math.round(performance.now())} ms] ${line}`);
    log('starting the language server');
    await client.start();
    log('the language server is running');
    context.subscriptions.push(new PreviewManager(context, client));
}
