// What split-plan writes (issue 11): `export --output` and `fmt --write` through one helper (src/cli/write-file.ts),
// through the real bundle: links followed, devices and pipes written to and never replaced, mode, owner and hard
// links kept, the byte-order mark kept, and no half-written file or temporary file left by SIGINT or SIGTERM.
import { spawnSync, type ChildProcess } from 'node:child_process';
import {
    chmodSync, chownSync, closeSync, constants, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync,
    readlinkSync, statSync, symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asNobody, makeFifo, runCli, tempFolder, type CliRun } from '../cli-process.js';
import { cannotRun } from '../cannot-run.js';

const PLAN = 'plan "Out"\nmonday "Legs"\n  Squat 4x8\ntuesday "Legs"\n  Leg Press 4x10\n';
const MESSY = 'monday "Legs"\n\tSquat 4 x 10   // heavy\n';
const TIDY = 'monday "Legs"\n  Squat                   4x10  // heavy\n';
const BOM = '\uFEFF';
const isRoot = process.getuid?.() === 0;

async function exported(folder: string): Promise<string> {
    const run = await runCli(['export', 'plan.split', '--format', 'md'], { cwd: folder });
    expect(run.status).toBe(0);
    return run.stdout;
}

function ok(run: CliRun): CliRun {
    expect({ status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ status: 0, signal: null, stderr: '' });
    return run;
}

describe('export --output', () => {
    it('writes to a character device as it is, never replacing it', async () => {
        const folder = tempFolder({ 'plan.split': PLAN });
        // As root, a null device of our own: the old code renamed over the device it was given.
        const device = isRoot ? join(folder, 'null') : '/dev/null';
        if (isRoot) expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
        ok(await runCli(['export', 'plan.split', '--format', 'md', '--output', device], { cwd: folder }));
        expect(statSync(device).isCharacterDevice()).toBe(true);
    });

    it('writes to /dev/stdout, whether it is a pipe or a file', async () => {
        const folder = tempFolder({ 'plan.split': PLAN });
        const expected = await exported(folder);
        expect(ok(await runCli(['export', 'plan.split', '--format', 'md', '--output', '/dev/stdout'], { cwd: folder })).stdout).toBe(expected);
        const file = join(folder, 'out.md');
        const descriptor = openSync(file, 'w');
        try {
            ok(await runCli(['export', 'plan.split', '--format', 'md', '--output', '/dev/stdout'], { cwd: folder, spawn: { stdio: ['pipe', descriptor, 'pipe'] } }));
        } finally {
            closeSync(descriptor);
        }
        expect(readFileSync(file, 'utf8')).toBe(expected);
    });

    it('writes into a named pipe, never replacing it', async (ctx) => {
        const folder = tempFolder({ 'plan.split': PLAN });
        const fifo = join(folder, 'out.md');
        makeFifo(fifo, ctx);
        const expected = await exported(folder);
        // Both ends, not waiting: the command line's open does not wait for a reader, nor the test's read for a writer.
        const reader = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
        try {
            ok(await runCli(['export', 'plan.split', '--output', 'out.md'], { cwd: folder }));
            const buffer = Buffer.alloc(2 * expected.length);
            expect(buffer.toString('utf8', 0, readSync(reader, buffer))).toBe(expected);
        } finally {
            closeSync(reader);
        }
        expect(lstatSync(fifo).isFIFO()).toBe(true);
    });

    it('follows a symbolic link and replaces its target, the link staying a link', async () => {
        const folder = tempFolder({ 'plan.split': PLAN, 'site/week.md': 'old\n' });
        mkdirSync(join(folder, 'links'));
        symlinkSync('../site/week.md', join(folder, 'links', 'week.md'));
        symlinkSync('links/week.md', join(folder, 'out.md'));
        symlinkSync('site/new.md', join(folder, 'new.md')); // a link to a file yet to be made
        ok(await runCli(['export', 'plan.split', '--output', 'out.md'], { cwd: folder }));
        ok(await runCli(['export', 'plan.split', '--output', 'new.md'], { cwd: folder }));
        const expected = await exported(folder);
        expect(readlinkSync(join(folder, 'out.md'))).toBe('links/week.md');
        expect(readFileSync(join(folder, 'site', 'week.md'), 'utf8')).toBe(expected);
        expect(lstatSync(join(folder, 'new.md')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(folder, 'site', 'new.md'), 'utf8')).toBe(expected);
        expect(readdirSync(join(folder, 'site')).sort()).toEqual(['new.md', 'week.md']);
    });

    it('refuses a folder, in one line', async () => {
        const folder = tempFolder({ 'plan.split': PLAN });
        mkdirSync(join(folder, 'out.md'));
        const run = await runCli(['export', 'plan.split', '--output', 'out.md'], { cwd: folder });
        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 2, stderr: 'split-plan export: cannot write out.md: it is a folder\n' });
    });
});

