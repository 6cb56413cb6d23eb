// `npm run bench`: bundles the benchmark with the production-mode parser, as users run it, then runs it.
import { bundle, bundleAndRun } from './bundle-and-run.mjs';

// What a cold start spends on Langium's lexer and parser, which the benchmark times in fresh processes.
await bundle('scripts/bench/parser-start.ts', 'out/bench/parser-start.mjs');
process.exit(await bundleAndRun('scripts/bench/bench.ts', 'out/bench/bench.mjs', { nodeOptions: ['--expose-gc'] }));
