/// <reference types="mocha" />
import { assert } from 'chai';
import * as vscode from 'vscode';
import { revertAll, workspaceFile } from '../helpers.js';

suite('formatting', () => {
    suiteTeardown(revertAll);

    test('format document aligns a messy plan', async () => {
        const document = await vscode.workspace.openTextDocument(workspaceFile('messy.split'));
        const options: vscode.FormattingOptions = { tabSize: 2, insertSpaces: true };
        const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', document.uri, options);
        assert.ok(edits && edits.length > 0, 'no formatting edits: is a formatter registered?');
        const edit = new vscode.WorkspaceEdit();
        edit.set(document.uri, edits);
        assert.strictEqual(await vscode.workspace.applyEdit(edit), true);

        const items = document.getText().split('\n').filter((line) => /^\s+\S/.test(line));
        assert.strictEqual(items.length, 3, document.getText());
        for (const line of items) assert.match(line, /^ {2}\S/, 'items are indented two spaces');
        // One column for the prescriptions of a session.
        const columns = items.map((line) => line.search(/\d+x/));
        assert.strictEqual(new Set(columns).size, 1, document.getText());
        assert.match(document.getText(), /^wednesday rest$/m);

        const again = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', document.uri, options);
        assert.deepEqual(again ?? [], [], 'formatting twice changes nothing');
    });
});
