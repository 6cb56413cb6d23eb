import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from './server-options.js';
import { splitClientOptions, startSplitClient } from './split-client.js';

let client: LanguageClient | undefined;

/** Starts the bundled language server over IPC for `.split` files, and the preview. */
export async function activate(context: ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath(path.join('out', 'language', 'main.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
    };
    client = new LanguageClient('split', 'Split', serverOptions, splitClientOptions());
    await startSplitClient(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
