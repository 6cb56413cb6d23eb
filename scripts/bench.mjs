// `npm run bench`: bundles the benchmark with the production-mode parser, as users run it, then runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
    entryPoints: ['scripts/bench/bench.ts'],
    outfile: 'out/bench/bench.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    loader: { '.split': 'text' },
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
});
const { status } = spawnSync(process.execPath, ['out/bench/bench.mjs'], { stdio: 'inherit' });
process.exit(status ?? 1);
