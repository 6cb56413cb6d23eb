import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { FileReadError, readFailure } from './read-failure.js';

/** A file's text, without the byte-order mark it may begin with (as VS Code reads it). */
export interface TextFile {
    readonly text: string;
    readonly bom: boolean;
}

// Opening never waits: a plain open of a FIFO without a writer, or of a terminal, blocks for good (Windows has
// neither flag, nor such files).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A UTF-16 code unit takes at most 3 bytes of UTF-8: a file of more bytes than 3 × a limit in characters is over it. */
const MAX_UTF8_BYTES_PER_CHARACTER = 3;

/**
 * Reads a regular file of at most `maxCharacters` characters as UTF-8, never anything else: the file is opened
 * without waiting and judged by what was opened (no check-then-open race), and at most the bytes the limit allows
 * are read, so that /dev/zero, a FIFO or /dev/stdin is refused at once. Throws a {@link FileReadError}.
 */
export function readTextFile(path: string, maxCharacters: number): TextFile {
    let descriptor: number;
    try {
        descriptor = openSync(path, OPEN_FLAGS);
    } catch (error) {
        throw new FileReadError(path, readFailure(error));
    }
    try {
        const stats = fstatSync(descriptor);
        if (stats.isDirectory()) throw new FileReadError(path, { kind: 'folder' });
        if (!stats.isFile()) throw new FileReadError(path, { kind: 'not-regular', what: specialKind(stats) });
        const maxBytes = maxCharacters * MAX_UTF8_BYTES_PER_CHARACTER + BOM.length;
        const tooLarge = (bytes: number) => new FileReadError(path, { kind: 'too-large', bytes, limit: maxCharacters });
        if (stats.size > maxBytes) throw tooLarge(stats.size);
        // One byte more than allowed tells a file that grew, or whose size the system does not know (/proc), apart.
        const bytes = readAtMost(descriptor, maxBytes + 1, stats.size + 1);
        if (bytes.length > maxBytes) throw tooLarge(bytes.length);
        // TextDecoder drops a leading byte-order mark (its ignoreBOM is false); Buffer#toString would keep it.
        const text = new TextDecoder().decode(bytes);
        if (text.length > maxCharacters) throw tooLarge(bytes.length);
        return { text, bom: bytes.subarray(0, BOM.length).equals(BOM) };
    } catch (error) {
        throw error instanceof FileReadError ? error : new FileReadError(path, readFailure(error));
    } finally {
        closeSync(descriptor);
    }
}

function specialKind(stats: Stats): string {
    if (stats.isFIFO()) return 'a named pipe';
    if (stats.isSocket()) return 'a socket';
    return stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'a special file';
}

/** Up to `max` bytes, from a buffer of the expected size grown as needed. */
function readAtMost(descriptor: number, max: number, expected: number): Buffer {
    let buffer = Buffer.allocUnsafe(Math.min(max, expected));
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            if (length >= max) break;
            const grown = Buffer.allocUnsafe(Math.min(max, 2 * length + 1));
            buffer.copy(grown, 0, 0, length);
            buffer = grown;
        }
        const read = readSync(descriptor, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
    }
    return buffer.subarray(0, length);
}
