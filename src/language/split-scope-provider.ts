import {
    AstUtils, DocumentCache, stream, WorkspaceCache, EMPTY_SCOPE,
    type AstNodeDescription, type AstNodeDescriptionProvider, type LangiumDocument, type LangiumDocuments, type ReferenceInfo, type Scope,
    type ScopeProvider, type Stream,
} from 'langium';
import { isExercise, type Plan } from './generated/ast.js';
import { lookupName, normalizeName } from './names.js';
import { BUILTIN_LIBRARY_URI } from './library/builtin-library.js';
import type { SplitImports } from './split-imports.js';
import type { SplitServices } from './split-module.js';

/**
 * Exercise names resolve by their normalised keys (SPEC §3.2): a declaration in the file shadows one from an
 * import, which shadows a built-in. One scope per document, rebuilt after any change in the workspace.
 */
export class SplitScopeProvider implements ScopeProvider {
    private readonly documents: LangiumDocuments;
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly imports: SplitImports;
    private readonly scopes: WorkspaceCache<string, ExerciseScope>;
    private readonly layers: DocumentCache<string, readonly LayerEntry[]>;

    constructor(services: SplitServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.imports = services.references.Imports;
        this.scopes = new WorkspaceCache(services.shared);
        this.layers = new DocumentCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        if (context.property !== 'exercise') return EMPTY_SCOPE;
        return this.exerciseScope(AstUtils.getDocument(context.container).parseResult.value as Plan);
    }

    /**
     * The scope of exercise names for a plan, shared by linking, suggestions, completion, quick fixes and rename;
     * built once per workspace state.
     */
    exerciseScope(plan: Plan): ExerciseScope {
        const document = AstUtils.getDocument(plan);
        return this.scopes.get(document.uri.toString(), () => this.buildScope(plan));
    }

    private buildScope(plan: Plan): ExerciseScope {
        const builtin = this.documents.getDocument(BUILTIN_LIBRARY_URI);
        const imported = this.imports.importedDocuments(plan);
        const own = AstUtils.getDocument(plan);
        const layers = [...(builtin ? [builtin] : []), ...imported, own].map((document) => this.layer(document));
        const byKey = new Map<string, AstNodeDescription>();
        const byName = new Map<string, AstNodeDescription>();
        const names = new Map<string, string>();
        for (const layer of layers) {
            for (const entry of layer) {
                byName.set(entry.key, entry.description);
                for (const [key, name] of entry.names) {
                    byKey.set(key, entry.description);
                    names.set(key, name);
                }
            }
        }
        return new ExerciseScope(byKey, [...byName.values()], [...names.values()]);
    }

    /** A document's own declarations with their keys, kept until that document changes. */
    private layer(document: LangiumDocument): readonly LayerEntry[] {
        return this.layers.get(document.uri, 'exercises', () => (document.parseResult.value as Plan).statements
            .filter(isExercise)
            .filter((exercise) => Boolean(exercise.name))
            .map((exercise) => ({
                key: normalizeName(exercise.name),
                description: this.descriptions.createDescription(exercise, exercise.name, document),
                names: [exercise.name, ...exercise.aliases].map((name) => [normalizeName(name), name] as const),
            })));
    }
}

interface LayerEntry {
    readonly key: string;
    readonly description: AstNodeDescription;
    readonly names: ReadonlyArray<readonly [string, string]>;
}

export class ExerciseScope implements Scope {
    constructor(
        private readonly byKey: ReadonlyMap<string, AstNodeDescription>,
        private readonly exercises: readonly AstNodeDescription[],
        private readonly names: readonly string[],
    ) {}

    /** Every name and alias in scope, as declared. */
    knownNames(): readonly string[] {
        return this.names;
    }

    getElement(name: string): AstNodeDescription | undefined {
        return lookupName(this.byKey, name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return stream(element ? [element] : []);
    }

    /** One description per exercise (not per alias), the innermost declaration of each name. */
    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.exercises);
    }
}