describe('fmt --write', () => {
    it('follows a symbolic link: the link stays, its target is formatted', async () => {
        const folder = tempFolder({ 'real/plan.split': MESSY });
        symlinkSync('real/plan.split', join(folder, 'plan.split'));
        ok(await runCli(['fmt', '--write', 'plan.split'], { cwd: folder }));
        expect(readlinkSync(join(folder, 'plan.split'))).toBe('real/plan.split');
        expect(readFileSync(join(folder, 'real', 'plan.split'), 'utf8')).toBe(TIDY);
        expect(readdirSync(join(folder, 'real'))).toEqual(['plan.split']);
    });

    it('keeps a byte-order mark, as Prettier does, and reads through it', async () => {
        const folder = tempFolder({ 'messy.split': BOM + MESSY, 'tidy.split': BOM + TIDY });
        expect(await runCli(['fmt', '--check', '.'], { cwd: folder })).toMatchObject({ status: 1, stdout: 'messy.split\n' });
        expect(ok(await runCli(['fmt', 'messy.split'], { cwd: folder })).stdout).toBe(BOM + TIDY);
        ok(await runCli(['fmt', '--write', '.'], { cwd: folder }));
        expect(readFileSync(join(folder, 'messy.split'), 'utf8')).toBe(BOM + TIDY);
        expect(readFileSync(join(folder, 'tidy.split'), 'utf8')).toBe(BOM + TIDY);
    });

    it('keeps hard links, writing the file in place as Prettier does', async () => {
        const folder = tempFolder({ 'plan.split': MESSY });
        linkSync(join(folder, 'plan.split'), join(folder, 'same.split'));
        const inode = statSync(join(folder, 'plan.split')).ino;
        ok(await runCli(['fmt', '--write', 'plan.split'], { cwd: folder }));
        expect(statSync(join(folder, 'plan.split'))).toMatchObject({ ino: inode, nlink: 2 });
        expect(readFileSync(join(folder, 'same.split'), 'utf8')).toBe(TIDY);
        expect(readdirSync(folder).sort()).toEqual(['plan.split', 'same.split']);
    });

    it('keeps the mode and, as root, the owner', async (ctx) => {
        if (!isRoot) cannotRun(ctx, 'only root can give a file to someone else');
        const folder = tempFolder({ 'plan.split': MESSY });
        chownSync(join(folder, 'plan.split'), 65534, 65534);
        chmodSync(join(folder, 'plan.split'), 0o640);
        ok(await runCli(['fmt', '--write', 'plan.split'], { cwd: folder }));
        expect(statSync(join(folder, 'plan.split'))).toMatchObject({ uid: 65534, gid: 65534, mode: 0o100640 });
        expect(readFileSync(join(folder, 'plan.split'), 'utf8')).toBe(TIDY);
    });

    it('writes in place a file whose owner it could not give back', async (ctx) => {
        const nobody = asNobody();
        if (!isRoot || !nobody) cannotRun(ctx, 'needs root, to make a file of root\'s that nobody may write');
        const folder = tempFolder({ 'plan.split': MESSY });
        chmodSync(folder, 0o777);
        chmodSync(join(folder, 'plan.split'), 0o666);
        ok(await runCli(['fmt', '--write', 'plan.split'], { cwd: folder, spawn: nobody }));
        expect(statSync(join(folder, 'plan.split'))).toMatchObject({ uid: 0, mode: 0o100666 });
        expect(readFileSync(join(folder, 'plan.split'), 'utf8')).toBe(TIDY);
        expect(readdirSync(folder)).toEqual(['plan.split']);
    });

    it('killed by SIGTERM or SIGINT at random moments while writing, leaves each file old or new, whole, and no temporary file', async () => {
        const messy = `plan "Long"\n${Array.from({ length: 40 }, (_, index) => `${['monday', 'wednesday', 'friday'][index % 3]} "S${index}" at ${String(index % 24).padStart(2, '0')}:00\n\tSquat 4 x 10   // set ${index}\n`).join('')}`;
        const files = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`plan-${index}.split`, messy]));
        const reference = tempFolder({ 'plan.split': messy });
        ok(await runCli(['fmt', '--write', 'plan.split'], { cwd: reference }));
        const tidy = readFileSync(join(reference, 'plan.split'), 'utf8');
        let caughtWriting = 0;
        for (let round = 0; round < 6; round++) {
            const folder = tempFolder(files);
            const signal = round % 2 === 0 ? 'SIGTERM' : 'SIGINT';
            let hunt: Promise<boolean> = Promise.resolve(false);
            const run = await runCli(['fmt', '--write', '.'], {
                cwd: folder,
                deadline: 60_000,
                started: (child) => child.stdout!.once('data', () => void (hunt = killWhileWriting(child, folder, signal))),
            });
            if (await hunt) caughtWriting++;
            const names = readdirSync(folder);
            expect(names.filter((name) => !name.endsWith('.split')), `round ${round}: left behind`).toEqual([]);
            for (const name of names) expect([messy, tidy], `${name} after ${signal}`).toContain(readFileSync(join(folder, name), 'utf8'));
            expect(run.signal ?? run.status, `round ${round}`).toBe(signal);
        }
        console.log(`${caughtWriting} of 6 kills came while a file was being written`);
        // Else no kill came while a file was being written, and the test proved nothing.
        expect(caughtWriting).toBeGreaterThan(0);
    }, 120_000);
});

/**
 * Stops the process again and again at random moments; once a temporary file is seen (a file half-way through its
 * write), or at random, sends the signal and lets it go on. Whether a temporary file was seen.
 */
async function killWhileWriting(child: ChildProcess, folder: string, signal: NodeJS.Signals): Promise<boolean> {
    while (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGSTOP');
        const writing = readdirSync(folder).some((name) => name.endsWith('.tmp'));
        if (writing || Math.random() < 0.01) {
            child.kill(signal);
            child.kill('SIGCONT');
            return writing;
        }
        child.kill('SIGCONT');
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
    }
    return false;
}
