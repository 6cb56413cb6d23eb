import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { TextDocument, URI, type LangiumDocument } from 'langium';
import type { CompletionItem, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { createSplitServices, type SplitLspServices } from '../../src/language/split-lsp-module.js';
import type { Plan } from '../../src/language/generated/ast.js';
import type { WeekModel } from '../../src/language/model/week-model.js';
import { MINUTES_PER_WEEK } from '../../src/language/facts/defaults.js';
import { MemoryFileSystem } from '../../scripts/bench/memory-file-system.js';
import type { Seed } from './arbitraries.js';

// What the robustness properties check, for one document, without a test framework (vitest and scripts/fuzz.mjs
// share it). Every check throws a PropertyFailure that says what went wrong.

export class PropertyFailure extends Error {}

/**
 * FUZZ_IGNORE: a regular expression; failures whose message matches it are not reported. For hunting further bugs
 * while a known one is being fixed, never for the normal test run.
 */
const IGNORE = process.env.FUZZ_IGNORE ? new RegExp(process.env.FUZZ_IGNORE, 's') : undefined;

/** A failure FUZZ_IGNORE matched: the document counts as passed. */
class IgnoredFailure extends Error {}

function fail(message: string): never {
    throw IGNORE?.test(message) ? new IgnoredFailure(message) : new PropertyFailure(message);
}

function assert(condition: unknown, message: () => string): asserts condition {
    if (!condition) fail(message());
}


/** The spec's conformance plans, copied into the project (test/conformance-cases.ts). */
const CASES = join('test', 'fixtures', 'conformance');

/** The example and conformance plans (the import library included), relative to the project folder. */
export function seedPlans(root = process.cwd()): Seed[] {
    const folders = [join(root, 'examples'), resolve(root, CASES)];
    return folders.flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.split'))
        .sort()
        .map((name) => ({ name: relative(root, join(folder, name)), text: readFileSync(join(folder, name), 'utf8') })));
}

/** Fuzzed documents live in /fuzz, next to the conformance cases' lib/ folder, so their imports resolve. */
const FOLDER = '/fuzz';

export interface Checked {
    document: LangiumDocument<Plan>;
    diagnostics: Diagnostic[];
    week: WeekModel;
}

export interface Harness {
    readonly Split: SplitLspServices;
    /** Parses, links and validates a text; any console.error meanwhile is a failure. */
    check(text: string): Promise<Checked>;
    /** Forgets a checked document (so 100,000 of them do not pile up). */
    release(document: LangiumDocument): Promise<void>;
    /** Every robustness property of one document; `probes` pick hover and completion positions. */
    checkDocument(text: string, probes?: readonly number[]): Promise<Checked | undefined>;
    /** The properties of a valid generated plan, on top of checkDocument. */
    checkValidPlan(text: string, sessions: number, comments: readonly string[], probes?: readonly number[]): Promise<void>;
    /** Formats a text (the whole document) as the editor would. */
    format(text: string): Promise<string>;
    /** The comments of a text, as the lexer sees them (trailing blanks aside). */
    comments(text: string): string[];
}

