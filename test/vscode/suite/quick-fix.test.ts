/// <reference types="mocha" />
import { assert } from 'chai';
import * as vscode from 'vscode';
import { diagnosticsOf, revertAll, summarize, withCode, workspaceFile } from '../helpers.js';

suite('quick fix', () => {
    suiteTeardown(revertAll);

    test('"Change to" a known exercise mends an unknown one', async () => {
        const document = await vscode.workspace.openTextDocument(workspaceFile('typo.split'));
        const [unknown] = withCode(await diagnosticsOf(document.uri, (found) => withCode(found, 'unknown-exercise').length > 0), 'unknown-exercise');
        const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
            'vscode.executeCodeActionProvider', document.uri, unknown.range, vscode.CodeActionKind.QuickFix.value, 10);
        const titles = actions.map((action) => action.title);
        const fix = actions.find((action): action is vscode.CodeAction => action.title === 'Change to "Seated Calf Raise"');
        assert.ok(fix?.edit, `no "Change to" fix among ${JSON.stringify(titles)}`);
        assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind));
        assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);

        assert.match(document.lineAt(5).text, /^ {2}Seated Calf Raise\s+4x15$/);
        const after = await diagnosticsOf(document.uri, (found) => withCode(found, 'unknown-exercise').length === 0);
        assert.ok(after.length > 0, 'the other diagnostics of the plan stay');
        assert.deepEqual(withCode(after, 'unknown-exercise'), [], summarize(after));
    });
});
