// The walls of docs/architecture.md, checked on the source: which folder may import which, no cycle between folders,
// and files small enough to read. Type-only imports are left out: they vanish from the bundles, and a provider naming
// its services' type (as Langium's own providers do) depends on no code.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

interface SourceFile { path: string; folder: string; lines: number; imports: string[]; packages: string[] }

function sourceFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
        return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
}

/** Value imports and re-exports of a file: relative ones resolved to files, the others as package names. */
function read(path: string): SourceFile {
    const text = readFileSync(path, 'utf8');
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest);
    const specifiers: string[] = [];
    for (const statement of source.statements) {
        if (ts.isImportDeclaration(statement)) {
            const clause = statement.importClause;
            const typeOnly = clause && (clause.isTypeOnly || (!clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)
                && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly)));
            if (!typeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
        } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
            specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
        }
    }
    const relativeOnes = specifiers.filter((specifier) => specifier.startsWith('.'));
    return {
        path: relative(ROOT, path),
        folder: relative(ROOT, dirname(path)),
        lines: text.split('\n').length,
        imports: relativeOnes.map((specifier) => relative(ROOT, resolve(dirname(path), specifier.replace(/\.js$/, '.ts')))),
        packages: specifiers.filter((specifier) => !specifier.startsWith('.')),
    };
}

const files = sourceFiles(SRC).map(read);
const folderOf = (path: string) => relative(ROOT, dirname(resolve(ROOT, path)));

/** Folder → the folders its files import (generated/ is Langium's output and left out). */
function folderGraph(): Map<string, Set<string>> {
    const graph = new Map<string, Set<string>>();
    for (const file of files) {
        const targets = graph.get(file.folder) ?? new Set<string>();
        graph.set(file.folder, targets);
        for (const target of file.imports.map(folderOf)) {
            if (target !== file.folder && !target.endsWith('/generated')) targets.add(target);
        }
    }
    return graph;
}

/** The cycles of a graph, each as the folders of one strongly connected component (Tarjan's algorithm). */
function cycles(graph: Map<string, Set<string>>): string[][] {
    let counter = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const found: string[][] = [];
    const visit = (node: string) => {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        for (const next of graph.get(node) ?? []) {
            if (!index.has(next)) {
                visit(next);
                low.set(node, Math.min(low.get(node)!, low.get(next)!));
            } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
        }
        if (low.get(node) === index.get(node)) {
            const component: string[] = [];
            let member: string;
            do component.push(member = stack.pop()!); while (member !== node);
            if (component.length > 1) found.push(component.sort());
        }
    };
    for (const node of graph.keys()) if (!index.has(node)) visit(node);
    return found;
}

function importersOf(from: (file: SourceFile) => boolean, to: (target: string) => boolean): string[] {
    return files.filter(from).flatMap((file) => [...file.imports, ...file.packages].filter(to).map((target) => `${file.path} → ${target}`));
}

const inFolder = (...folders: string[]) => (path: string) => folders.some((folder) => path.startsWith(`src/${folder}/`));
const fileIn = (...folders: string[]) => (file: SourceFile) => inFolder(...folders)(file.path);

describe('the import graph of src/', () => {
    it('has no cycle between folders', () => {
        expect(cycles(folderGraph())).toEqual([]);
    });

    it('finds a cycle when there is one (the check itself)', () => {
        expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]))).toEqual([['a', 'b', 'c']]);
    });

    it('keeps VS Code out of the language and the views', () => {
        expect(importersOf(fileIn('language', 'render', 'words', 'cli'), (target) => target === 'vscode' || target.startsWith('src/extension/'))).toEqual([]);
    });

    it('keeps the model, the rules, the words and the formatting engine free of the editor layer', () => {
        const editorLayer = (target: string) => target.startsWith('langium/lsp') || target.startsWith('vscode-languageserver/')
            || target === 'vscode-languageserver' || inFolder('language/lsp', 'cli', 'extension', 'render')(target);
        expect(importersOf(fileIn('language/model', 'language/rules', 'language/format', 'language/facts', 'words'), editorLayer)).toEqual([]);
    });

    it('keeps configuration and rules apart, and the command line out of lsp/', () => {
        expect(importersOf(fileIn('language/config'), inFolder('language/rules'))).toEqual([]);
        expect(importersOf(fileIn('language/rules'), inFolder('language/config'))).toEqual([]);
        expect(importersOf(fileIn('cli'), inFolder('language/lsp'))).toEqual([]);
    });

    it('holds no file over 400 lines', () => {
        expect(files.filter((file) => file.lines > 400).map((file) => `${file.path}: ${file.lines} lines`)).toEqual([]);
    });
});
