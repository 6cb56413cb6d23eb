// The conformance plans of the spec (SPEC.md's conformance/cases, one plan per rule or notation, each stating in
// comments what it expects), copied into test/fixtures/conformance so that the project tests itself from a clone
// alone. When the spec changes, copy them again (README, "The spec's conformance plans", says how) and update PENDING below.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../root.js';

export const CONFORMANCE_FOLDER = join(ROOT, 'test/fixtures/conformance/');

/**
 * The cases of SPEC version 2 that this implementation does not pass yet, with the issue that brings each. Their
 * test expects them to fail, so that the one that starts passing fails until it is taken off this list.
 */
export const PENDING: Readonly<Record<string, number>> = {
    'v17-regions-v2.split': 14,
    'v18-light-sets.split': 14,
    'v19-implausible-load.split': 14,
    'v20-legs-after-long-run.split': 14,
    'v21-hard-easy.split': 14,
    'v22-cardio-before-strength-v2.split': 14,
    'v23-heart-rate-bands.split': 14,
    'v24-power-zones.split': 14,
    'v26-program-deload-run-spike.split': 15,
};

/** Every plan's path, sorted: the cases and, with `library`, the files in lib/ that they import. */
export function conformancePlans({ library = false } = {}): string[] {
    return readdirSync(CONFORMANCE_FOLDER, { recursive: library, encoding: 'utf8' })
        .filter((name) => name.endsWith('.split'))
        .sort()
        .map((name) => join(CONFORMANCE_FOLDER, name));
}

/** The cases this implementation passes: the ones whose notations it reads. */
export function passingConformancePlans(): string[] {
    return conformancePlans().filter((path) => !Object.hasOwn(PENDING, path.slice(CONFORMANCE_FOLDER.length)));
}
