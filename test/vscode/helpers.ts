// Helpers of the VS Code suites: files of the test workspace, diagnostics awaited through events, positions by text.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'split-plan.split-plan';

/** The runner relays only workbench log lines that start with this tag (SPLIT_VSCODE_OUTPUT_TAG). */
const tag = process.env.SPLIT_VSCODE_OUTPUT_TAG ?? '';

/**
 * The console as the suites were loaded: VS Code's web worker extension host later routes an extension's console.log
 * to its own log, which the workbench does not relay.
 */
const log = console.log.bind(console);

/** A line of the suites' output: the console here, relayed by scripts/code-server.mjs. */
export function testOutput(line: string): void {
    log(tag + line);
}

/** No silent skips (as test/cannot-run.ts for vitest): says why, and under CI=true fails instead of skipping. */
export function cannotRun(context: Mocha.Context, reason: string): never {
    const message = `cannot run "${context.test?.title}": ${reason}`;
    if (process.env.CI === 'true') throw new Error(`${message} (CI=true: every test must run)`);
    testOutput(`SKIPPED: ${message}`);
    context.skip();
}

/** A file of the opened test workspace (a copy of test/vscode/workspace/). */
export function workspaceFile(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('VS Code opened no workspace folder');
    return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a plan of the test workspace in an editor. */
export async function openPlan(name: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceFile(name));
    return vscode.window.showTextDocument(document);
}

/** A diagnostic's code as text (Split's codes carry a documentation link, which makes them objects). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The codes of some diagnostics, for messages. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string {
    return JSON.stringify(diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${codeOf(diagnostic)}`));
}

/** The diagnostics of `uri` once `until` holds for them, waiting on onDidChangeDiagnostics (never on a clock). */
export function diagnosticsOf(uri: vscode.Uri, until: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
    return new Promise((resolve, reject) => {
        const settle = (): boolean => {
            const diagnostics = vscode.languages.getDiagnostics(uri);
            if (!until(diagnostics)) return false;
            clearTimeout(timer);
            subscription.dispose();
            resolve(diagnostics);
            return true;
        };
        const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
            if (event.uris.some((changed) => changed.toString() === uri.toString())) settle();
        });
        const timer = setTimeout(() => {
            subscription.dispose();
            reject(new Error(`timed out after ${timeoutMs} ms waiting for the diagnostics of ${uri.path}; they are ${summarize(vscode.languages.getDiagnostics(uri))}`));
        }, timeoutMs);
        settle();
    });
}

/** Diagnostics with a code. */
export function withCode(diagnostics: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
    return diagnostics.filter((diagnostic) => codeOf(diagnostic) === code);
}

/** The position `into` characters into the `nth` occurrence (1-based) of `probe` in a document. */
export function positionOf(document: vscode.TextDocument, probe: string, nth = 1, into = 1): vscode.Position {
    const text = document.getText();
    let offset = -1;
    for (let count = 0; count < nth; count++) {
        offset = text.indexOf(probe, offset + 1);
        if (offset < 0) throw new Error(`"${probe}" occurs fewer than ${nth} times in ${document.uri.path}`);
    }
    return document.positionAt(offset + into);
}

/** Reverts every document a test changed, so that closing editors asks nothing. */
export async function revertAll(): Promise<void> {
    for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
    }
}
