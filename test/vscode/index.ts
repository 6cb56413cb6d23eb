// The entry VS Code loads as `extensionTestsPath` (bundled to out/test/vscode/index.cjs): runs the mocha suites of
// suite/ inside the extension host and rejects when any test fails, so that the runner exits non-zero.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { testOutput } from './helpers.js';
import { showPlanForScreenshot } from './runner.js';

export async function run(): Promise<void> {
    // One line per report; in the browser-driven runner it is told apart from the workbench's own logs by a tag.
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => testOutput(format(...args));
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
    // The suites are bundled next to this file (out/test/vscode/suite/*.test.cjs) and run in file-name order.
    const suites = join(__dirname, 'suite');
    for (const file of readdirSync(suites).filter((name) => name.endsWith('.test.cjs')).sort()) mocha.addFile(join(suites, file));

    const failures = await new Promise<number>((resolve, reject) => {
        try {
            mocha.run(resolve);
        } catch (error) {
            reject(error);
        }
    });
    await showPlanForScreenshot();
    if (failures > 0) throw new Error(`${failures} VS Code test${failures === 1 ? '' : 's'} failed`);
}
