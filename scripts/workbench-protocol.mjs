// What the workbench runners (code-server.mjs) and the suites inside the extension host (test/vscode/runner.ts) agree
// on: the tag of the suites' log lines, the line that asks for the picture, and the workspace file that says it was taken.
export const OUTPUT_TAG = '[split-vscode-test] ';
export const SCREENSHOT_READY = 'ready for a screenshot';
export const SCREENSHOT_TAKEN = '.screenshot-taken';
/** The suites' last line, with the number of failed tests (test/vscode/runner.ts). */
export const SUITES_DONE = /^suites done: (\d+)$/;
