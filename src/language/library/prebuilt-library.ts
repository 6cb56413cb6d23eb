import type { LangiumDocument, LangiumSharedCoreServices, Module, PartialLangiumSharedCoreServices } from 'langium';
import { BUILTIN_LIBRARY_URI, SplitWorkspaceManager } from './builtin-library.js';

declare const SPLIT_LIBRARY_AST: string | undefined;

/**
 * The built-in library's AST as Langium's JsonSerializer wrote it at build time (scripts/serialize-library.ts),
 * written into the command line's bundle by esbuild; undefined when run from the sources.
 */
export const PREBUILT_LIBRARY_AST: string | undefined = typeof SPLIT_LIBRARY_AST === 'string' ? SPLIT_LIBRARY_AST : undefined;

/**
 * The command line's variant of {@link SplitWorkspaceManager}: it builds the built-in library from the AST
 * serialized at build time instead of parsing its text, which took the larger part of a `split-plan check`'s
 * start. The document has no CST, so no doc-comment descriptions and no ranges: the command line prints neither
 * for a library exercise (hovers and go-to-definition do, so the language server keeps parsing the text).
 */
export class PrebuiltLibraryWorkspaceManager extends SplitWorkspaceManager {
    protected override createLibraryDocument(): LangiumDocument {
        if (PREBUILT_LIBRARY_AST === undefined) return super.createLibraryDocument();
        const { serializer } = this.serviceRegistry.getServices(BUILTIN_LIBRARY_URI);
        return this.documentFactory.fromModel(serializer.JsonSerializer.deserialize(PREBUILT_LIBRARY_AST), BUILTIN_LIBRARY_URI);
    }
}

/** For createSplitCoreServices: the command line's services, with the library built from its serialized AST. */
export const PrebuiltLibraryModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        WorkspaceManager: (services) => new PrebuiltLibraryWorkspaceManager(services),
    },
};
