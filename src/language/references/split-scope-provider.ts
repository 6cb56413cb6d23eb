import {
    AstUtils, DocumentCache, stream, WorkspaceCache, EMPTY_SCOPE,
    type AstNodeDescription, type AstNodeDescriptionProvider, type LangiumDocument, type LangiumDocuments, type ReferenceInfo, type Scope,
    type ScopeProvider, type Stream,
} from 'langium';
import { isExercise, type Plan } from '../generated/ast.js';
import { lookupName, normalizeName } from './names.js';
import { BUILTIN_LIBRARY_URI } from '../library/builtin-library.js';
import type { SplitImports } from '../workspace/split-imports.js';
import type { SplitServices } from '../split-module.js';

/**
 * Exercise names resolve by their normalised keys (SPEC §3.2): a declaration in the file shadows one from an
 * import, which shadows a built-in. One scope per document, rebuilt after any change in the workspace; what a plan
 * inherits (the built-in library and its imports) is merged once for all plans with the same imports.
 */
export class SplitScopeProvider implements ScopeProvider {
    private readonly documents: LangiumDocuments;
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly imports: SplitImports;
    private readonly scopes: WorkspaceCache<string, ExerciseScope>;
    private readonly inherited: WorkspaceCache<string, NameTable>;
    private readonly layers: DocumentCache<string, readonly LayerEntry[]>;

    constructor(services: SplitServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.imports = services.references.Imports;
        this.scopes = new WorkspaceCache(services.shared);
        this.inherited = new WorkspaceCache(services.shared);
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
        const inheritedFrom = [...(builtin ? [builtin] : []), ...this.imports.importedDocuments(plan)];
        const inherited = this.inherited.get(inheritedFrom.map((document) => document.uri.toString()).join('\n'),
            () => nameTable(inheritedFrom.map((document) => this.layer(document))));
        return new ExerciseScope(inherited, nameTable([this.layer(AstUtils.getDocument(plan))]));
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

/** Layers merged, later ones shadowing earlier ones: by every key of a name or alias, by exercise, and the names. */
interface NameTable {
    readonly byKey: ReadonlyMap<string, AstNodeDescription>;
    readonly byExercise: ReadonlyMap<string, AstNodeDescription>;
    readonly names: ReadonlyMap<string, string>;
}

function nameTable(layers: ReadonlyArray<readonly LayerEntry[]>): NameTable {
    const byKey = new Map<string, AstNodeDescription>();
    const byExercise = new Map<string, AstNodeDescription>();
    const names = new Map<string, string>();
    for (const layer of layers) {
        for (const entry of layer) {
            byExercise.set(entry.key, entry.description);
            for (const [key, name] of entry.names) {
                byKey.set(key, entry.description);
                names.set(key, name);
            }
        }
    }
    return { byKey, byExercise, names };
}

/** A map over another: its own entries shadow the other's, in the other's order, new keys after. */
function shadowing<T>(inherited: ReadonlyMap<string, T>, own: ReadonlyMap<string, T>): Map<string, T> {
    const merged = new Map(inherited);
    for (const [key, value] of own) merged.set(key, value);
    return merged;
}

export class ExerciseScope implements Scope {
    private everything?: { exercises: readonly AstNodeDescription[]; names: readonly string[] };

    constructor(private readonly inherited: NameTable, private readonly own: NameTable) {}

    /** Every name and alias in scope, as declared. */
    knownNames(): readonly string[] {
        return this.merged().names;
    }

    getElement(name: string): AstNodeDescription | undefined {
        return lookupName({ get: (key: string) => this.own.byKey.get(key) ?? this.inherited.byKey.get(key) }, name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return stream(element ? [element] : []);
    }

    /** One description per exercise (not per alias), the innermost declaration of each name. */
    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.merged().exercises);
    }

    /** Lists of all names, for completion and suggestions only: linking never needs them. */
    private merged(): { exercises: readonly AstNodeDescription[]; names: readonly string[] } {
        this.everything ??= {
            exercises: [...shadowing(this.inherited.byExercise, this.own.byExercise).values()],
            names: [...shadowing(this.inherited.names, this.own.names).values()],
        };
        return this.everything;
    }
}
