import { DefaultWorkspaceManager, URI, type LangiumDocument, type LangiumDocumentFactory, type WorkspaceFolder } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { LangiumSharedCoreServices } from 'langium';
import libraryText from './library.split';

/** The built-in exercise library is a `.split` document of its own, so definitions and hovers reach into it. */
export const BUILTIN_LIBRARY_URI = URI.parse('builtin:/library.split');
export const BUILTIN_LIBRARY_TEXT: string = libraryText;

export function isBuiltin(uri: URI): boolean {
    return uri.scheme === BUILTIN_LIBRARY_URI.scheme;
}

/** Loads the built-in library next to the workspace's own plans. */
export class SplitWorkspaceManager extends DefaultWorkspaceManager {
    protected readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices | LangiumSharedServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(
        folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void,
    ): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        collector(this.createLibraryDocument());
    }

    /** The library's document, parsed from its text: with its CST, for descriptions, hovers and definitions. */
    protected createLibraryDocument(): LangiumDocument {
        return this.documentFactory.fromString(BUILTIN_LIBRARY_TEXT, BUILTIN_LIBRARY_URI);
    }
}
