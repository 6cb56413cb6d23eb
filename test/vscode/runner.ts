// What the browser-driven runners (scripts/test-vscode-server.mjs, test-vscode-web.mjs) need from inside the extension
// host, Node's or the browser's.
import * as vscode from 'vscode';
import { diagnosticsOf, openPlan, revertAll, testOutput, workspaceFile } from './helpers.js';

/**
 * After the suites the runner takes a picture of the workbench: a plan, its squiggles and the Problems panel. It must be
 * taken while the extension host runs (its diagnostics go when it stops), so the runner names a file of the workspace
 * in SPLIT_VSCODE_SCREENSHOT, waits for the line below, takes the picture and then creates that file.
 */
export async function showPlanForScreenshot(): Promise<void> {
    const taken = process.env.SPLIT_VSCODE_SCREENSHOT;
    if (!taken) return;
    await revertAll();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    const editor = await openPlan('week.split');
    await diagnosticsOf(editor.document.uri, (diagnostics) => diagnostics.length > 0);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(editor.document);
    testOutput('ready for a screenshot');
    const deadline = Date.now() + 30_000;
    const exists = () => vscode.workspace.fs.stat(workspaceFile(taken)).then(() => true, () => false);
    while (!(await exists()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Runs the suites with a mocha (Node's or its browser build) that has them, shows the plan for the picture, and rejects
 * when a test failed. Node's mocha is not global, the browser build's is: the reporters' base comes with it.
 */
export async function runSuites(mocha: Mocha, reporter: typeof Mocha.reporters.Base): Promise<void> {
    // One line per report; in the browser-driven runners it is told apart from the workbench's own logs by a tag.
    reporter.consoleLog = (...args: unknown[]) => testOutput(printf(args));
    const failures = await new Promise<number>((resolve, reject) => {
        try {
            mocha.run(resolve);
        } catch (error) {
            reject(error);
        }
    });
    await showPlanForScreenshot();
    // The web workbench does not end the run when the suites resolve: the runner ends it on this line (SUITES_DONE in
    // scripts/workbench-protocol.mjs).
    testOutput(`suites done: ${failures}`);
    if (failures > 0) throw new Error(`${failures} VS Code test${failures === 1 ? '' : 's'} failed`);
}

/** The reporters' console.log arguments as one line: a format with %s and %d, and the rest after spaces. */
function printf([format, ...args]: unknown[]): string {
    if (typeof format !== 'string') return [format, ...args].map(String).join(' ');
    const line = format.replace(/%[sdj%]/g, (directive) => (directive === '%%' ? '%' : String(args.shift())));
    return [line, ...args.map(String)].join(' ');
}
