// What the browser-driven runner (scripts/test-vscode-server.mjs) needs from inside the extension host.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { diagnosticsOf, openPlan, revertAll, testOutput } from './helpers.js';

/**
 * After the suites the runner takes a picture of the workbench: a plan, its squiggles and the Problems panel. It must be
 * taken while the extension host runs (its diagnostics go when it stops), so the runner names a file in
 * SPLIT_VSCODE_SCREENSHOT, waits for the line below, takes the picture and then creates that file.
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
    while (!existsSync(taken) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}
