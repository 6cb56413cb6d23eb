import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { FileChangeType, type DidChangeWatchedFilesParams } from 'vscode-languageserver';
import type { EditorFileSystemProvider } from './editor-file-system.js';

/**
 * Langium's handling of the editor's file events, for a server that reads through the editor: the file system
 * re-reads what changed before the rest of the server hears of it, and a file it found late is announced as changed,
 * so that the plans importing it and the settings of its folder are checked again.
 */
export class EditorFileUpdateHandler extends DefaultDocumentUpdateHandler {
    constructor(shared: LangiumSharedServices, private readonly fileSystem: EditorFileSystemProvider) {
        super(shared);
        fileSystem.onLateArrival((uri) => super.didChangeWatchedFiles({ changes: [{ uri: uri.toString(), type: FileChangeType.Changed }] }));
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        void this.fileSystem.refresh(params.changes).then(() => super.didChangeWatchedFiles(params));
    }
}
