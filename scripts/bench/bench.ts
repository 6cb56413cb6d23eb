import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import { CancellationTokenSource, createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { LSPErrorCodes } from 'vscode-languageserver-protocol';
import { createSplitCoreServices } from '../../src/language/split-module.js';
import { MemoryFileSystem } from './memory-file-system.js';
import { SERVER_EXEC_ARGV } from '../../src/extension/server-options.js';
import { generatePlan } from './generate.js';

// `npm run bench`: medians of several runs, and ratios measured within one run, because this machine is small and
// noisy. It prints numbers and each target of the performance issue with pass or fail; it never fails itself.
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WARM_UP_EDITS = 30;
const FULL_CHECK_WARM_UP = 3;

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Node's collector, exposed by scripts/bench.mjs: each run starts without the garbage of the one before. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The median of `runs` timed runs, after `warmUp` untimed ones; `afterEach` cleans up after every run, untimed. */
async function measure(run: () => unknown | Promise<unknown>, runs = RUNS,
    { warmUp = 0, afterEach }: { warmUp?: number; afterEach?: () => unknown | Promise<unknown> } = {}): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < warmUp + runs; i++) {
        collectGarbage();
        const start = performance.now();
        await run();
        if (i >= warmUp) times.push(performance.now() - start);
        await afterEach?.();
    }
    return median(times);
}

async function workspace(files: Map<string, string>) {
    const fileSystem = new MemoryFileSystem();
    for (const [path, text] of files) fileSystem.write(path, text);
    const { shared, Split } = createSplitCoreServices({ fileSystemProvider: () => fileSystem });
    shared.workspace.DocumentBuilder.updateBuildOptions = { validation: true };
    await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'bench', uri: URI.file('/ws').toString() }]);
    const edit = async (path: string, change: (text: string) => string) => {
        const uri = fileSystem.write(path, change(fileSystem.readFileSync(URI.file(path))));
        await shared.workspace.DocumentBuilder.update([uri], []);
        return shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument;
    };
    return { shared, Split, edit };
}

/** Alternates between two variants of a line so that every edit really changes the text. */
function toggler(from: string, to: string) {
    let flip = false;
    return (text: string) => ((flip = !flip) ? text.replace(from, to) : text.replace(to, from));
}

