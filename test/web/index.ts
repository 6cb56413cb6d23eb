// The entry VS Code's web worker extension host loads as `extensionTestsPath` (bundled to out/test/web/index.cjs by
// scripts/browser.mjs): the VS Code suites of test/vscode/suite, in the browser, against the extension's `browser` entry
// and its language server in a web worker. All of them run here; the imports are in the desktop's file-name order.
import './mocha-setup.js';
import '../vscode/suite/activation.test.js';
import '../vscode/suite/diagnostics.test.js';
import '../vscode/suite/features.test.js';
import '../vscode/suite/formatting.test.js';
import '../vscode/suite/preview.test.js';
import '../vscode/suite/quick-fix.test.js';
import { runSuites } from '../vscode/runner.js';

export function run(): Promise<void> {
    return runSuites(mocha as unknown as Mocha, Mocha.reporters.Base);
}
