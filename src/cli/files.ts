import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeReadFailure, readFailure } from '../language/workspace/read-failure.js';

/** A problem with the command line's input that is not about a plan: exit status 2 (SPEC §6). */
export class UsageError extends Error {}

/**
 * The `.split` files named by the arguments: files as given, folders searched recursively (skipping
 * `node_modules` and dot-folders), in a stable order. Paths stay as the user wrote them.
 */
export function findPlans(paths: readonly string[]): string[] {
    const found: string[] = [];
    for (const path of paths) {
        const stats = statOrThrow(path);
        if (stats.isDirectory()) found.push(...searchFolder(path));
        else found.push(path);
    }
    return [...new Set(found)];
}

function searchFolder(folder: string): string[] {
    const entries = readFolder(folder).sort((a, b) => a.name.localeCompare(b.name));
    return entries.flatMap((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : searchFolder(path);
        return entry.isFile() && entry.name.endsWith('.split') ? [path] : [];
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
