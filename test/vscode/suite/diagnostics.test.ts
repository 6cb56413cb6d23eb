/// <reference types="mocha" />
import { assert } from 'chai';
import * as vscode from 'vscode';
import { diagnosticsOf, summarize, withCode, workspaceFile } from '../helpers.js';

suite('diagnostics', () => {
    let diagnostics: vscode.Diagnostic[];

    suiteSetup(async () => {
        const document = await vscode.workspace.openTextDocument(workspaceFile('week.split'));
        diagnostics = await diagnosticsOf(document.uri, (found) => withCode(found, 'recovery-window').length > 0 && withCode(found, 'unknown-exercise').length > 0);
    });

    test('recovery-window on the second leg day, with its documentation link', () => {
        const [recovery, ...more] = withCode(diagnostics, 'recovery-window');
        assert.strictEqual(more.length, 0, summarize(diagnostics));
        assert.strictEqual(recovery.range.start.line, 8, 'line 9: tuesday "Legs Again"');
        assert.strictEqual(recovery.severity, vscode.DiagnosticSeverity.Warning);
        assert.strictEqual(recovery.message, 'Legs trained again 24 h after Monday 18:00; allow at least 48 h');
        assert.strictEqual(recovery.source, 'split');
        const code = recovery.code;
        assert.ok(typeof code === 'object', 'the code carries a link');
        assert.match(code.target.toString(), /rules\.md#recovery-window$/);
    });

    test('unknown-exercise with a "did you mean"', () => {
        const [unknown] = withCode(diagnostics, 'unknown-exercise');
        assert.deepEqual([unknown.range.start.line, unknown.range.start.character], [13, 2]);
        assert.strictEqual(unknown.message, 'Unknown exercise "Bench Pres"; did you mean "Bench Press"?');
    });

    test('.splitrc.json turns weekly-volume off', () => {
        assert.deepEqual(withCode(diagnostics, 'weekly-volume'), [], summarize(diagnostics));
    });
});
