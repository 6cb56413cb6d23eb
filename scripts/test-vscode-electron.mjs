// Runs the VS Code suites (out/test/vscode/index.cjs) in a desktop VS Code that @vscode/test-electron downloads into
// .vscode-test/ (so it needs update.code.visualstudio.com; on Linux also a display, e.g. `xvfb-run -a`). Where VS Code
// cannot be downloaded, scripts/test-vscode-server.mjs runs the same suites in code-server's VS Code instead.
//
//   npm run test:vscode          VSCODE_VERSION=1.100.0 npm run test:vscode    (default: stable)
//
// Exit status: 0 when every test passed, 1 otherwise. The workspace is a fresh copy of test/vscode/workspace/.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'split-vscode-'));
const workspace = join(scratch, 'workspace');
cpSync(join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });

let exitCode = 1;
try {
    await runTests({
        version: process.env.VSCODE_VERSION ?? 'stable',
        extensionDevelopmentPath: root,
        extensionTestsPath: join(root, 'out', 'test', 'vscode', 'index.cjs'),
        launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${join(scratch, 'user-data')}`],
    });
    exitCode = 0;
} catch (error) {
    console.error(`VS Code tests failed: ${error instanceof Error ? error.message : error}`);
} finally {
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
}
process.exit(exitCode);
