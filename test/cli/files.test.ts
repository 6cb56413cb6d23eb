// What split-plan reads (issue 11): regular files only, of bounded size, never waiting on a device, a FIFO or a
// terminal, without a byte-order mark; every refusal a located message in the user's words. Through the real bundle.
import { chmodSync, closeSync, mkdirSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS } from '../../src/language/facts/defaults.js';
import { asNobody, makeFifo, runCli, tempFolder, type CliRun } from '../cli-process.js';
import { cannotRun } from '../cannot-run.js';

const PLAN = 'monday "Legs"\n  Squat 4x8\n';
const BOM = '\uFEFF';
/** A run that ended by itself, quickly: not killed at the deadline, not crashed. */
function finished(run: CliRun): CliRun {
    expect(run.signal, `killed after ${run.milliseconds.toFixed(0)} ms (hung?); stderr: ${run.stderr}`).toBeNull();
    expect(run.stderr).not.toMatch(/internal error|bad_alloc|heap out of memory|^\s+at /im);
    return run;
}

describe('devices are refused at once', () => {
    it.each(['/dev/zero', '/dev/urandom'])('import "%s"', async (device) => {
        const folder = tempFolder({ 'plan.split': `import "${device}"\n${PLAN}` });
        const run = finished(await runCli(['check', 'plan.split'], { cwd: folder, deadline: 10_000 }));
        expect(run.status).toBe(1);
        expect(run.stdout).toContain(`plan.split:1:8  error  "${device}" (${device}) is not a regular file but a device: Split reads plans from regular files only  unresolved-import`);
    });

    it('a .splitrc.json that links to /dev/zero', async () => {
        const folder = tempFolder({ 'plan.split': PLAN });
        symlinkSync('/dev/zero', join(folder, '.splitrc.json'));
        const run = finished(await runCli(['check', 'plan.split'], { cwd: folder, deadline: 10_000 }));
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`split-plan check: ${join(folder, '.splitrc.json')}: is not a regular file but a device; using the defaults\n`);
    });

    it('import "/dev/stdin" while standard input stays open: a socket, as Node makes it, or a pipe', async (ctx) => {
        const folder = tempFolder({ 'plan.split': `import "/dev/stdin"\n${PLAN}` });
        const socket = finished(await runCli(['check', 'plan.split'], { cwd: folder, deadline: 10_000, spawn: { stdio: 'pipe' } }));
        expect(socket.stdout).toContain('error  "/dev/stdin" (/dev/stdin) is not a regular file but a device or socket');
        makeFifo(join(folder, 'stdin'), ctx);
        // Opened for reading and writing, a FIFO opens at once, and its writer stays open: a read would wait for good.
        const pipe = openSync(join(folder, 'stdin'), 'r+');
        try {
            const run = finished(await runCli(['check', 'plan.split'], { cwd: folder, deadline: 10_000, spawn: { stdio: [pipe, 'pipe', 'pipe'] } }));
            expect(run.stdout).toContain('error  "/dev/stdin" (/dev/stdin) is not a regular file but a named pipe');
        } finally {
            closeSync(pipe);
        }
    });
});

describe('a named pipe never blocks', () => {
    it('as an import, and as the .splitrc.json', async (ctx) => {
        const folder = tempFolder({ 'plan.split': `import "pipe.split"\n${PLAN}` });
        makeFifo(join(folder, 'pipe.split'), ctx);
        makeFifo(join(folder, '.splitrc.json'), ctx);
        const run = finished(await runCli(['check', 'plan.split'], { cwd: folder, deadline: 10_000 }));
        expect(run.status).toBe(2);
        expect(run.stdout).toContain(`plan.split:1:8  error  "pipe.split" (${join(folder, 'pipe.split')}) is not a regular file but a named pipe: Split reads plans from regular files only`);
        expect(run.stderr).toBe(`split-plan check: ${join(folder, '.splitrc.json')}: is not a regular file but a named pipe; using the defaults\n`);
    });

    it.for([
        ['check', 'pipe.split'],
        ['fmt', 'pipe.split'],
        ['fmt', '--write', 'pipe.split'],
        ['export', 'pipe.split', '--format', 'json'],
        ['diff', 'plan.split', 'pipe.split'],
    ])('as the plan: %j', async (args, ctx) => {
        const folder = tempFolder({ 'plan.split': PLAN });
        makeFifo(join(folder, 'pipe.split'), ctx);
        const run = finished(await runCli(args, { cwd: folder, deadline: 10_000 }));
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`split-plan ${args[0]}: pipe.split is not a regular file but a named pipe: Split reads plans from regular files only\n`);
    });
});

describe('a byte-order mark is not part of the text, as in VS Code', () => {
    it('a plan, an import and a .splitrc.json with one read as without', async () => {
        const lib = 'exercise "Landmine Row" primary middle back\n';
        const plan = 'import "lib.split"\nmonday "Back"\n  Landmine Row 4x8\n';
        const config = JSON.stringify({ rules: { 'muscle-frequency': 'off' } });
        const plain = tempFolder({ 'plan.split': plan, 'lib.split': lib, '.splitrc.json': config });
        const marked = tempFolder({ 'plan.split': BOM + plan, 'lib.split': BOM + lib, '.splitrc.json': BOM + config });
        const expected = finished(await runCli(['check', 'plan.split'], { cwd: plain }));
        expect(expected.stdout).not.toMatch(/unknown-exercise|unresolved-import|muscle-frequency|syntax/);
        const run = finished(await runCli(['check', 'plan.split'], { cwd: marked }));
        expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: expected.status, stdout: expected.stdout, stderr: '' });
    });
});

