import { mkdirSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { mutatedPlan, randomText, splitText, validPlan } from './arbitraries.js';
import { CLI, checkCliRun, createHarness, runCliCheck, seedPlans, show } from './harness.js';

// `npm run fuzz` (scripts/fuzz.mjs bundles and runs this): the properties of test/fuzz/properties.test.ts for
// 100,000 documents, split across the arbitraries, with a random seed that is printed so a failure can be replayed.
//   FUZZ_SEED=n      replay a run (the seed it printed)
//   FUZZ_RUNS=n      documents in total (100000)
//   FUZZ_ONLY=name   one property: splitText, randomText, mutated, valid or cli
//   FUZZ_CLI_RUNS=n  command-line runs, each a process (40)
//   FUZZ_IGNORE=re   do not report failures whose message matches (while a known bug is being fixed)

const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : (Math.random() * 2 ** 31) | 0;
const total = Number(process.env.FUZZ_RUNS ?? 100_000);
const cliRuns = Number(process.env.FUZZ_CLI_RUNS ?? 40);
const only = process.env.FUZZ_ONLY;
if (!Number.isInteger(seed) || !Number.isInteger(total) || total < 1) {
    console.error('FUZZ_SEED and FUZZ_RUNS take whole numbers');
    process.exit(2);
}

const harness = await createHarness();
const seeds = seedPlans();
const probes = fc.array(fc.nat(), { minLength: 1, maxLength: 3 });

interface Job {
    name: string;
    share: number;
    property: (progress: () => void) => fc.IAsyncPropertyWithHooks<unknown[]> | fc.IPropertyWithHooks<unknown[]>;
    runs?: number;
}

const jobs: Job[] = [
    {
        name: 'splitText', share: 0.25,
        property: (tick) => fc.asyncProperty(splitText(), probes, async (text, at) => {
            tick();
            await harness.checkDocument(text, at);
        }),
    },
    {
        name: 'randomText', share: 0.15,
        property: (tick) => fc.asyncProperty(randomText(), probes, async (text, at) => {
            tick();
            await harness.checkDocument(text, at);
        }),
    },
    {
        name: 'mutated', share: 0.35,
        property: (tick) => fc.asyncProperty(mutatedPlan(seeds), probes, async (plan, at) => {
            tick();
            await harness.checkDocument(plan.text, at);
        }),
    },
    {
        name: 'valid', share: 0.25,
        property: (tick) => fc.asyncProperty(validPlan(), probes, async (plan, at) => {
            tick();
            await harness.checkValidPlan(plan.text, plan.sessions, plan.comments, at);
        }),
    },
    {
        name: 'cli', share: 0, runs: cliRuns,
        property: (tick) => fc.property(
            fc.oneof(splitText(60), randomText(200), mutatedPlan(seeds).map((plan) => plan.text), validPlan().map((plan) => plan.text)),
            (text) => {
                tick();
                checkCliRun(runCliCheck(text));
            },
        ),
    },
];

console.log(`split-plan fuzz: ${total.toLocaleString('en')} documents, seed ${seed} (replay: FUZZ_SEED=${seed} npm run fuzz), Node ${process.version}`);
if (!existsSync(CLI)) console.log(`(${CLI} is missing: run npm run build for the command-line property)`);
const started = performance.now();
const failures: string[] = [];
let documents = 0;

for (const job of jobs) {
    if (only && job.name !== only) continue;
    if (job.name === 'cli' && !existsSync(CLI)) continue;
    const share = only ? 1 : job.share;
    const runs = job.runs ?? Math.max(1, Math.round(total * share));
    const jobStarted = performance.now();
    let calls = 0;
    let lastReport = jobStarted;
    const tick = () => {
        calls++;
        const now = performance.now();
        if (now - lastReport > 10_000) {
            lastReport = now;
            const rate = calls / ((now - jobStarted) / 1000);
            console.log(`  ${job.name}: ${Math.min(calls, runs).toLocaleString('en')}/${runs.toLocaleString('en')} (${rate.toFixed(0)} documents/s)`);
        }
    };
    const property = job.property(tick);
    const details = property.isAsync()
        ? await fc.check(property as fc.IAsyncPropertyWithHooks<unknown[]>, { seed, numRuns: runs })
        : fc.check(property as fc.IPropertyWithHooks<unknown[]>, { seed, numRuns: runs });
    const seconds = (performance.now() - jobStarted) / 1000;
    documents += details.numRuns;
    if (details.failed) {
        const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        const counterexample = details.counterexample?.[0] as { text?: string } | string | undefined;
        const text = typeof counterexample === 'string' ? counterexample : counterexample?.text;
        mkdirSync('out/fuzz', { recursive: true });
        const file = `out/fuzz/failure-${job.name}.split`;
        if (text !== undefined) writeFileSync(file, text);
        failures.push(job.name);
        console.log(`FAIL ${job.name} after ${details.numRuns} documents (${seconds.toFixed(1)} s), shrunk ${details.numShrinks} times`);
        console.log(`  replay: FUZZ_SEED=${seed} FUZZ_ONLY=${job.name} FUZZ_RUNS=${runs} npm run fuzz   (fast-check path ${details.counterexamplePath})`);
        console.log(`  counterexample${text !== undefined ? ` (also in ${file})` : ''}: ${show(details.counterexample)}`);
        console.log(`  ${error.split('\n').join('\n  ')}`);
    } else {
        console.log(`pass ${job.name}: ${details.numRuns.toLocaleString('en')} documents in ${seconds.toFixed(1)} s (${(details.numRuns / seconds).toFixed(0)}/s)`);
    }
}

const seconds = (performance.now() - started) / 1000;
const memory = process.memoryUsage().heapUsed / 2 ** 20;
console.log(`\n${failures.length === 0 ? 'No failures' : `FAILED: ${failures.join(', ')}`}: ${documents.toLocaleString('en')} documents in ${seconds.toFixed(1)} s, seed ${seed}, heap ${memory.toFixed(0)} MiB`);
process.exit(failures.length === 0 ? 0 : 1);