export async function createHarness(root = process.cwd()): Promise<Harness> {
    const fileSystem = new MemoryFileSystem();
    const lib = resolve(root, CASES, 'lib');
    for (const name of readdirSync(lib)) fileSystem.write(`${FOLDER}/lib/${name}`, readFileSync(join(lib, name), 'utf8'));
    const { shared, Split } = createSplitServices({ fileSystemProvider: () => fileSystem });
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    await shared.workspace.ConfigurationProvider.initialized({});
    let counter = 0;

    /** Runs `work` with console.error watched; anything logged is a failure. */
    async function watched<T>(what: string, text: string, work: () => Promise<T> | T): Promise<T> {
        const logged: unknown[][] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => void logged.push(args);
        try {
            return await work();
        } catch (error) {
            if (error instanceof PropertyFailure || error instanceof IgnoredFailure) throw error;
            fail(`${what} threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        } finally {
            console.error = original;
            assert(logged.length === 0, () => `console.error during ${what}: ${logged.map((args) => args.map(describe).join(' ')).join('\n')}`);
            void text;
        }
    }

    async function check(text: string): Promise<Checked> {
        const uri = URI.file(`${FOLDER}/doc-${++counter}.split`);
        try {
            return await watched('checking', text, async () => {
                const document = shared.workspace.LangiumDocuments.createDocument(uri, text) as LangiumDocument<Plan>;
                await shared.workspace.DocumentBuilder.build([document], { validation: true });
                return { document, diagnostics: document.diagnostics ?? [], week: Split.model.WeekModels.get(document).week };
            });
        } catch (error) {
            forget(uri);
            throw error;
        }
    }

    /** Drops a document without rebuilding anything, so that one that broke the build cannot break the next ones. */
    function forget(uri: URI): void {
        if (shared.workspace.LangiumDocuments.hasDocument(uri)) shared.workspace.LangiumDocuments.deleteDocument(uri);
        shared.workspace.IndexManager.remove(uri);
    }

    async function release(document: LangiumDocument): Promise<void> {
        try {
            await watched('removing the document from the workspace', '', () => shared.workspace.DocumentBuilder.update([], [document.uri]));
        } finally {
            forget(document.uri);
        }
    }

    function formatDocument(document: LangiumDocument): string {
        const edits = Split.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 2, insertSpaces: true },
        }) as TextEdit[];
        for (const edit of edits) assertInside(document.textDocument, edit.range, 'a formatting edit');
        return TextDocument.applyEdits(document.textDocument, edits);
    }

    function parse(text: string): LangiumDocument {
        return shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`${FOLDER}/format-${++counter}.split`));
    }

    async function format(text: string): Promise<string> {
        return watched('formatting', text, () => formatDocument(parse(text)));
    }

    function comments(text: string): string[] {
        return Split.parser.Lexer.tokenize(text).hidden
            .filter((token) => token.tokenType.name !== 'WS')
            .map((token) => token.image.trimEnd());
    }

    async function checkDocument(text: string, probes: readonly number[] = []): Promise<Checked> {
        const checked = await check(text);
        const { document, diagnostics, week } = checked;
        const textDocument = document.textDocument;
        try {
            // Every diagnostic lies inside the document.
            for (const diagnostic of diagnostics) assertInside(textDocument, diagnostic.range, `the ${diagnostic.code} diagnostic "${diagnostic.message}"`);
            checkWeek(week);

            // Hover and completion at the probes: nothing throws, every range is inside the document.
            await watched('hover and completion', text, async () => {
                for (const probe of probes) {
                    const position = textDocument.positionAt(probe % (text.length + 1));
                    const params = { textDocument: { uri: document.uri.toString() }, position };
                    const hover = await Split.lsp.HoverProvider!.getHoverContent(document, params);
                    if (hover?.range) assertInside(textDocument, hover.range, `the hover at ${position.line}:${position.character}`);
                    const list = await Split.lsp.CompletionProvider!.getCompletion(document, params);
                    for (const item of list?.items ?? []) checkCompletionItem(textDocument, item, `completion at ${position.line}:${position.character}`);
                }
            });

            // Formatting: idempotent, every comment kept.
            const once = await watched('formatting', text, () => formatDocument(document));
            const twice = await format(once);
            assert(twice === once, () => `formatting is not idempotent on ${show(text)}\n  once:  ${show(once)}\n  twice: ${show(twice)}`);
            // The formatter writes the document's line end inside a block comment over several lines: line ends aside.
            const before = comments(text).map(sameLineEnds).sort();
            const after = comments(once).map(sameLineEnds).sort();
            assert(JSON.stringify(before) === JSON.stringify(after),
                () => `formatting changed the comments of ${show(text)}\n  before ${show(before)}\n  after  ${show(after)}\n  formatted: ${show(once)}`);
        } finally {
            await release(document);
        }
        return checked;
    }

    async function checkValidPlan(text: string, sessions: number, written: readonly string[], probes: readonly number[] = []): Promise<void> {
        const { diagnostics, week } = await checkDocument(text, probes);
        const syntax = diagnostics.filter((diagnostic) => diagnostic.code === 'syntax');
        assert(syntax.length === 0, () => `a valid plan has syntax errors: ${syntax.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('; ')}`);
        assert(week.sessions.length === sessions, () => `${sessions} sessions written, the week model has ${week.sessions.length}`);
        const lexed = comments(text).map((comment) => comment.replaceAll('\r\n', '\n'));
        const expected = written.map((comment) => comment.trimEnd());
        assert(JSON.stringify(lexed) === JSON.stringify(expected), () => `the comments written are not the comments lexed:\n  written ${JSON.stringify(expected)}\n  lexed   ${JSON.stringify(lexed)}`);
    }

    /** A failure that FUZZ_IGNORE matches ends the document's checks as if they had passed. */
    const unlessIgnored = <A extends unknown[], R>(run: (...args: A) => Promise<R>) => async (...args: A): Promise<R | undefined> => {
        try {
            return await run(...args);
        } catch (error) {
            if (error instanceof IgnoredFailure) return undefined;
            throw error;
        }
    };
    return {
        Split, check, release, format, comments,
        checkDocument: unlessIgnored(checkDocument),
        checkValidPlan: async (...args) => void await unlessIgnored(checkValidPlan)(...args),
    };
}

/** The week model's numbers are consistent (SPEC §3): starts within the week, in order; sets never negative. */
export function checkWeek(week: WeekModel): void {
    let previous = -Infinity;
    for (const session of week.sessions) {
        assert(Number.isInteger(session.start) && session.start >= 0 && session.start < MINUTES_PER_WEEK,
            () => `session start ${session.start} (${session.dayName} ${session.time}) is outside the week`);
        assert(session.day >= 0 && session.day <= 6, () => `session day ${session.day}`);
        assert(session.start >= previous, () => `sessions out of order: ${session.start} after ${previous}`);
        previous = session.start;
        for (const [region, sets] of Object.entries(session.regionSets)) {
            assert(Number.isFinite(sets) && sets >= 0, () => `${session.dayName} ${session.time}: ${sets} sets for ${region}`);
        }
    }
    for (const [muscle, sets] of Object.entries(week.weeklySets)) {
        assert(Number.isFinite(sets) && sets >= 0, () => `${sets} weekly sets for ${muscle}`);
    }
}

/** A range is inside a document: start before end, both on existing lines and within them. */
export function assertInside(document: Pick<TextDocument, 'lineCount' | 'getText'>, range: Range, what: string): void {
    const lengths = lineLengths(document.getText());
    const inside = (position: Range['start']) => Number.isInteger(position.line) && Number.isInteger(position.character)
        && position.line >= 0 && position.character >= 0 && position.line < lengths.length && position.character <= lengths[position.line];
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    assert(inside(range.start) && inside(range.end) && ordered,
        () => `${what} has the range ${JSON.stringify(range)}, outside the document (${lengths.length} lines: ${JSON.stringify(lengths.slice(0, 50))})`);
}

function checkCompletionItem(document: TextDocument, item: CompletionItem, what: string): void {
    const edit = item.textEdit;
    if (edit && 'range' in edit) assertInside(document, edit.range, `${what}, item ${item.label}`);
    if (edit && 'insert' in edit) {
        assertInside(document, edit.insert, `${what}, item ${item.label} (insert)`);
        assertInside(document, edit.replace, `${what}, item ${item.label} (replace)`);
    }
    for (const extra of item.additionalTextEdits ?? []) assertInside(document, extra.range, `${what}, item ${item.label} (additional edit)`);
}

const lengthCache = new Map<string, number[]>();
/** Line lengths as LSP counts lines: \r\n, \r and \n end a line. */
function lineLengths(text: string): number[] {
    const cached = lengthCache.get(text);
    if (cached) return cached;
    const lengths = text.split(/\r\n|\r|\n/).map((line) => line.length);
    if (lengthCache.size > 4) lengthCache.clear();
    lengthCache.set(text, lengths);
    return lengths;
}

/** JSON with every character outside printable ASCII escaped, so that a counterexample can be copied exactly. */
export function show(value: unknown): string {
    return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sameLineEnds(text: string): string {
    return text.replace(/\r\n|\r/g, '\n');
}

function describe(value: unknown): string {
    if (value instanceof Error) return value.stack ?? value.message;
    return typeof value === 'string' ? value : JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------------------------
// The command line

export const CLI = 'out/cli/split-plan.cjs';

export interface CliRun {
    /** The text as the CLI read it back (lone surrogates become U+FFFD on the way to UTF-8). */
    text: string;
    status: number | null;
    stdout: string;
    stderr: string;
    milliseconds: number;
}

/** Runs `split-plan check --format json FILE` on a text written to a temporary file. */
export function runCliCheck(text: string, timeout = 120_000, cli = resolve(CLI)): CliRun {
    const folder = mkdtempSync(join(tmpdir(), 'split-fuzz-'));
    try {
        const file = join(folder, 'plan.split');
        writeFileSync(file, text);
        const written = readFileSync(file, 'utf8');
        const started = performance.now();
        const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', file], {
            encoding: 'utf8', timeout, maxBuffer: 512 * 1024 * 1024, cwd: folder, env: { ...process.env, NO_COLOR: '1' },
        });
        return { text: written, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', milliseconds: performance.now() - started };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

/** The CLI property: exit 0, 1 or 2; valid JSON of the documented shape on 0 and 1, with ranges inside the text. */
export function checkCliRun(run: CliRun): void {
    assert(run.status === 0 || run.status === 1 || run.status === 2,
        () => `split-plan check exited with ${run.status}${run.status === null ? ' (killed or timed out)' : ''}; stderr: ${run.stderr.slice(0, 2000)}`);
    if (run.status === 2) {
        assert(run.stderr.trim().length > 0, () => 'split-plan check exited with 2 and said nothing on stderr');
        return;
    }
    let report: { version?: unknown; files?: Array<{ diagnostics?: Array<{ code?: unknown; severity?: unknown; message?: unknown; range: Range }> }>; summary?: Record<string, number> };
    try {
        report = JSON.parse(run.stdout);
    } catch (error) {
        throw new PropertyFailure(`split-plan check --format json printed no valid JSON (${String(error)}): ${run.stdout.slice(0, 500)}`);
    }
    assert(report.version === 1 && Array.isArray(report.files) && report.files.length === 1 && report.summary,
        () => `unexpected report shape: ${run.stdout.slice(0, 500)}`);
    const document = TextDocument.create('file:///plan.split', 'split', 1, run.text);
    let errors = 0;
    for (const diagnostic of report.files[0].diagnostics ?? []) {
        assert(typeof diagnostic.code === 'string' && typeof diagnostic.message === 'string'
            && ['error', 'warning', 'information', 'hint'].includes(String(diagnostic.severity)), () => `bad diagnostic ${JSON.stringify(diagnostic)}`);
        assertInside(document, diagnostic.range, `the CLI's ${diagnostic.code} diagnostic`);
        if (diagnostic.severity === 'error') errors++;
    }
    assert(report.summary.errors === errors, () => `summary says ${report.summary!.errors} errors, the list has ${errors}`);
    assert((run.status === 1) === (errors > 0), () => `exit ${run.status} with ${errors} errors`);
}