const targets: string[] = [];
function row(what: string, value: string, note = '') {
    console.log(`${what.padEnd(62)} ${value.padStart(10)}${note}`);
}
function target(what: string, value: number, unit: string, limit: number) {
    const line = `${value <= limit ? 'pass' : 'FAIL'}  ${what}: ${value.toFixed(unit === '×' ? 2 : 1)} ${unit} (target ≤ ${limit} ${unit})`;
    targets.push(line);
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

console.log(`split-plan benchmark (medians of ${RUNS} runs, Node ${process.version})\n`);

// One generated 10,000-line plan.
{
    const big = generatePlan(10_000);
    const { Split, edit } = await workspace(new Map([['/ws/big.split', big]]));
    const parse = await measure(() => Split.parser.LangiumParser.parse(big));
    row(`10,000-line plan (${(big.length / 1024).toFixed(0)} KiB): parse only`, ms(parse));
    // Each run parses the plan into a document, then links, models and checks it: the ratio of the two is taken
    // within each run, under the same conditions (the heap, the collector), and its median reported. The parser's
    // code is compiled by the runs above; the first runs of the whole check compile the rest, and are not counted.
    let counter = 0;
    let previous: URI | undefined;
    const ratios: number[] = [];
    const build = await measure(async () => {
        const start = performance.now();
        const document = Split.shared.workspace.LangiumDocumentFactory.fromString(big, URI.file(`/tmp/fresh-${counter++}.split`));
        const parsed = performance.now();
        Split.shared.workspace.LangiumDocuments.addDocument(document);
        await Split.shared.workspace.DocumentBuilder.build([document], { validation: true });
        ratios.push((performance.now() - start) / (parsed - start));
        previous = document.uri;
    }, RUNS, {
        warmUp: FULL_CHECK_WARM_UP,
        // As in an editor, one copy of the plan at a time: the last run's is let go (with its index entries), untimed.
        afterEach: () => previous && Split.shared.workspace.DocumentBuilder.update([], [previous]),
    });
    ratios.splice(0, FULL_CHECK_WARM_UP);
    const ratio = median(ratios);
    row('10,000-line plan: full check (parse, link, model, rules)', ms(build), ` (${ratio.toFixed(2)}× its parse, within each run)`);
    target('full check of a 10,000-line plan / parsing it alone', ratio, '×', 1.5);
    const change = toggler('Squat                   4x6 @ 75%', 'Squat                   5x5 @ 80%');
    row('10,000-line plan: one-line edit, rebuild', ms(await measure(() => edit('/ws/big.split', change))));
}

// A 100-file workspace of 100-line plans that import two shared files: one with an exercise no plan names, one with
// a Squat that shadows the built-in one every plan names.
{
    const files = new Map<string, string>([
        ['/ws/lib/shared.split', 'exercise "Shared Lift" primary chest compound\n'],
        ['/ws/lib/squat.split', 'exercise "Squat" primary quadriceps, glutes compound\n'],
    ]);
    for (let i = 0; i < 100; i++) files.set(`/ws/plan-${i}.split`, generatePlan(100, `plan "Plan ${i}"\nimport "lib/shared.split"\nimport "lib/squat.split"\n`));
    const texts = [...files.values()];
    const core = createSplitCoreServices({ fileSystemProvider: () => new MemoryFileSystem() });
    row('100 files × 100 lines: parse only', ms(await measure(() => texts.forEach((text) => core.Split.parser.LangiumParser.parse(text)))));
    row('100 files × 100 lines: full build with validation', ms(await measure(() => workspace(files), Math.min(RUNS, 5))));
    const { edit } = await workspace(files);
    row('100 files: one-line edit of one plan, rebuild', ms(await measure(() => edit('/ws/plan-7.split', toggler('4x6', '5x5')))));
    const unnamed = await measure(() => edit('/ws/lib/shared.split', toggler('compound', 'isolation')));
    row('100 files: edit of a shared import no plan names from, rebuild', ms(unnamed));
    target('100 files: rebuild after the shared import changes', unnamed, 'ms', 100);
    const named = await measure(() => edit('/ws/lib/squat.split', toggler('compound', 'isolation')));
    row('100 files: edit of the shared Squat every plan names, rebuild', ms(named), ` (${(named / 100).toFixed(1)} ms per plan checked again)`);
}

// Cold start of the command line on one small plan, beside Node itself, alternating to share the noise.
{
    const wall = (args: string[]) => {
        const start = performance.now();
        spawnSync(process.execPath, args, { stdio: 'ignore' });
        return performance.now() - start;
    };
    const nodeTimes: number[] = [];
    const cliTimes: number[] = [];
    for (let i = 0; i < Math.max(RUNS, 11); i++) {
        nodeTimes.push(wall(['-e', '0']));
        cliTimes.push(wall(['out/cli/split-plan.cjs', 'check', 'examples/bro-split.split']));
    }
    row('node -e 0 (wall)', ms(median(nodeTimes)));
    row('split-plan check examples/bro-split.split (wall)', ms(median(cliTimes)), ` (${(median(cliTimes) / median(nodeTimes)).toFixed(2)}× node -e 0)`);
    target('split-plan check of one small plan / node -e 0', median(cliTimes) / median(nodeTimes), '×', 2);
    // The part of that no change of ours can remove: Langium's parser in a cold process, built, then parsing the plan.
    const parser = Array.from({ length: Math.max(RUNS, 11) }, () =>
        JSON.parse(spawnSync(process.execPath, ['out/bench/parser-start.mjs', 'examples/bro-split.split'], { encoding: 'utf8' }).stdout) as { build: number; firstParse: number });
    const build = median(parser.map((run) => run.build));
    const firstParse = median(parser.map((run) => run.firstParse));
    row('  of which Langium builds its lexer and parser (cold)', ms(build));
    row('  and parses the plan for the first time (cold)', ms(firstParse),
        ` (the rest: ${((median(cliTimes) - build - firstParse) / median(nodeTimes)).toFixed(2)}× node -e 0)`);
    // At 2×, all that split-plan may add to Node's own start and exit is one more node -e 0.
    row('  time 2× node -e 0 leaves beyond Node itself', ms(median(nodeTimes)),
        ` (the parser's build and first parse alone: ${ms(build + firstParse)})`);
}

/** The bundled language server over stdio, with the Node options the VS Code extension starts it with. */
async function startServer() {
    const server = spawn(process.execPath, [...SERVER_EXEC_ARGV, 'out/language/main.cjs', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const waiting = new Map<string, () => void>();
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => waiting.get(params.uri)?.());
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/showMessage', () => undefined);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    /** Resolves when the next diagnostics of `uri` arrive. */
    const published = (uri: string) => new Promise<void>((resolve) => waiting.set(uri, resolve));
    return {
        connection,
        published,
        open: async (uri: string, text: string, version = 1) => {
            const next = published(uri);
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'split', version, text } });
            await next;
        },
        rssMegabytes: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024,
        stop: async () => {
            await connection.sendRequest('shutdown');
            await connection.sendNotification('exit');
            connection.dispose();
            server.kill();
        },
    };
}

