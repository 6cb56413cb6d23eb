// The entry VS Code loads as `extensionTestsPath` (bundled to out/test/vscode/index.cjs): runs the mocha suites of
// suite/ inside the extension host and rejects when any test fails, so that the runner exits non-zero.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { runSuites } from './runner.js';

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
    // The suites are bundled next to this file (out/test/vscode/suite/*.test.cjs) and run in file-name order.
    const suites = join(__dirname, 'suite');
    for (const file of readdirSync(suites).filter((name) => name.endsWith('.test.cjs')).sort()) mocha.addFile(join(suites, file));
    await runSuites(mocha, Mocha.reporters.Base);
}
