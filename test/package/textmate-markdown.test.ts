// Split's fences inside Markdown (syntaxes/split-markdown-injection.json), run through the engine VS Code uses with
// VS Code's own Markdown grammar (from the tm-grammars package) and the injection exactly as package.json declares it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { beforeAll, expect, it } from 'vitest';
import { ROOT } from '../root.js';

const root = ROOT;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: { grammars: Array<{ scopeName: string; path: string; injectTo?: string[]; embeddedLanguages?: Record<string, string> }> };
};
const grammarFiles = new Map<string, string>([
    ['text.html.markdown', join(root, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json')],
    ...manifest.contributes.grammars.map((grammar) => [grammar.scopeName, join(root, grammar.path)] as const),
]);

let markdown: vsctm.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text: string) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName) => {
            const path = grammarFiles.get(scopeName);
            return path ? vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path) : null; // other embedded languages: none
        },
        getInjections: (scopeName) => manifest.contributes.grammars.filter((grammar) => grammar.injectTo?.includes(scopeName)).map((grammar) => grammar.scopeName),
    });
    markdown = (await registry.loadGrammar('text.html.markdown'))!;
});

/** Each line's tokens as [text, scopes]. */
function tokenize(source: string): Array<Array<[string, string[]]>> {
    let stack = vsctm.INITIAL;
    return source.split('\n').map((line) => {
        const result = markdown.tokenizeLine(line, stack);
        stack = result.ruleStack;
        return result.tokens.map((token) => [line.slice(token.startIndex, token.endIndex), token.scopes] as [string, string[]]);
    });
}

const scopesOf = (line: Array<[string, string[]]>, text: string) => line.find(([token]) => token === text)?.[1] ?? [];

it('a ```split fence is highlighted with the Split grammar, as the language split, and ends where Markdown resumes', () => {
    const lines = tokenize('# My week\n\n```split\nmonday "Legs" at 07:00\n  Squat 4x8 @ 80kg // heavy\n```\n\nBack to *Markdown*.');
    expect(scopesOf(lines[2], 'split')).toContain('fenced_code.block.language.markdown');
    expect(scopesOf(lines[3], 'monday')).toEqual(expect.arrayContaining(['meta.embedded.block.split', 'entity.name.section.weekday.split']));
    expect(scopesOf(lines[4], 'Squat')).toContain('entity.name.function.exercise.split');
    expect(lines[4].filter(([text]) => text.includes('heavy')).flatMap(([, scopes]) => scopes)).toContain('comment.line.double-slash.split');
    expect(lines[7].flatMap(([, scopes]) => scopes).some((scope) => scope.endsWith('.split'))).toBe(false);
    expect(scopesOf(lines[7], 'Markdown')).toContain('markup.italic.markdown');
    const embedded = manifest.contributes.grammars.find((grammar) => grammar.injectTo)?.embeddedLanguages;
    expect(embedded).toEqual({ 'meta.embedded.block.split': 'split' });
});

it('a fence in tildes, with attributes, indented in a list; other fences are not Split', () => {
    const lines = tokenize('- plan:\n\n  ~~~Split title="week"\n  tuesday\n  ~~~\n\n```js\nmonday\n```');
    expect(scopesOf(lines[3], 'tuesday')).toContain('meta.embedded.block.split');
    expect(lines[7].flatMap(([, scopes]) => scopes).some((scope) => scope.endsWith('.split'))).toBe(false);
});
