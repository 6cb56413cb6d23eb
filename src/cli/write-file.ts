import {
    accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, openSync,
    readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './files.js';

/**
 * Writes `text` to `path` as users of Prettier or ESLint expect, and atomically where that keeps everything else:
 * - a symbolic link is followed, and its target written;
 * - a regular file is replaced by a temporary file beside it, synced, renamed over it, and the folder synced: a
 *   reader, or a crash, finds the old text or the new, never half; the mode and owner stay (root restores the owner);
 * - a file with several hard links, or whose owner only root could restore, is rewritten in place, as Prettier and
 *   ESLint do: its links and owner stay;
 * - a device or named pipe, or any path under /dev or /proc (/dev/null, /dev/stdout), is written to, never replaced;
 * - a folder, or a file without write permission, is refused, and nothing is written.
 * SIGINT and SIGTERM wait until the file is written, then end the process; no temporary file is left.
 */
export function writeTextFile(path: string, text: string): void {
    const stats = statIfAny(path);
    if (stats?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
    if (stats) {
        try {
            accessSync(path, constants.W_OK);
        } catch {
            throw new UsageError(`cannot write ${path}: permission denied`);
        }
    }
    holdSignals();
    try {
        // /dev/stdout is a link to whatever the descriptor is: only the kernel follows it rightly.
        if ((stats && !stats.isFile()) || /^\/(dev|proc)\//.test(resolve(path))) {
            writeInPlace(path, text);
        } else {
            const target = followLinks(path);
            if ((stats && stats.nlink > 1) || !replace(target, text, stats)) writeInPlace(target, text);
        }
    } catch (error) {
        throw error instanceof UsageError ? error : new UsageError(`cannot write ${path} (${codeOf(error)})`);
    }
}

/** Where writing `path` lands: the end of its chain of symbolic links, existing or not. */
function followLinks(path: string): string {
    try {
        return realpathSync(path);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`cannot write ${path} (${codeOf(error)})`);
    }
    let link: string;
    try {
        link = readlinkSync(path);
    } catch {
        return path; // a new file
    }
    return followLinks(resolve(dirname(path), link)); // a link to a file yet to be made
}

function statIfAny(path: string): Stats | undefined {
    try {
        return statSync(path);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new UsageError(`cannot write ${path} (${codeOf(error)})`);
    }
}

/**
 * A temporary file with the text, the old file's mode and owner, synced, then renamed over `target`. False when
 * the owner cannot be kept (only root can give a file away): then nothing has changed.
 */
function replace(target: string, text: string, old: Stats | undefined): boolean {
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    temporaries.add(temporary);
    try {
        const descriptor = openSync(temporary, 'wx', old ? old.mode & 0o7777 : 0o666);
        try {
            if (old && !keepOwner(descriptor, old)) return false;
            writeFileSync(descriptor, text);
            // The umask narrowed the mode at creation, and a change of owner clears set-user-ID bits.
            if (old) fchmodSync(descriptor, old.mode & 0o7777);
            fsyncSync(descriptor);
        } finally {
            closeSync(descriptor);
        }
        renameSync(temporary, target);
        temporaries.delete(temporary);
        syncFolder(dirname(target));
        return true;
    } finally {
        if (temporaries.delete(temporary)) removeQuietly(temporary);
    }
}

function keepOwner(descriptor: number, old: Stats): boolean {
    const made = fstatSync(descriptor);
    if (made.uid === old.uid && made.gid === old.gid) return true;
    try {
        fchownSync(descriptor, old.uid, old.gid);
        return true;
    } catch {
        return false;
    }
}

/** Writes over what is there: a regular file is then cut to the new length and synced. */
function writeInPlace(target: string, text: string): void {
    const descriptor = openSync(target, constants.O_WRONLY);
    try {
        writeFileSync(descriptor, text);
        if (fstatSync(descriptor).isFile()) {
            ftruncateSync(descriptor, Buffer.byteLength(text));
            fsyncSync(descriptor);
        }
    } finally {
        closeSync(descriptor);
    }
}

/** Makes the rename itself durable; where a folder cannot be opened (Windows), the rename is done all the same. */
function syncFolder(folder: string): void {
    try {
        const descriptor = openSync(folder, 'r');
        try {
            fsyncSync(descriptor);
        } finally {
            closeSync(descriptor);
        }
    } catch {
        // not supported here
    }
}

/** Temporary files not yet renamed. */
const temporaries = new Set<string>();
let holding = false;

/**
 * From the first write on, SIGINT and SIGTERM are handled: Node runs the handler only between two synchronous
 * writes, so a file is never left half-done; the handler removes any temporary file, then ends the process by the
 * same signal, as the shell expects.
 */
function holdSignals(): void {
    if (holding) return;
    holding = true;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
            for (const temporary of temporaries) removeQuietly(temporary);
            process.kill(process.pid, signal);
        });
    }
}

function removeQuietly(path: string): void {
    try {
        unlinkSync(path);
    } catch {
        // already gone
    }
}

function codeOf(error: unknown): string {
    return (error as NodeJS.ErrnoException).code ?? String(error);
}
