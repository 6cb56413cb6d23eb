import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../root.js';

// The .vsix that `npm run package` builds (the same vsce command, into a temporary folder) holds only what the
// extension needs at run time: no node_modules, no sources, no tests. Needs the bundles of `npm run build`.

const root = ROOT;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const folder = mkdtempSync(join(tmpdir(), 'split-vsix-'));
const vsix = join(folder, 'split-plan.vsix');

/** The file names in a zip archive, read from its central directory. */
function zipEntries(file: string): string[] {
    const zip = readFileSync(file);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) throw new Error(`${file} is not a zip archive`);
    const names: string[] = [];
    let offset = zip.readUInt32LE(end + 16);
    for (let count = zip.readUInt16LE(end + 10); count > 0; count--) {
        if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: a broken central directory`);
        const nameLength = zip.readUInt16LE(offset + 28);
        names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
        offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    }
    return names;
}

/** Every file package.json points at: main, icon and the `./…` paths of its contributions. */
function referencedFiles(): string[] {
    const paths = [packageJson.main, packageJson.icon];
    const visit = (value: unknown): void => {
        if (typeof value === 'string' && value.startsWith('./')) paths.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    visit(packageJson.contributes);
    return [...new Set(paths.map((path: string) => path.replace(/^\.\//, '')))];
}

let files: string[];
/** What vsce printed while packaging. */
let packagingOutput: string;

beforeAll(() => {
    for (const bundle of ['out/extension/extension.cjs', 'out/language/main.cjs']) {
        if (!existsSync(join(root, bundle))) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
    }
    // `npm run package`'s own command, with the archive written elsewhere.
    const args = String(packageJson.scripts.package).split(/\s+/);
    expect(args[0]).toBe('vsce');
    const out = args.indexOf('--out');
    args.splice(out, 2, '--out', vsix);
    const result = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), args.slice(1), { cwd: root, encoding: 'utf8', timeout: 90_000 });
    if (result.status !== 0) throw new Error(`vsce ${args.slice(1).join(' ')} failed: ${result.stderr}${result.stdout}`);
    packagingOutput = `${result.stderr}${result.stdout}`;
    // Beside extension/ a .vsix holds its manifest and content types; vsce renames the readme, changelog and licence.
    const renamed: Record<string, string> = { 'readme.md': 'README.md', 'changelog.md': 'CHANGELOG.md', 'LICENSE.txt': 'LICENSE' };
    files = zipEntries(vsix)
        .filter((entry) => entry !== 'extension.vsixmanifest' && entry !== '[Content_Types].xml')
        .map((entry) => {
            expect(entry).toMatch(/^extension\//);
            const path = entry.slice('extension/'.length);
            return renamed[path] ?? path;
        })
        .sort();
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the .vsix', () => {
    it('holds exactly the bundles, grammar, configuration, library, docs, media and what package.json points at', () => {
        const needed = [
            'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE',
            'language-configuration.json', 'syntaxes/split.tmLanguage.json', 'schemas/splitrc.schema.json',
            'media/icon.png', 'media/split-file.svg',
            'out/extension/extension.cjs', 'out/language/main.cjs',
            'out/extension/browser-extension.cjs', 'out/language/main-browser.js',
            'docs/rules.md', 'src/language/library/library.split',
        ];
        // The preview's webview script and styles (loaded by the extension, not named in package.json), once they exist.
        const webview = ['media/preview.js', 'media/preview.css'].filter((path) => existsSync(join(root, path)));
        expect(files).toEqual([...new Set([...needed, ...referencedFiles(), ...webview])].sort());
    });

    it('has no dependencies, sources, tests or test bundles', () => {
        expect(files.filter((file) => /(^|\/)node_modules\/|\.ts$|^test\/|^out\/test\/|\.map$/.test(file))).toEqual([]);
    });

    it('is packaged without a warning, with what the VS Code Marketplace and Open VSX show', () => {
        expect(packagingOutput).not.toMatch(/WARNING/);
        for (const field of ['displayName', 'description', 'publisher', 'license', 'icon', 'categories', 'keywords', 'galleryBanner']) {
            expect(packageJson[field], field).toBeTruthy();
        }
        expect(packageJson.repository.url).toMatch(/^https:\/\//); // Open VSX links the source from it
        expect(packageJson.keywords.length).toBeLessThanOrEqual(30); // the Marketplace's limit
    });

    it('holds every file package.json points at', () => {
        expect(referencedFiles().filter((path) => !files.includes(path))).toEqual([]);
    });
});
