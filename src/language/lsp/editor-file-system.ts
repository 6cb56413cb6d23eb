import { URI, UriUtils, type FileSystemNode, type FileSystemProvider } from 'langium';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/settings-provider.js';
import {
    READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, readDirectoryResultSchema, readFileResultSchema, type FileParams, type ReadFileResult,
} from './split-file-protocol.js';
import { FileReadError, type ReadFailure } from '../workspace/read-failure.js';

/** What this file system needs of the connection: requests to the editor. */
export interface EditorRequests {
    sendRequest(method: string, params: FileParams): Promise<unknown>;
}

const MISSING: ReadFileResult = { failure: { kind: 'missing' } };

/**
 * The file system of a language server in a web worker: the editor's (vscode.workspace.fs), read through the
 * extension with `split/readFile` and `split/readDirectory`. Those are asynchronous, while imports and `.splitrc.json`
 * are read synchronously in the middle of linking and validation: these reads are answered from what was read
 * before (the workspace's plans and configuration files, read when the workspace is loaded). A file not read yet is
 * missing for now; it is fetched, and if it turns out to be a file, the server is told as if it had just been created.
 */
export class EditorFileSystemProvider implements FileSystemProvider {
    private readonly files = new Map<string, ReadFileResult>();
    private readonly listings = new Map<string, FileSystemNode[]>();
    private readonly fetching = new Map<string, Promise<ReadFileResult>>();
    private lateArrival: (uri: URI) => void = () => undefined;

    constructor(private readonly editor: EditorRequests) {}

    /** Called with each file found after a synchronous read said it was missing. */
    onLateArrival(listener: (uri: URI) => void): void {
        this.lateArrival = listener;
    }

    async readFile(uri: URI): Promise<string> {
        return textOf(uri, await this.fetch(uri));
    }

    readFileSync(uri: URI): string {
        return textOf(uri, this.known(uri) ?? MISSING);
    }

    async exists(uri: URI): Promise<boolean> {
        return exists(await this.fetch(uri));
    }

    existsSync(uri: URI): boolean {
        const listing = this.listings.get(UriUtils.dirname(uri).toString());
        if (listing && !this.files.has(uri.toString())) return listing.some((entry) => UriUtils.equals(entry.uri, uri));
        const known = this.known(uri);
        return known !== undefined && exists(known);
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return nodeOf(uri, await this.fetch(uri));
    }

    statSync(uri: URI): FileSystemNode {
        return nodeOf(uri, this.known(uri) ?? MISSING);
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const answer = readDirectoryResultSchema.safeParse(await this.request(READ_DIRECTORY_REQUEST, uri));
        if (!answer.success) throw new FileReadError(uri.toString(), { kind: 'unreadable', code: 'the editor sent no folder listing' });
        if ('failure' in answer.data) throw new FileReadError(uri.toString(), answer.data.failure);
        const entries = answer.data.entries.map((entry) => ({ ...entry, uri: URI.parse(entry.uri) }));
        this.listings.set(uri.toString(), entries);
        // The settings read configuration files synchronously: have them at hand.
        await Promise.all(entries.filter((entry) => entry.isFile && isConfigFile(entry.uri)).map((entry) => this.fetch(entry.uri)));
        return entries;
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const listing = this.listings.get(uri.toString());
        if (!listing) throw new FileReadError(uri.toString(), { kind: 'unreadable', code: 'not listed yet' });
        return listing;
    }

    readBinary(uri: URI): Promise<Uint8Array> {
        return Promise.reject(binaryRefused(uri));
    }

    readBinarySync(uri: URI): Uint8Array {
        throw binaryRefused(uri);
    }

    /**
     * Re-reads what the editor says changed, before the server hears of it (editor-file-update-handler.ts), so that
     * synchronous reads then see the new text.
     */
    async refresh(changes: readonly FileEvent[]): Promise<void> {
        await Promise.all(changes.map(async (change) => {
            const uri = URI.parse(change.uri);
            if (change.type !== FileChangeType.Changed) this.listings.delete(UriUtils.dirname(uri).toString());
            if (change.type === FileChangeType.Deleted) this.files.set(uri.toString(), MISSING);
            else if (this.files.has(uri.toString()) || isConfigFile(uri)) await this.fetch(uri);
        }));
    }

    /** What was read of a file before; undefined (and a read under way) when nothing was. */
    private known(uri: URI): ReadFileResult | undefined {
        const known = this.files.get(uri.toString());
        if (known === undefined && !this.fetching.has(uri.toString())) {
            void this.fetch(uri).then((result) => {
                if ('text' in result) this.lateArrival(uri);
            });
        }
        return known;
    }

    /** Reads a file (or learns that it is a folder) through the editor, and keeps the answer. */
    private fetch(uri: URI): Promise<ReadFileResult> {
        const key = uri.toString();
        const under = this.fetching.get(key);
        if (under) return under;
        const fetched = this.request(READ_FILE_REQUEST, uri).then((answer): ReadFileResult => {
            const parsed = readFileResultSchema.safeParse(answer);
            return parsed.success ? parsed.data : { failure: { kind: 'unreadable', code: 'the editor sent no file' } };
        }).then((result) => {
            this.files.set(key, result);
            return result;
        }).finally(() => this.fetching.delete(key));
        this.fetching.set(key, fetched);
        return fetched;
    }

    private request(method: string, uri: URI): Promise<unknown> {
        return this.editor.sendRequest(method, { uri: uri.toString() }).catch((error: unknown) => ({
            failure: { kind: 'unreadable', code: error instanceof Error ? error.message : String(error) } satisfies ReadFailure,
        }));
    }
}

function textOf(uri: URI, result: ReadFileResult): string {
    if ('failure' in result) throw new FileReadError(uri.toString(), result.failure);
    return result.text;
}

/** A folder exists too: the editor answers `folder` for it. */
function exists(result: ReadFileResult): boolean {
    return !('failure' in result) || result.failure.kind === 'folder';
}

function nodeOf(uri: URI, result: ReadFileResult): FileSystemNode {
    if ('text' in result) return { uri, isFile: true, isDirectory: false };
    if (result.failure.kind === 'folder') return { uri, isFile: false, isDirectory: true };
    throw new FileReadError(uri.toString(), result.failure);
}

function isConfigFile(uri: URI): boolean {
    return UriUtils.basename(uri) === CONFIG_FILE_NAME;
}

function binaryRefused(uri: URI): Error {
    return new FileReadError(uri.toString(), { kind: 'unreadable', code: 'Split reads text files only' });
}
