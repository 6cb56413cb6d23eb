// Bundles a tool (the benchmark, the fuzzer) with the production-mode parser, as users run it, then runs it with
// the given Node options and arguments; resolves with its exit status.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

export async function bundleAndRun(entryPoint, outfile, { nodeOptions = [], args = [] } = {}) {
    await bundle(entryPoint, outfile);
    return spawnSync(process.execPath, [...nodeOptions, outfile, ...args], { stdio: 'inherit' }).status ?? 1;
}

/** One ES module with the production-mode parser, as the command line and the server have it. */
export async function bundle(entryPoint, outfile) {
    await build({
        entryPoints: [entryPoint],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node22',
        loader: { '.split': 'text' },
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
        logLevel: 'warning',
    });
}
