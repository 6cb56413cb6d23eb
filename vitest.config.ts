import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** `.split` files imported by the source (the built-in library) are text, as esbuild's `text` loader makes them. */
const splitAsText: Plugin = {
    name: 'split-as-text',
    load(id) {
        return id.endsWith('.split') ? `export default ${JSON.stringify(readFileSync(id, 'utf8'))};` : undefined;
    },
};

export default defineConfig({
    plugins: [splitAsText],
    test: {
        include: ['test/**/*.test.ts'],
        // The mocha suites that run inside VS Code (scripts/test-vscode-server.mjs, npm run test:vscode), and the
        // size and linearity limits, which take minutes (npm run test:limits; some still fail, see issue 7).
        exclude: ['test/vscode/**', '**/node_modules/**', ...(process.env.SPLIT_LIMITS ? [] : ['test/fuzz/limits.test.ts'])],
        globalSetup: ['test/global-setup.ts'],
        testTimeout: 30_000,
        pool: 'threads',
    },
});
