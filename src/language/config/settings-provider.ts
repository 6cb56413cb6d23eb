import { UriUtils, type FileSystemProvider, type LangiumSharedCoreServices, type URI } from 'langium';
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, resolveSettings, splitConfigSchema, type Settings, type SplitConfig } from './settings.js';
import { describeIssue } from './config-problems.js';
import { FILE_LIMITS } from '../facts/defaults.js';
import { isBuiltin } from '../library/builtin-library.js';
import { describeReadFailure, readFailure } from '../workspace/read-failure.js';

export const CONFIG_FILE_NAME = '.splitrc.json';

/** A problem with a configuration: which file (or the editor settings), which key, what was expected. */
export interface ConfigProblem {
    readonly source: string;
    readonly message: string;
}

interface LoadedConfig {
    readonly config?: SplitConfig;
    readonly problems: readonly ConfigProblem[];
}

/**
 * The settings that apply to a plan (SPEC §5): the nearest `.splitrc.json` walking up from the plan's folder, over
 * the editor's `split.*` settings, over the defaults. An invalid file or setting is reported and ignored.
 */
export class SplitSettingsProvider {
    private readonly fileSystem: FileSystemProvider;
    private editor: LoadedConfig = { problems: [] };
    /** What the editor's settings come to, as canonical JSON: settings sent again with the same effect change nothing. */
    private editorEffect = canonicalJson(DEFAULT_SETTINGS);
    /** Folder URI → the config file that applies there (undefined: none). */
    private readonly lookups = new Map<string, URI | undefined>();
    private readonly files = new Map<string, LoadedConfig>();

    constructor(shared: LangiumSharedCoreServices) {
        this.fileSystem = shared.workspace.FileSystemProvider;
    }

    settingsFor(uri: URI): { settings: Settings; problems: readonly ConfigProblem[]; file?: URI } {
        // Any plan in a folder, on disk or in the editor's file system (vscode-vfs:, vscode-remote:); not an untitled one.
        const file = uri.scheme !== 'untitled' && !isBuiltin(uri) ? this.configFileFor(UriUtils.dirname(uri)) : undefined;
        const loaded = file ? this.load(file) : { problems: [] };
        return {
            settings: resolveSettings(this.editor.config, loaded.config),
            problems: [...this.editor.problems, ...loaded.problems],
            file,
        };
    }

    /**
     * The editor's `split.*` settings; other keys of that section (editor-only features) are not Split's to judge.
     * `changed` says whether they mean other settings than the ones in force: editors send the whole section on
     * many occasions (VS Code at every start, its defaults filled in, and whenever any extension's settings change).
     */
    setEditorSettings(section: Record<string, unknown> | undefined): { problems: readonly ConfigProblem[]; changed: boolean } {
        const known = Object.fromEntries(Object.entries(section ?? {}).filter(([key]) => key in splitConfigSchema.def.shape));
        this.editor = validate(known, 'the split.* settings');
        const effect = canonicalJson(resolveSettings(this.editor.config));
        const changed = effect !== this.editorEffect;
        this.editorEffect = effect;
        return { problems: this.editor.problems, changed };
    }

    /** Forgets what was read from disk, after a configuration file changed. */
    invalidate(): void {
        this.lookups.clear();
        this.files.clear();
    }

    private configFileFor(folder: URI): URI | undefined {
        const key = folder.toString();
        if (this.lookups.has(key)) return this.lookups.get(key);
        const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
        const parent = UriUtils.dirname(folder);
        const found = this.fileSystem.existsSync(candidate) ? candidate
            : parent.path === folder.path ? undefined : this.configFileFor(parent);
        this.lookups.set(key, found);
        return found;
    }

    private load(file: URI): LoadedConfig {
        const key = file.toString();
        let loaded = this.files.get(key);
        if (!loaded) {
            loaded = readConfigFile(this.fileSystem, file);
            this.files.set(key, loaded);
        }
        return loaded;
    }
}

function readConfigFile(fileSystem: FileSystemProvider, file: URI): LoadedConfig {
    const source = file.fsPath;
    const problem = (reason: string): LoadedConfig => ({ problems: [{ source, message: `${source}: ${reason}; using the defaults` }] });
    const limit = FILE_LIMITS.configCharacters;
    let text: string;
    try {
        text = fileSystem.readFileSync(file);
    } catch (error) {
        const failure = readFailure(error);
        // The file system stops at a plan's limit; a configuration has its own.
        return problem(describeReadFailure(failure.kind === 'too-large' ? { ...failure, limit } : failure));
    }
    if (text.length > limit) return problem(describeReadFailure({ kind: 'too-large', bytes: new TextEncoder().encode(text).length, limit }));
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (error) {
        return problem(`not valid JSON (${(error as SyntaxError).message})`);
    }
    return validate(json, source);
}

/** JSON with every object's keys sorted, so that equal settings give equal text whatever order they came in. */
function canonicalJson(value: unknown): string {
    return JSON.stringify(value, (_key, inner: unknown) => (inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : inner));
}

/**
 * Validates a configuration; on any problem the whole of it is ignored, so that defaults apply (SPEC §5). The first
 * problems are reported each, the rest counted.
 */
export function validate(json: unknown, source: string): LoadedConfig {
    const result = splitConfigSchema.safeParse(json, { reportInput: true });
    if (result.success) return { config: result.data, problems: [] };
    const messages = result.error.issues.flatMap((issue) => describeIssue(issue, knownKeysAt));
    const more = messages.length - FILE_LIMITS.configProblems;
    return {
        problems: [...messages.slice(0, FILE_LIMITS.configProblems), ...(more > 0 ? [`and ${more.toLocaleString('en')} more problems`] : [])]
            .map((message) => ({ source, message: `${source}: ${message}; using the defaults` })),
    };
}

/** The keys the schema allows at a path, for "did you mean" on a typo. */
function knownKeysAt(path: PropertyKey[]): string[] {
    let schema: z.ZodMiniType = splitConfigSchema;
    for (const segment of path) {
        schema = unwrap(schema);
        const shape = (schema as z.ZodMiniObject).def?.shape as Record<string, z.ZodMiniType> | undefined;
        if (!shape || !(String(segment) in shape)) return [];
        schema = shape[String(segment)];
    }
    const def = unwrap(schema).def as { type: string; shape?: object; keyType?: { def: { entries?: object } } };
    if (def.type === 'record') return Object.keys(def.keyType?.def.entries ?? {});
    return def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
    const def = schema.def as { type: string; innerType?: z.ZodMiniType };
    return def.type === 'optional' && def.innerType ? unwrap(def.innerType) : schema;
}
