/// <reference types="mocha" />
import { assert } from 'chai';
import * as vscode from 'vscode';
import { openPlan } from '../helpers.js';

// The preview panel (SPEC §7) and the read-only built-in library, as a user opens them.

/** Resolves when `find` finds a tab, waiting on tab changes (never on a clock). */
function tabWhere(find: (tab: vscode.Tab) => boolean, timeoutMs = 20_000): Promise<vscode.Tab> {
    return new Promise((resolve, reject) => {
        const look = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(find);
        const found = look();
        if (found) return resolve(found);
        const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
            const tab = look();
            if (!tab) return;
            clearTimeout(timer);
            subscription.dispose();
            resolve(tab);
        });
        const timer = setTimeout(() => {
            subscription.dispose();
            reject(new Error('timed out waiting for the tab'));
        }, timeoutMs);
    });
}

suite('preview and the built-in library', () => {
    test('"Open Preview to the Side" opens the preview of the plan beside it', async () => {
        const editor = await openPlan('week.split');
        await vscode.commands.executeCommand('split.showPreviewToSide');
        // The panel opens with a generic title and takes the plan's name as it follows it (in the browser, a tab change later).
        const tab = await tabWhere((candidate) => candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.endsWith('split.preview')
            && candidate.label === 'Preview week.split');
        assert.strictEqual(tab.label, 'Preview week.split');
        assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn);
    });

    test('the built-in library opens in an editor, as a virtual document (read-only in VS Code)', async () => {
        const library = await vscode.workspace.openTextDocument(vscode.Uri.parse('builtin:/library.split'));
        assert.match(library.getText(), /^exercise "Squat" /m);
        assert.strictEqual(library.languageId, 'split');
        const editor = await vscode.window.showTextDocument(library);
        assert.strictEqual(editor.document.uri.scheme, 'builtin');
    });
});
