import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { URI, type LangiumDocument } from 'langium';
import { createSplitCoreServices } from '../../src/language/split-module.js';
import { MemoryFileSystem } from './memory-file-system.js';
import { generatePlan } from './generate.js';

// `npm run bench`: medians of several runs (this machine is small and noisy), never a pass/fail on its own.
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function measure(run: () => unknown | Promise<unknown>, runs = RUNS): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
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

const rows: Array<[string, string]> = [];
const row = (what: string, ms: number, note = '') => {
    rows.push([what, `${ms.toFixed(1)} ms${note}`]);
    console.log(`${what.padEnd(58)} ${ms.toFixed(1).padStart(9)} ms${note}`);
};

console.log(`split-plan benchmark (median of ${RUNS} runs, Node ${process.version})\n`);

// One generated 10,000-line plan.
const big = generatePlan(10_000);
{
    const { Split, edit } = await workspace(new Map([['/ws/big.split', big]]));
    const parse = await measure(() => Split.parser.LangiumParser.parse(big));
    row(`10,000-line plan (${(big.length / 1024).toFixed(0)} KiB): parse only`, parse);
    let counter = 0;
    const build = await measure(async () => {
        const document = Split.shared.workspace.LangiumDocumentFactory.fromString(big, URI.file(`/tmp/fresh-${counter++}.split`));
        Split.shared.workspace.LangiumDocuments.addDocument(document);
        await Split.shared.workspace.DocumentBuilder.build([document], { validation: true });
    });
    row('10,000-line plan: full build with validation', build, ` (${(build / parse).toFixed(2)}× parse)`);
    const change = toggler('Squat                   4x6 @ 75%', 'Squat                   5x5 @ 80%');
    row('10,000-line plan: one-line edit, rebuild', await measure(() => edit('/ws/big.split', change)));
}

// A 100-file workspace of 100-line plans that share one imported library.
{
    const files = new Map<string, string>([['/ws/lib/shared.split', 'exercise "Shared Lift" primary chest compound\n']]);
    for (let i = 0; i < 100; i++) files.set(`/ws/plan-${i}.split`, generatePlan(100, `plan "Plan ${i}"\nimport "lib/shared.split"\n`));
    const texts = [...files.values()];
    const core = createSplitCoreServices({ fileSystemProvider: () => new MemoryFileSystem() });
    row('100 files × 100 lines: parse only', await measure(() => texts.forEach((text) => core.Split.parser.LangiumParser.parse(text))));
    row('100 files × 100 lines: full build with validation', await measure(() => workspace(files), Math.min(RUNS, 5)));
    const { edit } = await workspace(files);
    row('100 files: one-line edit of one plan, rebuild', await measure(() => edit('/ws/plan-7.split', toggler('4x6', '5x5'))));
    row('100 files: edit of the shared import, rebuild', await measure(() => edit('/ws/lib/shared.split', toggler('compound', 'isolation'))));
}

// Cold start of the command line on one small plan, beside Node itself.
{
    const node = process.execPath;
    const cli = ['out/cli/split-plan.cjs', 'check', 'examples/bro-split.split'];
    const wall = (args: string[]) => {
        const start = performance.now();
        spawnSync(node, args, { stdio: 'ignore' });
        return performance.now() - start;
    };
    const nodeTimes: number[] = [];
    const cliTimes: number[] = [];
    for (let i = 0; i < Math.max(RUNS, 9); i++) {
        nodeTimes.push(wall(['-e', '0']));
        cliTimes.push(wall(cli));
    }
    row('node -e 0 (wall)', median(nodeTimes));
    row('split-plan check examples/bro-split.split (wall)', median(cliTimes), ` (${(median(cliTimes) / median(nodeTimes)).toFixed(2)}× node -e 0)`);
}