// The language server as an editor meets it: over stdio, from didChange to publishDiagnostics.
{
    const server = await startServer();
    let version = 1;
    for (const lines of [200, 1_000, 10_000]) {
        const uri = pathToFileURL(`/tmp/bench-${lines}.split`).toString();
        const base = generatePlan(lines);
        await server.open(uri, base, version);
        const change = toggler('Squat                   4x6 @ 75%', 'Squat                   5x5 @ 80%');
        let text = base;
        const editAndWait = async () => {
            text = change(text);
            const next = server.published(uri);
            await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
            await next;
        };
        // As in an editing session: the server has seen edits before (its code is compiled by then), so the first
        // edits after opening, which wait for the JIT, are not measured.
        const warmUp = lines >= 10_000 ? 2 : WARM_UP_EDITS;
        for (let i = 0; i < warmUp; i++) await editAndWait();
        const editToDiagnostics = await measure(editAndWait, lines >= 10_000 ? Math.min(RUNS, 5) : Math.max(RUNS, 31));
        row(`language server, ${lines.toLocaleString('en')}-line plan: edit → diagnostics`, ms(editToDiagnostics), ` (after ${warmUp} edits not measured)`);
        if (lines === 200) target('edit to diagnostics over LSP, 200-line plan', editToDiagnostics, 'ms', 16);
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    await server.stop();
}

// Typing that never pauses on a 200 KB plan, which takes longer to parse than the gap between two keystrokes: a
// keystroke every 60 ms for 15 s, each followed by a request as the editor sends them, every other one cancelled
// 100 ms later as the editor does when the cursor moves on (issue 11, defect 9).
{
    const server = await startServer();
    const uri = pathToFileURL('/tmp/bench-typing.split').toString();
    let text = generatePlan(5_600);
    await server.open(uri, text);
    const methods = ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/semanticTokens/full',
        'textDocument/inlayHint', 'textDocument/foldingRange', 'textDocument/codeAction'];
    const latencies: number[] = [];
    let cancelled = 0;
    let answeredAsCancelled = 0;
    const answers: Promise<void>[] = [];
    const change = toggler('Squat                   4x6 @ 75%', 'Squat                   4x6 @ 75% ');
    const end = performance.now() + 15_000;
    for (let keystroke = 0, version = 100; performance.now() < end; keystroke++) {
        text = change(text);
        void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
        const position = { line: 3 + (keystroke % 40) * 10, character: 4 };
        const cancellation = new CancellationTokenSource();
        const sent = performance.now();
        answers.push(server.connection.sendRequest(methods[keystroke % methods.length],
            { textDocument: { uri }, position, range: { start: { line: position.line, character: 0 }, end: position }, context: { diagnostics: [] } },
            cancellation.token).then(() => void latencies.push(performance.now() - sent), (error: { code?: number }) => {
            if (error.code === LSPErrorCodes.RequestCancelled) answeredAsCancelled++;
            else latencies.push(performance.now() - sent);
        }));
        if (keystroke % 2) {
            cancelled++;
            setTimeout(() => cancellation.cancel(), 100);
        }
        await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await Promise.all(answers);
    const sorted = latencies.sort((a, b) => a - b);
    const p95 = sorted[Math.floor(0.95 * (sorted.length - 1))];
    row(`typing on a ${(text.length / 1024).toFixed(0)} KiB plan: ${answers.length} requests, median answer`, ms(median(sorted)));
    row('  95th percentile answer', ms(p95), `, slowest ${ms(sorted[sorted.length - 1])}`);
    row('  cancelled requests answered as cancelled', `${answeredAsCancelled} / ${cancelled}`,
        ' (the others were answered before their cancellation arrived)');
    target('typing on a 200 KB plan: 95th percentile answer to a request', p95, 'ms', 1_000);
    await server.stop();
}

// Memory in a server of its own, so that the heap the 10,000-line plan above left behind does not count.
{
    const server = await startServer();
    row('language server RSS, started, no plan open', `${server.rssMegabytes().toFixed(0)} MB`);
    for (let i = 0; i < 100; i++) await server.open(pathToFileURL(`/tmp/bench-open-${i}.split`).toString(), generatePlan(100, `plan "Plan ${i}"\n`));
    const rss = server.rssMegabytes();
    row('language server RSS with 100 open plans of 100 lines', `${rss.toFixed(0)} MB`);
    target('language server memory (RSS) with 100 open plans', rss, 'MB', 150);
    await server.stop();
}

{
    const size = statSync('out/language/main.cjs').size / 1024 / 1024;
    row('language server bundle (minified)', `${(size * 1024).toFixed(0)} KB`);
    target('language server bundle', size, 'MB', 1);
}

console.log(`\nTargets\n${targets.join('\n')}`);