describe('sizes are bounded: the editor\'s limit for plans, a smaller one for the configuration', () => {
    const limit = FILE_LIMITS.planCharacters.toLocaleString('en');

    it('a plan over the limit is refused with its size and the limit, by every command', async () => {
        const big = `${'// a comment line of some length\n'.repeat(Math.ceil(FILE_LIMITS.planCharacters / 33) + 1)}${PLAN}`;
        const folder = tempFolder({ 'big.split': big, 'plan.split': PLAN });
        const message = `big.split is larger than ${limit} characters (${big.length.toLocaleString('en')} bytes): split it into several files\n`;
        for (const args of [['check', 'big.split'], ['fmt', 'big.split'], ['export', 'big.split', '--format', 'md'], ['diff', 'plan.split', 'big.split']]) {
            const run = finished(await runCli(args, { cwd: folder }));
            expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 2, stderr: `split-plan ${args[0]}: ${message}` });
        }
    });

    it('a 50 MB plan is refused without being read, and so is an import of it', async () => {
        const folder = tempFolder({ 'plan.split': `import "huge.split"\n${PLAN}` });
        writeFileSync(join(folder, 'huge.split'), '');
        truncateSync(join(folder, 'huge.split'), 50 * 2 ** 20);
        const run = finished(await runCli(['check', 'huge.split'], { cwd: folder, deadline: 10_000 }));
        expect(run.stderr).toBe(`split-plan check: huge.split is larger than ${limit} characters (52,428,800 bytes): split it into several files\n`);
        const importing = finished(await runCli(['check', 'plan.split'], { cwd: folder, deadline: 10_000 }));
        expect(importing.stdout).toContain(`error  "huge.split" (${join(folder, 'huge.split')}) is larger than ${limit} characters (52,428,800 bytes): split it into several files`);
        console.log(`a 50 MB plan refused in ${run.milliseconds.toFixed(0)} ms`);
    });

    it('a .splitrc.json over its limit is refused; the problems of a big one are counted, not all printed', async () => {
        const huge = JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`rule-${index}`, 'off'])) });
        const folder = tempFolder({ 'plan.split': PLAN, '.splitrc.json': huge, 'many/plan.split': PLAN });
        const run = finished(await runCli(['check', 'plan.split'], { cwd: folder }));
        expect(run.stderr).toBe(`split-plan check: ${join(folder, '.splitrc.json')}: is larger than ${FILE_LIMITS.configCharacters.toLocaleString('en')} characters (${huge.length.toLocaleString('en')} bytes); using the defaults\n`);

        const many = JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 1_000 }, (_, index) => [`rule-${index}`, 'off'])) });
        writeFileSync(join(folder, 'many', '.splitrc.json'), many);
        const lines = finished(await runCli(['check', 'many/plan.split'], { cwd: folder })).stderr.trim().split('\n');
        expect(lines).toHaveLength(FILE_LIMITS.configProblems + 1);
        expect(lines[0]).toMatch(/: rules\.rule-0: unknown key/);
        expect(lines.at(-1)).toBe(`split-plan check: ${join(folder, 'many', '.splitrc.json')}: and ${1_000 - FILE_LIMITS.configProblems} more problems; using the defaults`);
    });
});

describe('what a path is, said as it is', () => {
    it('an import of a folder or of a file that is not a plan', async () => {
        const folder = tempFolder({ 'plan.split': `import "lib.split"\nimport "notes.txt"\nimport "gone.split"\n${PLAN}`, 'notes.txt': 'Squat day\n' });
        mkdirSync(join(folder, 'lib.split'));
        const run = finished(await runCli(['check', 'plan.split'], { cwd: folder }));
        expect(run.stdout).toContain(`plan.split:1:8  error  "lib.split" (${join(folder, 'lib.split')}) is a folder: import a .split file  unresolved-import`);
        expect(run.stdout).toContain(`plan.split:2:8  error  "notes.txt" (${join(folder, 'notes.txt')}) is not a .split file: import plans and exercises from .split files  unresolved-import`);
        expect(run.stdout).toContain(`plan.split:3:8  error  Cannot find "gone.split" (looked for ${join(folder, 'gone.split')})  unresolved-import`);
    });

    it('a plan that is not a .split file', async () => {
        const folder = tempFolder({ 'plan.txt': PLAN });
        const run = finished(await runCli(['check', 'plan.txt'], { cwd: folder }));
        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 2, stderr: 'split-plan check: plan.txt is not a .split file\n' });
    });

    it('a folder that cannot be read', async (ctx) => {
        const nobody = asNobody();
        if (!nobody) cannotRun(ctx, 'running as root, which reads any folder, and cannot run as nobody');
        const folder = tempFolder({ 'locked/plan.split': PLAN });
        chmodSync(folder, 0o755);
        chmodSync(join(folder, 'locked'), 0o000);
        const run = finished(await runCli(['check', 'locked'], { cwd: folder, spawn: nobody }));
        chmodSync(join(folder, 'locked'), 0o755);
        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 2, stderr: 'split-plan check: locked cannot be read (permission denied)\n' });
    });
});
