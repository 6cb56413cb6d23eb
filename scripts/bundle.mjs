// Bundles the command line, the language server and the VS Code extension, each into one CommonJS file; and the
// extension and its language server for VS Code for the web (browser.mjs).
import { build } from 'esbuild';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { browserBundles } from './browser.mjs';

const { version, repository } = JSON.parse(readFileSync('package.json', 'utf8'));
const watch = process.argv.includes('--watch');
const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minify: !watch,
    sourcemap: watch ? 'inline' : false,
    loader: { '.split': 'text' },
    define: { SPLIT_VERSION: JSON.stringify(version) },
    // Langium's ESM code reads import.meta.url only in paths these bundles never take.
    logOverride: { 'empty-import-meta': 'silent' },
    logLevel: 'warning',
};

// The configuration's JSON Schema and the split.* settings, generated from the zod schema.
await build({ ...common, entryPoints: ['scripts/generate-schema.ts'], outfile: 'out/tools/generate-schema.cjs', minify: false });
await import(pathToFileURL('out/tools/generate-schema.cjs').href);

// The built-in library's AST for the command line, which loads it without parsing (src/language/library/prebuilt-library.ts).
await build({ ...common, entryPoints: ['scripts/serialize-library.ts'], outfile: 'out/tools/serialize-library.cjs', minify: false });
await import(pathToFileURL('out/tools/serialize-library.cjs').href);
const libraryAst = readFileSync('out/tools/library-ast.json', 'utf8');

await Promise.all([
    // The bin is a small launcher that enables Node's compile cache, then requires the command line's bundle.
    build({ ...common, entryPoints: ['src/cli/launcher.ts'], outfile: 'out/cli/split-plan.cjs', banner: { js: '#!/usr/bin/env node' }, external: ['./split-plan-main.cjs'] }),
    build({
        ...common,
        entryPoints: ['src/cli/split-plan.ts'],
        outfile: 'out/cli/split-plan-main.cjs',
        define: { ...common.define, SPLIT_LIBRARY_AST: JSON.stringify(libraryAst) },
        // Langium's core needs four names from the protocol package, whose evaluation cost ~10 ms per start.
        alias: { 'vscode-languageserver-protocol': './src/cli/lsp-protocol-subset.ts' },
    }),
    // The language server, also the package's `split-language-server` command for editors other than VS Code.
    build({ ...common, entryPoints: ['src/language/main.ts'], outfile: 'out/language/main.cjs', banner: { js: '#!/usr/bin/env node' } }),
    build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'out/extension/extension.cjs', external: ['vscode'] }),
    // The preview's webview script: renders the model the server computed (src/render), loaded under the page's nonce.
    build({ ...common, entryPoints: ['src/render/preview/preview-webview.ts'], outfile: 'media/preview.js', platform: 'browser', format: 'iife', target: 'es2022' }),
    // The mocha suites run inside VS Code (test/vscode): the entry VS Code loads as extensionTestsPath, with mocha
    // bundled in, and one file per suite; `vscode` is the extension host's. Not packaged (.vscodeignore).
    build({
        ...common,
        entryPoints: ['test/vscode/index.ts', 'test/vscode/suite/*.test.ts'],
        outdir: 'out/test/vscode',
        outbase: 'test/vscode',
        outExtension: { '.js': '.cjs' },
        external: ['vscode'],
        minify: false,
        // mocha's parallel mode, never used here, resolves its worker files at run time.
        logOverride: { ...common.logOverride, 'require-resolve-not-external': 'silent' },
    }),
    ...browserBundles(common, { rulesPage: `${repository.url.replace(/\.git$/, '')}/blob/main/docs/rules.md` }),
]);
// esbuild escapes non-ASCII characters everywhere but in regular expressions (the names' ’, the sets' ×). One such
// character made Node decode the whole 600 KB command line as UTF-8 at each start, ~10 ms, where an ASCII file is
// read as is: escaped here, where that is the same JavaScript (string, template and regular expression literals,
// none of them read raw: the bundles hold no String.raw).
for (const file of ['out/cli/split-plan-main.cjs', 'out/language/main.cjs', 'out/extension/extension.cjs']) {
    const code = readFileSync(file, 'utf8');
    if (code.includes('String.raw')) throw new Error(`${file} reads a template literal raw: its characters cannot be escaped`);
    writeFileSync(file, code.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
// The bin runs as ./out/cli/split-plan.cjs too (a fresh esbuild output is not executable).
chmodSync('out/cli/split-plan.cjs', 0o755);
chmodSync('out/language/main.cjs', 0o755);
