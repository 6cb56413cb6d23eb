// Runs the VS Code suites (out/test/vscode/index.cjs, built by `npm run bundle`) in the Node extension host of
// code-server's VS Code server, against the extension's `main` (code-server.mjs).
//
//   node scripts/test-vscode-server.mjs     exit status: mocha's (non-zero when a test fails), 1 on a failure to run
import { join } from 'node:path';
import { root, runSuitesInWorkbench } from './code-server.mjs';

process.exit(await runSuitesInWorkbench({ name: 'vscode', testsEntry: join(root, 'out', 'test', 'vscode', 'index.cjs') }));
