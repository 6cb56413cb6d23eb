// `npm run fuzz`: bundles the robustness properties (test/fuzz) with the production-mode parser, as bench.mjs does,
// then runs them for 100,000 documents with a random seed. FUZZ_SEED, FUZZ_RUNS, FUZZ_ONLY, FUZZ_CLI_RUNS and
// FUZZ_IGNORE are described in test/fuzz/fuzz-main.ts. Exits 1 when a property fails, after printing the shrunk
// counterexample and how to replay it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
    entryPoints: ['test/fuzz/fuzz-main.ts'],
    outfile: 'out/fuzz/fuzz.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    loader: { '.split': 'text' },
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
});
const { status } = spawnSync(process.execPath, ['--max-old-space-size=4096', 'out/fuzz/fuzz.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(status ?? 1);
