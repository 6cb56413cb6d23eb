import { resolve } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Plan } from '../language/generated/ast.js';
import { PrebuiltLibraryModule } from '../language/library/prebuilt-library.js';
import { createSplitCoreServices, type SplitServices } from '../language/split-module.js';
import { FILE_LIMITS } from '../language/facts/defaults.js';
import { describePlanReadFailure, FileReadError } from '../language/workspace/read-failure.js';
import { readTextFile, type TextFile } from '../language/workspace/safe-file.js';
import { SplitFileSystem } from '../language/workspace/split-file-system.js';
import { internalErrorOf } from '../language/validation/split-document-validator.js';
import { fencedPlans, markdownRange, type FencedPlan } from '../language/workspace/markdown-plans.js';
import { isMarkdownFile, UsageError } from './files.js';

export interface LoadedPlan {
    /** The path as the user gave it (or as found under a folder they gave): a Markdown file's for its fenced plans. */
    readonly path: string;
    readonly document: LangiumDocument<Plan>;
    readonly diagnostics: readonly Diagnostic[];
    /** Whether the file began with a byte-order mark, which `fmt --write` keeps. */
    readonly bom: boolean;
}

/** A plan's text and where it is read as being: at `path`, or `asFile` beside it for a Markdown file's plan. */
interface PlanSource {
    readonly path: string;
    readonly text: string;
    readonly bom?: boolean;
    readonly asFile?: string;
}

/**
 * Reads, links and validates plans exactly as the language server does, with the same services. A Markdown file's
 * plans are its ```split fences, each checked as a plan beside it (its imports and `.splitrc.json` are the file's
 * neighbours) and its diagnostics placed at the Markdown file's lines and columns.
 */
export async function loadPlans(paths: readonly string[]): Promise<{ services: SplitServices; plans: LoadedPlan[]; configProblems: string[] }> {
    const sources = paths.flatMap((path): Array<PlanSource & { fence?: FencedPlan }> => {
        const file = readPlan(path);
        if (!isMarkdownFile(path)) return [{ path, ...file }];
        return fencedPlans(file.text).map((fence, index) => ({ path, text: fence.text, fence, asFile: `${resolve(path)}.${index + 1}.split` }));
    });
    const loaded = await loadTexts(sources);
    return {
        ...loaded,
        plans: loaded.plans.map((plan, index) => {
            const fence = sources[index].fence;
            if (!fence) return plan;
            return { ...plan, diagnostics: plan.diagnostics.map((diagnostic) => ({ ...diagnostic, range: markdownRange(fence, diagnostic.range) })) };
        }),
    };
}

/**
 * The same for texts that are not (or not yet) on disk at their path, such as git's versions of a file: each
 * text is read as the file at `path`, so its imports and `.splitrc.json` are those next to that path.
 */
export async function loadTexts(sources: readonly PlanSource[]): Promise<{ services: SplitServices; plans: LoadedPlan[]; configProblems: string[] }> {
    const paths = sources.map((source) => source.path);
    // The language server's services, except that the built-in library is loaded from the AST serialized at build
    // time rather than parsed: parsing it took most of a short run, and no output of the command line needs its CST.
    const { shared, Split } = createSplitCoreServices(SplitFileSystem, PrebuiltLibraryModule);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const documents = sources.map(({ path, text, asFile }) => {
        const uri = URI.file(asFile ?? resolve(path));
        if (!shared.ServiceRegistry.hasServices(uri)) throw new UsageError(`${path} is not a .split file`);
        return shared.workspace.LangiumDocumentFactory.fromString<Plan>(text, uri);
    });
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
        plans: documents.map((document, index) => ({ path: paths[index], document, diagnostics: document.diagnostics ?? [], bom: sources[index].bom ?? false })),
        configProblems: [...configProblems],
    };
}

/** A plan's file as text, within the limit the editor has too; a file that cannot be is a usage problem (exit 2). */
export function readPlan(path: string): TextFile {
    try {
        return readTextFile(path, FILE_LIMITS.planCharacters);
    } catch (error) {
        throw error instanceof FileReadError ? new UsageError(`${path} ${describePlanReadFailure(error.failure)}`) : error;
    }
}
