import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Plan } from '../language/generated/ast.js';
import { PrebuiltLibraryModule } from '../language/library/prebuilt-library.js';
import { createSplitCoreServices, type SplitServices } from '../language/split-module.js';
import { internalErrorOf } from '../language/validation/split-document-validator.js';
import { UsageError } from './files.js';

export interface LoadedPlan {
    /** The path as the user gave it (or as found under a folder they gave). */
    readonly path: string;
    readonly document: LangiumDocument<Plan>;
    readonly diagnostics: readonly Diagnostic[];
}

/** Reads, links and validates plans exactly as the language server does, with the same services. */
export async function loadPlans(paths: readonly string[]): Promise<{ services: SplitServices; plans: LoadedPlan[]; configProblems: string[] }> {
    return loadTexts(paths.map((path) => ({ path, text: readText(path) })));
}

/**
 * The same for texts that are not (or not yet) on disk at their path, such as git's versions of a file: each
 * text is read as the file at `path`, so its imports and `.splitrc.json` are those next to that path.
 */
export async function loadTexts(sources: ReadonlyArray<{ path: string; text: string }>): Promise<{ services: SplitServices; plans: LoadedPlan[]; configProblems: string[] }> {
    const paths = sources.map((source) => source.path);
    // The language server's services, except that the built-in library is loaded from the AST serialized at build
    // time rather than parsed: parsing it took most of a short run, and no output of the command line needs its CST.
    const { shared, Split } = createSplitCoreServices(NodeFileSystem, PrebuiltLibraryModule);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const documents = sources.map(({ path, text }) => shared.workspace.LangiumDocumentFactory.fromString<Plan>(text, URI.file(resolve(path))));
    for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    // A check that failed is a bug, not a problem of the plan: the run fails as one (main.ts), naming the file.
    documents.forEach((document, index) => {
        const reason = internalErrorOf(document.diagnostics);
        if (reason !== undefined) throw new Error(`checking ${paths[index]} failed: ${reason}`);
    });
    const configProblems = new Set(documents.flatMap((document) => Split.config.Settings.settingsFor(document.uri).problems.map((problem) => problem.message)));
    return {
        services: Split,
        plans: documents.map((document, index) => ({ path: paths[index], document, diagnostics: document.diagnostics ?? [] })),
        configProblems: [...configProblems],
    };
}

export function readText(path: string): string {
    try {
        return readFileSync(path, 'utf8');
    } catch (error) {
        throw new UsageError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
}
