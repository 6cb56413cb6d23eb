import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeReadFailure, readFailure } from '../language/workspace/read-failure.js';

/** A problem with the command line's input that is not about a plan: exit status 2 (SPEC §6). */
export class UsageError extends Error {}

/** A Markdown file, whose ```split fences hold plans. */
export function isMarkdownFile(path: string): boolean {
    return /\.(md|markdown)$/i.test(path);
}

/**
 * The files named by the arguments: files as given, folders searched recursively (skipping `node_modules` and
 * dot-folders) for `.split` files, and for Markdown files too when asked, in a stable order. Paths stay as the user
 * wrote them.
 */
export function findPlans(paths: readonly string[], { markdown = false } = {}): string[] {
    const found: string[] = [];
    for (const path of paths) {
        const stats = statOrThrow(path);
        if (stats.isDirectory()) found.push(...searchFolder(path, markdown));
        else found.push(path);
    }
    return [...new Set(found)];
}

function searchFolder(folder: string, markdown: boolean): string[] {
    const entries = readFolder(folder).sort((a, b) => a.name.localeCompare(b.name));
    return entries.flatMap((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : searchFolder(path, markdown);
        return entry.isFile() && (entry.name.endsWith('.split') || (markdown && isMarkdownFile(entry.name))) ? [path] : [];
    });
}

function statOrThrow(path: string) {
    try {
        return statSync(path);
    } catch (error) {
        throw fileProblem(path, error);
    }
}

function readFolder(folder: string) {
    try {
        return readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw fileProblem(folder, error);
    }
}

function fileProblem(path: string, error: unknown): UsageError {
    const failure = readFailure(error);
    return new UsageError(failure.kind === 'missing' ? `no such file or folder: ${path}` : `${path} ${describeReadFailure(failure)}`);
}
