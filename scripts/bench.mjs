// `npm run bench`: bundles the benchmark with the production-mode parser, as users run it, then runs it.
import { bundleAndRun } from './bundle-and-run.mjs';

process.exit(await bundleAndRun('scripts/bench/bench.ts', 'out/bench/bench.mjs'));
