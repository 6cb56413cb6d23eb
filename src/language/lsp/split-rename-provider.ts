import {
    AstUtils, CstUtils,
    type CstNode, type GrammarConfig, type LangiumDocument, type LangiumDocuments, type LangiumParser,
    type MaybePromise, type NameProvider, type References,
} from 'langium';
import type { RenameProvider } from 'langium/lsp';
import {
    LSPErrorCodes, ResponseError, TextEdit,
    type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import { isExercise, isItem, isPlan, isSession, type Exercise, type Plan } from '../generated/ast.js';
import { isBuiltin } from '../library/builtin-library.js';
import { variantWords, writtenName } from '../references/names.js';
import { needsQuotes } from '../references/unquoted-names.js';
import type { SplitImports } from '../workspace/split-imports.js';
import type { SplitScopeProvider } from '../references/split-scope-provider.js';
import type { SplitLspServices } from '../split-lsp-module.js';

/**
 * Rename for exercises (SPEC §7), from the declaration's name or from any item naming the exercise.
 *
 * - The declaration's quoted name becomes `"New Name"`; every item resolving to the exercise, in every document of the
 *   workspace (the declaring file and the files importing it), gets the new name in place of its written name.
 * - Items are written unquoted when the new name parses unquoted as an item's name (no weekday or header keyword
 *   first, only letters, digits, spaces, `-` and apostrophes), else quoted; an item that was quoted stays quoted.
 * - A variant (SPEC §3.2: "Heavy My Lift") keeps its own words before the new name.
 * - Aliases are names of their own and are left as declared. An item that names the exercise by an alias (or by
 *   another spelling that normalises to it, "Squats") still refers to the exercise, so renaming from it renames the
 *   exercise and the item's text becomes the new name, like every other reference.
 * - Built-in exercises cannot be renamed (the library is read-only): prepareRename and rename answer with an error
 *   that the editor shows. So does a new name that another exercise in scope already answers to.
 */
export class SplitRenameProvider implements RenameProvider {
    private readonly references: References;
    private readonly nameProvider: NameProvider;
    private readonly grammarConfig: GrammarConfig;
    private readonly parser: LangiumParser;
    private readonly documents: LangiumDocuments;
    private readonly scopes: SplitScopeProvider;
    private readonly imports: SplitImports;

    constructor(services: SplitLspServices) {
        this.references = services.references.References;
        this.nameProvider = services.references.NameProvider;
        this.grammarConfig = services.parser.GrammarConfig;
        this.parser = services.parser.LangiumParser;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.scopes = services.references.ScopeProvider;
        this.imports = services.references.Imports;
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): MaybePromise<Range | undefined> {
        const target = this.targetAt(document, params);
        if (!target) return undefined;
        refuseBuiltin(target.exercise);
        return target.range;
    }

    rename(document: LangiumDocument, params: RenameParams): MaybePromise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (!target) return undefined;
        const { exercise } = target;
        refuseBuiltin(exercise);
        const newName = writtenName(params.newName.trim());
        if (!newName || /["\r\n]/.test(newName)) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, `"${params.newName}" is not a valid exercise name: it must not be empty or contain quotes or line breaks`);
        }
        this.refuseTakenName(exercise, newName);

        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, edit: TextEdit) => (changes[uri] ??= []).push(edit);
        const nameNode = this.nameProvider.getNameNode(exercise);
        if (nameNode) add(AstUtils.getDocument(exercise).textDocument.uri, TextEdit.replace(nameNode.range, `"${newName}"`));
        const names = [exercise.name, ...exercise.aliases];
        for (const reference of this.references.findReferences(exercise, { includeDeclaration: false })) {
            const source = this.documents.getDocument(reference.sourceUri);
            const written = source?.textDocument.getText(reference.segment.range) ?? '';
            // A variant keeps its own words before the new name ("Banded Pallof Press" → "Banded Anti-Rotation Press").
            const kept = variantWords(written, names);
            const name = kept ? `${kept} ${newName}` : newName;
            const text = !needsQuotes(this.parser, name) && !written.startsWith('"') ? name : `"${name}"`;
            add(reference.sourceUri.toString(), TextEdit.replace(reference.segment.range, text));
        }
        return { changes };
    }

    /** The exercise named at the position, in an item or a declaration, with the range of its name without quotes. */
    private targetAt(document: LangiumDocument, params: TextDocumentPositionParams): { exercise: Exercise; range: Range } | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const item = AstUtils.getContainerOfType(leaf.astNode, isItem);
        const nameNode = item?.exercise.$refNode;
        if (item && nameNode && contains(nameNode, leaf)) {
            const exercise = item.exercise.ref;
            if (!exercise) {
                throw new ResponseError(LSPErrorCodes.RequestFailed, `"${item.exercise.$refText}" is not a known exercise: there is nothing to rename`);
            }
            return { exercise, range: innerRange(document, nameNode) };
        }
        const exercise = AstUtils.getContainerOfType(leaf.astNode, isExercise);
        const declared = exercise && this.nameProvider.getNameNode(exercise);
        if (exercise && declared && contains(declared, leaf)) return { exercise, range: innerRange(document, declared) };
        return undefined;
    }

    /**
     * Refuses a new name that would capture other references: in a document where the exercise is in scope, the name
     * already answers to another exercise declared in a file, or to a built-in one that document names.
     */
    private refuseTakenName(exercise: Exercise, newName: string): void {
        const home = AstUtils.getDocument(exercise);
        for (const document of this.documentsSeeing(home)) {
            const plan = document.parseResult.value as Plan;
            const found = this.scopes.exerciseScope(plan).getElement(newName)?.node;
            if (!found || found === exercise || !isExercise(found)) continue;
            const builtin = isBuiltin(AstUtils.getDocument(found).uri);
            if (builtin && !namesExercise(plan, found)) continue;
            const where = AstUtils.getDocument(found) === document ? 'this file' : builtin ? 'the built-in library' : 'an imported file';
            throw new ResponseError(LSPErrorCodes.RequestFailed,
                `"${newName}" already names the exercise "${found.name}" (declared in ${where}${document === home ? '' : `, seen from ${document.uri.path.split('/').pop()}`}): choose another name`);
        }
    }

    /** The declaring document and the workspace documents that import it. */
    private documentsSeeing(home: LangiumDocument): LangiumDocument[] {
        const importers = this.documents.all
            .filter((document) => document !== home && !isBuiltin(document.uri) && isPlan(document.parseResult.value))
            .filter((document) => this.imports.importedUris(document.parseResult.value as Plan).some((uri) => uri.toString() === home.uri.toString()))
            .toArray();
        return [home, ...importers];
    }

}

function refuseBuiltin(exercise: Exercise): void {
    if (isBuiltin(AstUtils.getDocument(exercise).uri)) {
        throw new ResponseError(LSPErrorCodes.RequestFailed,
            `${exercise.name} is a built-in exercise and cannot be renamed: declare your own exercise to use another name`);
    }
}

function namesExercise(plan: Plan, exercise: Exercise): boolean {
    return plan.statements.some((statement) => isSession(statement) && statement.items.some((item) => item.exercise.ref === exercise));
}

function contains(outer: CstNode, inner: CstNode): boolean {
    return outer.offset <= inner.offset && inner.end <= outer.end;
}

/** A name's range without its quotes, so that the editor offers the bare name. */
function innerRange(document: LangiumDocument, node: CstNode): Range {
    const text = node.text;
    const start = node.offset + (text.startsWith('"') ? 1 : 0);
    const end = node.end - (text.length > 1 && text.endsWith('"') ? 1 : 0);
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}
