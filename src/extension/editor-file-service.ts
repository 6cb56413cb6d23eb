import * as vscode from 'vscode';
import { ErrorCodes, ResponseError, type BaseLanguageClient } from 'vscode-languageclient';
import { FILE_LIMITS } from '../language/facts/defaults.js';
import {
    READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, fileParamsSchema, type ReadDirectoryResult, type ReadFileResult,
} from '../language/lsp/split-file-protocol.js';
import type { ReadFailure } from '../language/workspace/read-failure.js';

/** A UTF-16 code unit takes at most 3 bytes of UTF-8, and a byte-order mark 3 more: larger files are refused unread. */
const MAX_BYTES = FILE_LIMITS.planCharacters * 3 + 3;

/**
 * Reads files for a language server that has no file system of its own (the web worker's): `split/readFile` and
 * `split/readDirectory` (split-file-protocol.ts), answered with the editor's file system, virtual ones included.
 */
export class EditorFileService implements vscode.Disposable {
    private readonly registrations: vscode.Disposable[];

    constructor(client: BaseLanguageClient) {
        this.registrations = [
            client.onRequest(READ_FILE_REQUEST, (params: unknown) => this.readFile(uriOf(READ_FILE_REQUEST, params))),
            client.onRequest(READ_DIRECTORY_REQUEST, (params: unknown) => this.readDirectory(uriOf(READ_DIRECTORY_REQUEST, params))),
        ];
    }

    private async readFile(uri: vscode.Uri): Promise<ReadFileResult> {
        try {
            const { type, size } = await vscode.workspace.fs.stat(uri);
            if (type & vscode.FileType.Directory) return { failure: { kind: 'folder' } };
            if (!(type & vscode.FileType.File)) return { failure: { kind: 'not-regular', what: 'a special file' } };
            if (size > MAX_BYTES) return { failure: { kind: 'too-large', bytes: size, limit: FILE_LIMITS.planCharacters } };
            // TextDecoder drops a leading byte-order mark, as the desktop's file system does.
            return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
        } catch (error) {
            return { failure: failureOf(error) };
        }
    }

    private async readDirectory(uri: vscode.Uri): Promise<ReadDirectoryResult> {
        try {
            const entries = await vscode.workspace.fs.readDirectory(uri);
            return {
                entries: entries.map(([name, type]) => ({
                    uri: vscode.Uri.joinPath(uri, name).toString(),
                    isFile: (type & vscode.FileType.File) !== 0,
                    isDirectory: (type & vscode.FileType.Directory) !== 0,
                })),
            };
        } catch (error) {
            return { failure: failureOf(error) };
        }
    }

    dispose(): void {
        for (const registration of this.registrations) registration.dispose();
    }
}

function uriOf(method: string, params: unknown): vscode.Uri {
    const parsed = fileParamsSchema.safeParse(params);
    if (!parsed.success) throw new ResponseError(ErrorCodes.InvalidParams, `${method} takes { "uri": "…" }, the URI of a file or folder`);
    return vscode.Uri.parse(parsed.data.uri, true);
}

function failureOf(error: unknown): ReadFailure {
    if (!(error instanceof vscode.FileSystemError)) return { kind: 'unreadable', code: String(error) };
    switch (error.code) {
        case 'FileNotFound': return { kind: 'missing' };
        case 'FileIsADirectory': return { kind: 'folder' };
        case 'NoPermissions': return { kind: 'unreadable', code: 'permission denied' };
        default: return { kind: 'unreadable', code: error.code || error.message };
    }
}
