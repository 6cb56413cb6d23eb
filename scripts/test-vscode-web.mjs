// Runs the VS Code suites for the web (out/test/web/index.cjs, built by `npm run bundle`) in the web worker extension
// host of code-server's VS Code web workbench in headless Chromium, against the extension's `browser` entry and its
// language server in a web worker, as on vscode.dev (code-server.mjs).
//
// The workbench runs an extension that has a `main` in the server's Node extension host, and code-server 4.139.1's
// ignores the development kind "web" (its browser environment names the setting extensionDevelopmentLocationKind, its
// extension host picker reads extensionDevelopmentKind). So the suites load a copy of the extension whose manifest has
// no `main`, which is what VS Code for the web makes of it: the `browser` entry, in the web worker.
//
//   node scripts/test-vscode-web.mjs     exit status: mocha's (non-zero when a test fails), 1 on a failure to run
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, runSuitesInWorkbench } from './code-server.mjs';

/** What the web extension reads of the project: its bundles, contributions, media, library and rules page. */
const EXTENSION_FILES = ['out', 'media', 'syntaxes', 'snippets', 'schemas', 'docs', 'language-configuration.json', 'src/language/library'];

function webExtension(scratch) {
    const folder = join(scratch, 'web-extension');
    for (const path of EXTENSION_FILES) cpSync(join(root, path), join(folder, path), { recursive: true });
    const { main: _node, ...manifest } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
    return folder;
}

process.exit(await runSuitesInWorkbench({ name: 'vscode-web', testsEntry: join(root, 'out', 'test', 'web', 'index.cjs'), extensionFolder: webExtension, screenshotExpected: false, untaggedSuites: true }));
