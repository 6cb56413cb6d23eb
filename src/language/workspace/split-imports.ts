import { AstUtils, UriUtils, type FileSystemProvider, type LangiumDocument, type LangiumDocuments, type ParseResult, type ServiceRegistry, type URI } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { isExercise, isImport, type Import, type Plan } from '../generated/ast.js';
import { normalizeName } from '../references/names.js';
import { describePlanReadFailure, readFailure, type ReadFailure } from './read-failure.js';

/** Why an import has no document: its file cannot be read, or is not a plan. */
export type ImportFailure = ReadFailure | { readonly kind: 'not-split' };

export function isImportFailure(found: LangiumDocument<Plan> | ImportFailure): found is ImportFailure {
    return 'kind' in found;
}

/** The `unresolved-import` error for an import that has no document: what the file is, and what to do. */
export function unresolvedImportMessage(path: string, file: URI, failure: ImportFailure): string {
    switch (failure.kind) {
        case 'missing': return `Cannot find "${path}" (looked for ${file.fsPath})`;
        case 'not-split': return `"${path}" (${file.fsPath}) is not a .split file: import plans and exercises from .split files`;
        case 'folder': return `"${path}" (${file.fsPath}) is a folder: import a .split file`;
        default: return `"${path}" (${file.fsPath}) ${describePlanReadFailure(failure)}`;
    }
}

/**
 * `import "path.split"` (SPEC §2.2): the path is relative to the importing file, and brings that file's own
 * exercise declarations into scope. A file that is not part of the workspace or of the command line's inputs is
 * read when first needed.
 */
export class SplitImports {
    private readonly documents: LangiumDocuments;
    private readonly fileSystem: FileSystemProvider;
    private readonly serviceRegistry: ServiceRegistry;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.fileSystem = shared.workspace.FileSystemProvider;
        this.serviceRegistry = shared.ServiceRegistry;
    }

    /**
     * The file an import names; undefined when no URI can hold its path: half of a character pair (a lone
     * surrogate, such as a broken emoji) cannot be written as a URI, and would throw wherever the URI is used.
     */
    resolve(node: Import): URI | undefined {
        const path = node.path ?? '';
        if (!path.isWellFormed()) return undefined;
        return UriUtils.resolvePath(UriUtils.dirname(AstUtils.getDocument(node).uri), path);
    }

    /** The imported document, read from disk when not yet loaded; undefined when there is none. */
    document(node: Import): LangiumDocument<Plan> | undefined {
        const found = this.lookup(node);
        return isImportFailure(found) ? undefined : found;
    }

    /** The imported document, or why there is none (a path no URI can hold is missing: resolve says why). */
    lookup(node: Import): LangiumDocument<Plan> | ImportFailure {
        const uri = this.resolve(node);
        if (!uri) return { kind: 'missing' };
        const loaded = this.documents.getDocument(uri);
        if (loaded) return loaded as LangiumDocument<Plan>;
        if (!node.path?.trim()) return { kind: 'missing' };
        let text: string;
        try {
            text = this.fileSystem.readFileSync(uri);
        } catch (error) {
            return readFailure(error);
        }
        if (!this.serviceRegistry.hasServices(uri)) return { kind: 'not-split' };
        return this.documents.createDocument(uri, text) as LangiumDocument<Plan>;
    }

    /** The documents a plan imports that exist, in import order. */
    importedDocuments(plan: Plan): Array<LangiumDocument<Plan>> {
        return plan.statements.filter(isImport).flatMap((node) => this.document(node) ?? []);
    }

    /** The URIs a document imports, for relinking it when one of them changes. */
    importedUris(plan: Plan): URI[] {
        return plan.statements.filter(isImport).flatMap((node) => this.resolve(node) ?? []);
    }
}

/** The 1-based line of a file's first lexer or parser error, if any: an import of it is reported then. */
export function firstErrorLine({ lexerErrors, parserErrors }: ParseResult): number | undefined {
    return [...lexerErrors.map((error) => error.line ?? 0), ...parserErrors.map((error) => error.token.startLine ?? 0)]
        .filter((line) => Number.isFinite(line)).sort((a, b) => a - b)[0];
}

/**
 * All that a plan importing this file sees of it, unless it names one of its exercises: the names and aliases it
 * declares (which shadow built-ins) and whether it parses. When an edit leaves this as it was, such plans stay as
 * they are (split-document-builder.ts).
 */
export function importedInterface(document: LangiumDocument): string {
    const plan = document.parseResult.value as Plan;
    const names = plan.statements.filter(isExercise)
        .flatMap((exercise) => (exercise.name ? [exercise.name, ...exercise.aliases] : []).map(normalizeName));
    return JSON.stringify({ names: [...new Set(names)].sort(), firstError: firstErrorLine(document.parseResult) ?? null });
}
