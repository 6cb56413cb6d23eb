// `npm run fuzz`: bundles the robustness properties (test/fuzz) with the production-mode parser, as bench.mjs does,
// then runs them for 100,000 documents with a random seed. FUZZ_SEED, FUZZ_RUNS, FUZZ_ONLY, FUZZ_CLI_RUNS and
// FUZZ_IGNORE are described in test/fuzz/fuzz-main.ts. Exits 1 when a property fails, after printing the shrunk
// counterexample and how to replay it.
import { bundleAndRun } from './bundle-and-run.mjs';

process.exit(await bundleAndRun('test/fuzz/fuzz-main.ts', 'out/fuzz/fuzz.mjs', { nodeOptions: ['--max-old-space-size=4096'], args: process.argv.slice(2) }));
