import * as z from 'zod/mini';
import type { ReadFailure } from '../workspace/read-failure.js';
import { documentUri } from './split-preview-protocol.js';

/**
 * `split/readFile` and `split/readDirectory`: the language server in a web worker has no file system of its own, so
 * the extension reads for it through the editor's (vscode.workspace.fs: a github.dev repository, a remote folder).
 * Shared by the server and the extension, which validate what crosses the wire with these schemas.
 */
export const READ_FILE_REQUEST = 'split/readFile';
export const READ_DIRECTORY_REQUEST = 'split/readDirectory';

export const fileParamsSchema = z.strictObject({ uri: documentUri });
export type FileParams = z.infer<typeof fileParamsSchema>;

const readFailureSchema = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('missing') }),
    z.strictObject({ kind: z.literal('folder') }),
    z.strictObject({ kind: z.literal('not-regular'), what: z.string() }),
    z.strictObject({ kind: z.literal('too-large'), bytes: z.number(), limit: z.number() }),
    z.strictObject({ kind: z.literal('unreadable'), code: z.string() }),
]) satisfies z.ZodMiniType<ReadFailure>;

const failed = z.strictObject({ failure: readFailureSchema });

/** A file's text (UTF-8, without a byte-order mark), or why there is none. */
export const readFileResultSchema = z.union([z.strictObject({ text: z.string() }), failed]);
export type ReadFileResult = z.infer<typeof readFileResultSchema>;

/** A folder's entries, or why there are none. */
export const readDirectoryResultSchema = z.union([
    z.strictObject({ entries: z.array(z.strictObject({ uri: documentUri, isFile: z.boolean(), isDirectory: z.boolean() })) }),
    failed,
]);
export type ReadDirectoryResult = z.infer<typeof readDirectoryResultSchema>;
