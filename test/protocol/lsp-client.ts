import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, LogMessageParams, PublishDiagnosticsParams, ShowMessageParams, TextEdit } from 'vscode-languageserver-protocol';

export const SERVER = 'out/language/main.cjs';

/**
 * The bundled language server started as a child process and spoken to over stdio, as an editor does.
 * Diagnostics are awaited per document version, never by sleeping.
 */
export class LspClient {
    readonly connection: MessageConnection;
    /** What the server told the user (window/showMessage). */
    readonly messages: ShowMessageParams[] = [];
    private readonly messageWaiters: Array<(params: ShowMessageParams) => void> = [];
    /** What the server wrote to the editor's log (window/logMessage). */
    readonly logs: string[] = [];
    /** What the server answered to `initialize`: its capabilities. */
    initializeResult?: InitializeResult;
    private readonly process: ChildProcess;
    private readonly published = new Map<string, PublishDiagnosticsParams>();
    private readonly waiters: Array<{ uri: string; accepts: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }> = [];
    private readonly versions = new Map<string, number>();

    private constructor() {
        if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first`);
        this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.published.set(params.uri, params);
            for (const waiter of [...this.waiters]) {
                if (waiter.uri === params.uri && waiter.accepts(params)) {
                    this.waiters.splice(this.waiters.indexOf(waiter), 1);
                    waiter.resolve(params);
                }
            }
        });
        this.connection.onNotification('window/logMessage', (params: LogMessageParams) => void this.logs.push(params.message));
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
            this.messages.push(params);
            this.messageWaiters.splice(0).forEach((resolve) => resolve(params));
        });
        this.connection.listen();
    }

    static async start(rootUri: string | null = null): Promise<LspClient> {
        const client = new LspClient();
        client.initializeResult = await client.connection.sendRequest<InitializeResult>('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'test' }] : null,
            capabilities: {
                textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
                workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
            },
        });
        await client.connection.sendNotification('initialized', {});
        return client;
    }

    /** Opens a document and resolves with the diagnostics published for it. */
    async open(uri: string, text: string): Promise<Diagnostic[]> {
        this.versions.set(uri, 1);
        const published = this.nextDiagnostics(uri, 1);
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'split', version: 1, text } });
        return (await published).diagnostics;
    }

    /** Replaces a document's text and resolves with the diagnostics for the new version. */
    async change(uri: string, text: string): Promise<Diagnostic[]> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        const published = this.nextDiagnostics(uri, version);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        return (await published).diagnostics;
    }

    /** The diagnostics last published for a document the client did not open, or the next ones. */
    diagnosticsOf(uri: string): Promise<PublishDiagnosticsParams> {
        const published = this.published.get(uri);
        return published ? Promise.resolve(published) : this.nextDiagnostics(uri);
    }

    /** The server's process id, to read its memory. */
    get pid(): number {
        return this.process.pid!;
    }

    /**
     * The next publication for a document. Langium sends no versions: then the next publication after a change is
     * taken as the one for it, which holds when no check of an earlier text is still under way.
     */
    nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
        return this.publication(uri, `v${version}`, (params) => version === undefined || params.version === undefined || params.version === version);
    }

    /**
     * The first publication for a document, from now on, that `accepts`: for a change made while checks of earlier
     * texts may still publish (typing that never pauses), whose diagnostics tell which text they are for.
     */
    diagnosticsUntil(uri: string, what: string, accepts: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
        return this.publication(uri, what, accepts);
    }

    private publication(uri: string, what: string, accepts: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} (${what})`)), 20_000);
            this.waiters.push({ uri, accepts, resolve: (params) => { clearTimeout(timer); resolve(params); } });
        });
    }

    /** The next message the server shows the user. */
    nextMessage(): Promise<ShowMessageParams> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('the server showed no message')), 20_000);
            this.messageWaiters.push((params) => { clearTimeout(timer); resolve(params); });
        });
    }

    /**
     * Sends the messages `send` sends in one write, so that the server reads them at once, as when they pile up while it
     * is busy: nothing of the server runs between them.
     */
    async inOneWrite<T>(send: () => T): Promise<T> {
        const stdin = this.process.stdin!;
        stdin.cork();
        const sent = send();
        // The writer encodes each message in promise jobs, all done before the next turn of the event loop.
        await new Promise(setImmediate);
        stdin.uncork();
        return sent;
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    /** Shuts the server down as an editor does; resolves with its exit code. */
    async stop(): Promise<number | null> {
        const exited = new Promise<number | null>((resolve) => {
            if (this.process.exitCode !== null) resolve(this.process.exitCode);
            else this.process.once('exit', (code) => resolve(code));
        });
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
            return await exited;
        } finally {
            this.connection.dispose();
            this.process.kill();
        }
    }
}

/** Applies LSP text edits to a text, last first so that earlier ranges stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const offsets = lineOffsets(text);
    const at = (position: { line: number; character: number }) => (offsets[position.line] ?? text.length) + position.character;
    return [...edits]
        .sort((a, b) => at(b.range.start) - at(a.range.start))
        .reduce((result, edit) => result.slice(0, at(edit.range.start)) + edit.newText + result.slice(at(edit.range.end)), text);
}

function lineOffsets(text: string): number[] {
    const offsets = [0];
    for (let index = 0; index < text.length; index++) if (text[index] === '\n') offsets.push(index + 1);
    return offsets;
}
