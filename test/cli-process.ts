// The command line as a child process, for the tests of what it reads and writes: the real bundle on Node 22, with
// a deadline, so that a run that hangs fails the test instead of the suite.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestContext } from 'vitest';
import { cannotRun } from './cannot-run.js';
import { ROOT } from './root.js';

export const NODE = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
export const CLI = join(ROOT, 'out', 'cli', 'split-plan.cjs');

export interface CliRun {
    /** null when killed: by `deadline`, or by the test. */
    readonly status: number | null;
    readonly signal: NodeJS.Signals | null;
    readonly stdout: string;
    readonly stderr: string;
    readonly milliseconds: number;
}

/**
 * Runs `split-plan ARGS…` and resolves when it exits, or kills it at the deadline. Its standard input stays open
 * (and empty) until it exits, as at a terminal.
 */
export function runCli(args: string[], options: { cwd: string; deadline?: number; spawn?: SpawnOptions; started?: (child: ChildProcess) => void }): Promise<CliRun> {
    const started = performance.now();
    const child = spawn(NODE, [CLI, ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1' }, ...options.spawn });
    options.started?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk));
    const deadline = setTimeout(() => child.kill('SIGKILL'), options.deadline ?? 20_000);
    return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (status, signal) => {
            clearTimeout(deadline);
            resolve({ status, signal, stdout, stderr, milliseconds: performance.now() - started });
        });
    });
}

/** A fresh temporary folder holding `files` (relative path → text or bytes). */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
    const folder = mkdtempSync(join(tmpdir(), 'split-files-'));
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), content);
    }
    return folder;
}

/** Makes a named pipe with mkfifo; where that cannot be done, the test cannot run (test/cannot-run.ts). */
export function makeFifo(path: string, context: TestContext): void {
    const made = spawnSync('mkfifo', [path], { encoding: 'utf8' });
    if (made.error || made.status !== 0) cannotRun(context, `cannot make a named pipe (mkfifo: ${made.error?.message ?? made.stderr.trim()})`);
}

/** Spawn options that run a child as `nobody`, where this system allows it (root reads and writes anything). */
export function asNobody(): SpawnOptions | undefined {
    if (process.platform === 'win32') return undefined;
    if (process.getuid?.() !== 0) return {};
    const nobody = { uid: 65534, gid: 65534 };
    const probe = spawnSync(NODE, [CLI, '--version'], { ...nobody, encoding: 'utf8' });
    return probe.error || probe.status !== 0 ? undefined : nobody;
}
