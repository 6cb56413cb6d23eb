import {
    AstUtils, DocumentCache, stream, WorkspaceCache, EMPTY_SCOPE,
    type AstNodeDescription, type AstNodeDescriptionProvider, type LangiumDocument, type LangiumDocuments, type ReferenceInfo, type Scope,
    type ScopeProvider, type Stream,
} from 'langium';
import { isExercise, isItem, type Exercise, type Plan } from '../generated/ast.js';
import { expandAbbreviations, isSlipOf, lookupKeys, nameEndings, normalizeName, singularKey, suggestNames, writtenName, type NameReading } from './names.js';
import { prescriptionShape, type PrescriptionShape } from './prescription-shape.js';
import { BUILTIN_LIBRARY_URI } from '../library/builtin-library.js';
import type { SplitImports } from '../workspace/split-imports.js';
import type { SplitServices } from '../split-module.js';

/**
 * Exercise names resolve by their normalised keys (SPEC §3.2): a declaration in the file shadows one from an
 * import, which shadows a built-in. A name found by none of its keys is read again with its abbreviations written
 * out, then by its endings (a variant); where a name belongs to two exercises (`Row`), or a variant is found, the
 * item's prescription decides (prescription-shape.ts). One scope per document, rebuilt after any change in the workspace; what a plan
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
        const scope = this.exerciseScope(AstUtils.getDocument(context.container).parseResult.value as Plan);
        return isItem(context.container) ? scope.forShape(prescriptionShape(context.container)) : scope;
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
                candidate: { description: this.descriptions.createDescription(exercise, exercise.name, document), cardio: isCardio(exercise) },
                names: [exercise.name, ...exercise.aliases],
            })));
    }
}

function isCardio(exercise: Exercise): boolean {
    return exercise.kinds.some((kind) => kind.toLowerCase() === 'cardio');
}

interface LayerEntry {
    readonly key: string;
    readonly candidate: Candidate;
    readonly names: readonly string[];
}

/** An exercise a name may denote, with what decides between two of them: whether it is cardio. */
interface Candidate {
    readonly description: AstNodeDescription;
    readonly cardio: boolean;
}

/**
 * Layers merged, later ones shadowing earlier ones: the exercises of every key of a name or alias (as written, and
 * singular on every word), by exercise, and the names. Within a layer a key may name two exercises (`Row`).
 */
interface NameTable {
    readonly byKey: ReadonlyMap<string, readonly Candidate[]>;
    readonly bySingularKey: ReadonlyMap<string, readonly Candidate[]>;
    readonly byExercise: ReadonlyMap<string, AstNodeDescription>;
    readonly names: ReadonlyMap<string, string>;
}

function nameTable(layers: ReadonlyArray<readonly LayerEntry[]>): NameTable {
    const byKey = new Map<string, readonly Candidate[]>();
    const bySingularKey = new Map<string, readonly Candidate[]>();
    const byExercise = new Map<string, AstNodeDescription>();
    const names = new Map<string, string>();
    for (const layer of layers) {
        const ownKeys = new Map<string, Candidate[]>();
        const ownSingularKeys = new Map<string, Candidate[]>();
        for (const entry of layer) {
            byExercise.set(entry.key, entry.candidate.description);
            for (const name of entry.names) {
                addCandidate(ownKeys, normalizeName(name), entry.candidate);
                addCandidate(ownSingularKeys, singularKey(name), entry.candidate);
                names.set(normalizeName(name), name);
            }
        }
        for (const [key, candidates] of ownKeys) byKey.set(key, candidates);
        for (const [key, candidates] of ownSingularKeys) bySingularKey.set(key, candidates);
    }
    return { byKey, bySingularKey, byExercise, names };
}

function addCandidate(map: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
    const candidates = map.get(key);
    if (!candidates) map.set(key, [candidate]);
    else if (!candidates.includes(candidate)) candidates.push(candidate);
}

/** What a name resolved to, and how it was read (SPEC §7: hovers say what a variant was taken as). */
export interface NameResolution {
    readonly description: AstNodeDescription;
    readonly reading: NameReading;
}

/**
 * Of the exercises a name may denote, the one its prescription suits: cardio for cardio-like and timed work, else
 * strength or mobility; a variant must agree in kind (SPEC §3.2: a cardio ending needs a cardio prescription).
 */
function choose(candidates: readonly Candidate[], shape: PrescriptionShape | 'any', variant: boolean): Candidate | undefined {
    const agrees = (candidate: Candidate) => !variant || !candidate.cardio || shape === 'cardio' || shape === 'timed' || shape === 'any';
    const suits = (candidate: Candidate) => shape === 'any' || candidate.cardio === (shape === 'cardio' || shape === 'timed');
    return candidates.find((candidate) => suits(candidate) && agrees(candidate)) ?? candidates.find(agrees);
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
        return this.resolve(name)?.description;
    }

    /** "Did you mean" for an unknown name (SPEC §3.2): known names, one per exercise, best first. */
    suggestions(name: string, limit = 3): string[] {
        const seen = new Set<AstNodeDescription | undefined>();
        return suggestNames(name, this.knownNames(), limit * 3).filter((suggestion) => {
            const exercise = this.getElement(suggestion);
            if (seen.has(exercise)) return false;
            seen.add(exercise);
            return true;
        }).slice(0, limit);
    }

    /** The scope as an item with a prescription of this shape sees it. */
    forShape(shape: PrescriptionShape): Scope {
        return {
            getElement: (name) => this.resolve(name, shape)?.description,
            getElements: (name) => stream([this.resolve(name, shape)?.description].filter((found) => found !== undefined)),
            getAllElements: () => this.getAllElements(),
        };
    }

    /** A name's exercise: by its keys, else with its abbreviations written out, else by its longest known ending. */
    resolve(name: string, shape: PrescriptionShape | 'any' = 'any'): NameResolution | undefined {
        const found = (text: string, variant: boolean) => {
            const candidates = this.candidates(text);
            return candidates && choose(candidates, shape, variant);
        };
        const direct = found(name, false);
        if (direct) return { description: direct.description, reading: 'name' };
        const expanded = expandAbbreviations(name);
        const abbreviated = expanded !== writtenName(name) ? found(expanded, false) : undefined;
        if (abbreviated) return { description: abbreviated.description, reading: 'abbreviation' };
        if (isSlipOf(name, this.knownNames())) return undefined;
        for (const ending of nameEndings(name)) {
            const variant = found(ending, true);
            if (variant) return { description: variant.description, reading: 'variant' };
        }
        return undefined;
    }

    /** The exercises a name's keys find, the innermost layer first: as written, then singular on every word. */
    private candidates(name: string): readonly Candidate[] | undefined {
        for (const key of lookupKeys(name)) {
            const found = this.own.byKey.get(key) ?? this.inherited.byKey.get(key);
            if (found) return found;
        }
        const key = singularKey(name);
        return this.own.bySingularKey.get(key) ?? this.inherited.bySingularKey.get(key);
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
