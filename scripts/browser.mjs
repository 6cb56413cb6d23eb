// The bundles of VS Code for the web (vscode.dev, github.dev), built by bundle.mjs: the extension's `browser` entry,
// its language server for a web worker, and the web suite (test/web). No Node shims: a Node built-in anywhere in
// their imports fails the build, and so does a worker over its size budget.
import { build } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_TAG } from './workbench-protocol.mjs';

/** The language server's bundle in bytes, minified; it was 0.9 MB when this was set. */
const WORKER_BUDGET = 1_200_000;

const NODE_BUILTIN = new RegExp(`^(node:.*|${builtinModules.join('|')})$`);

/** Refuses any Node built-in, naming the file that imports it (esbuild would otherwise take a package's browser stub). */
const noNodeBuiltins = {
    name: 'no-node-builtins',
    setup(plugin) {
        plugin.onResolve({ filter: NODE_BUILTIN }, ({ path, importer }) => ({
            errors: [{ text: `${importer} imports the Node built-in "${path}", which the browser does not have` }],
        }));
    },
};

/**
 * A module of ours with a sibling named `<name>-browser.ts` is that sibling in these bundles: the one place where the
 * browser does a thing differently (rules/documentation.ts, which links to a file shipped with the package).
 */
const browserVariants = {
    name: 'browser-variants',
    setup(plugin) {
        plugin.onResolve({ filter: /^\.\.?\/.*\.js$/ }, ({ path, resolveDir }) => {
            const variant = join(resolveDir, dirname(path), `${basename(path, '.js')}-browser.ts`);
            return existsSync(variant) ? { path: variant } : undefined;
        });
    },
};

export function browserBundles(common, { rulesPage }) {
    const browser = {
        ...common,
        platform: 'browser',
        target: 'es2022',
        plugins: [noNodeBuiltins, browserVariants],
        define: { ...common.define, SPLIT_RULES_PAGE: JSON.stringify(rulesPage) },
    };
    return [
        // A classic worker script: VS Code's web extension host starts extension workers with importScripts.
        build({ ...browser, entryPoints: ['src/language/main-browser.ts'], outfile: 'out/language/main-browser.js', format: 'iife' })
            .then(() => checkBudget('out/language/main-browser.js', WORKER_BUDGET)),
        build({ ...browser, entryPoints: ['src/extension/browser-extension.ts'], outfile: 'out/extension/browser-extension.cjs', external: ['vscode'] }),
        // The VS Code suites for the web worker extension host (test/web/index.ts), which has no environment: what the
        // desktop's runner passes in variables is fixed here. Not packaged (.vscodeignore).
        build({
            ...browser,
            entryPoints: ['test/web/index.ts'],
            outfile: 'out/test/web/index.cjs',
            external: ['vscode'],
            minify: false,
            define: {
                ...browser.define,
                'process.env.SPLIT_VSCODE_OUTPUT_TAG': JSON.stringify(OUTPUT_TAG),
                // No picture at the end: the revert before it does not return in the web workbench (left to do).
                'process.env.SPLIT_VSCODE_SCREENSHOT': JSON.stringify(''),
                'process.env.CI': JSON.stringify(process.env.CI ?? ''),
            },
        }),
    ];
}

function checkBudget(file, budget) {
    const { size } = statSync(file);
    if (size > budget) throw new Error(`${file} is ${size.toLocaleString('en')} bytes, over its budget of ${budget.toLocaleString('en')}`);
}
