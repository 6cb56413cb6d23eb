/// <reference types="mocha" />
import { assert } from 'chai';
import * as vscode from 'vscode';
import { EXTENSION_ID, cannotRun, diagnosticsOf, openPlan } from '../helpers.js';

suite('activation', () => {
    test('the extension activates when a .split file opens, and its language server answers', async function () {
        this.timeout(60_000); // the extension host, the language server and the library's first build on a busy machine
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is not installed`);
        assert.strictEqual(extension.isActive, false, 'active before any plan was opened');
        const editor = await openPlan('week.split');
        assert.strictEqual(editor.document.languageId, 'split');
        // Diagnostics come only from the language server, which only the activated extension starts.
        await diagnosticsOf(editor.document.uri, (diagnostics) => diagnostics.length > 0, 55_000);
        assert.strictEqual(extension.isActive, true);
    });

    test('it works in Restricted Mode', function () {
        // The server runner opens an untrusted folder, as users meet it; elsewhere the workspace may be trusted.
        if (vscode.workspace.isTrusted) cannotRun(this, 'the workspace is trusted here, so Restricted Mode cannot be seen');
        assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    });
});
