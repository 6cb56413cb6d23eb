// Why a file was not read, in words: shared by every file system (Node's, and the editor's in the browser).

/** Why a file was not read; each caller puts it in its own words around {@link describeReadFailure}. */
export type ReadFailure =
    | { readonly kind: 'missing' }
    | { readonly kind: 'folder' }
    | { readonly kind: 'not-regular'; readonly what: string }
    | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
    | { readonly kind: 'unreadable'; readonly code: string };

/** What Split's file systems throw (readTextFile on Node, the editor's in the browser): the file and why. */
export class FileReadError extends Error {
    constructor(readonly path: string, readonly failure: ReadFailure) {
        super(`${path} ${describeReadFailure(failure)}`);
    }
}

/** Why a read failed, from whatever a file system provider threw. */
export function readFailure(error: unknown): ReadFailure {
    if (error instanceof FileReadError) return error.failure;
    const code = (error as NodeJS.ErrnoException).code;
    // A path with a NUL character (ERR_INVALID_ARG_VALUE) names no file either.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ERR_INVALID_ARG_VALUE') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'folder' };
    // Linux opens no socket (/dev/stdin of a child of Node) as a file.
    if (code === 'ENXIO') return { kind: 'not-regular', what: 'a device or socket' };
    return { kind: 'unreadable', code: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(error) };
}

/** The failure as the end of a sentence whose subject is the file: "plan.split is a folder". */
export function describeReadFailure(failure: ReadFailure): string {
    switch (failure.kind) {
        case 'missing': return 'does not exist';
        case 'folder': return 'is a folder';
        case 'not-regular': return `is not a regular file but ${failure.what}`;
        case 'too-large': return `is larger than ${failure.limit.toLocaleString('en')} characters (${failure.bytes.toLocaleString('en')} bytes)`;
        case 'unreadable': return `cannot be read (${failure.code})`;
    }
}

/** The same for a plan, with what to do about it. */
export function describePlanReadFailure(failure: ReadFailure): string {
    const advice = failure.kind === 'too-large' ? ': split it into several files'
        : failure.kind === 'not-regular' ? ': Split reads plans from regular files only' : '';
    return `${describeReadFailure(failure)}${advice}`;
}
