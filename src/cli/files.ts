import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
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
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'ENOENT' ? `no such file or folder: ${path}` : `cannot read ${path} (${code ?? String(error)})`);
    }
}
