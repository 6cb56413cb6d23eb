import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { FILE_LIMITS } from '../facts/defaults.js';
import { readTextFile } from './safe-file.js';

/**
 * Langium's Node file system, reading text as {@link readTextFile} does: regular files only, of at most a plan's
 * limit, without waiting and without a byte-order mark. The server and the command line read plans, imports and
 * `.splitrc.json` through it; a refusal is a FileReadError that says why.
 */
export class SplitFileSystemProvider extends NodeFileSystemProvider {
    override readFileSync(uri: URI): string {
        return readTextFile(uri.fsPath, FILE_LIMITS.planCharacters).text;
    }

    /** The same: the read is bounded and never waits, so it need not leave the thread. */
    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }
}

/** The context that gives Split's services this file system (in place of Langium's NodeFileSystem). */
export const SplitFileSystem = {
    fileSystemProvider: () => new SplitFileSystemProvider(),
};
