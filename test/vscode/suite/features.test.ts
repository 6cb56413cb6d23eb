/// <reference types="mocha" />
import { assert } from 'chai';
import * as vscode from 'vscode';
import { EXTENSION_ID, positionOf, workspaceFile } from '../helpers.js';

// Hover, completion and go-to-definition through VS Code's own commands, as the editor asks for them.

suite('hover, completion, definition', () => {
    let document: vscode.TextDocument;

    suiteSetup(async () => {
        document = await vscode.workspace.openTextDocument(workspaceFile('week.split'));
    });

    test('hover on an exercise name shows its muscles', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Squat'));
        const text = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
        assert.match(text, /Squat/);
        assert.match(text, /quadriceps/i);
        assert.match(text, /glutes/i);
    });

    test('completion at the start of an item offers the library, Bench Press among it', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider', document.uri, positionOf(document, 'Overhead Press', 1, 0));
        const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
        assert.ok(labels.includes('Bench Press'), `no "Bench Press" among ${labels.length} items: ${labels.slice(0, 20).join(', ')}`);
        assert.ok(labels.includes('Squat'));
    });

    test('go to definition of "Squat" leads into the built-in library', async () => {
        const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
            'vscode.executeDefinitionProvider', document.uri, positionOf(document, 'Squat'));
        assert.strictEqual(targets.length, 1, JSON.stringify(targets));
        const target = targets[0];
        const [uri, range] = 'targetUri' in target ? [target.targetUri, target.targetSelectionRange ?? target.targetRange] : [target.uri, target.range];
        assert.strictEqual(uri.scheme, 'builtin');
        assert.strictEqual(uri.path, '/library.split');
        // The library ships with the extension: the target is the line declaring "Squat". Read through VS Code, which
        // reads the extension's files in the browser too.
        const file = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'src', 'language', 'library', 'library.split');
        const library = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
        assert.match(library.split('\n')[range.start.line], /^exercise "Squat" /);
    });
});
