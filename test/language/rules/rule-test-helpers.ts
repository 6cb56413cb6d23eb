// Shared by the rules' tests: each filters the diagnostics to the code under test and pins code, severity, the
// 1-based anchor line and a key part of the message (days, times, hours, region, threshold).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { check, messageText, summarize } from '../../helpers.js';

/** A plan from its lines (so that line numbers are easy to read: the first string is line 1). */
export function plan(...lines: string[]): string {
    return lines.join('\n') + '\n';
}

export interface Found {
    /** `line:code:severity`, 1-based lines. */
    readonly summary: string[];
    readonly messages: string[];
    readonly diagnostics: Diagnostic[];
}

export function only(diagnostics: readonly Diagnostic[], code: string): Found {
    const found = diagnostics.filter((diagnostic) => diagnostic.code === code);
    return { summary: summarize(found), messages: found.map(messageText), diagnostics: found };
}

/** The diagnostics of one code for a plan given as text. */
export async function run(code: string, text: string, path?: string): Promise<Found> {
    const { diagnostics } = await check(text, path);
    return only(diagnostics, code);
}

const tempDirs: string[] = [];
afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder holding `.splitrc.json` with the configuration, removed after the test file. */
export function folderWithConfig(config: object): string {
    const dir = mkdtempSync(join(tmpdir(), 'split-rules-'));
    tempDirs.push(dir);
    writeFileSync(join(dir, '.splitrc.json'), JSON.stringify(config, null, 2));
    return dir;
}

/** Writes `.splitrc.json` and the plan into a fresh folder, and checks the plan as that file. */
export async function runWithConfig(code: string, config: object, text: string): Promise<Found> {
    const path = join(folderWithConfig(config), 'plan.split');
    writeFileSync(path, text);
    const { diagnostics } = await check(text, path);
    // The configuration must have been read without problems, or the test would pass for the wrong reason.
    expect(diagnostics.filter((diagnostic) => /splitrc/i.test(messageText(diagnostic)))).toEqual([]);
    return only(diagnostics, code);
}

/** Codes of the rules over the week (not the language-shape ones). */
export const WEEK_LEVEL_CODES = [
    'recovery-window', 'cardio-before-strength', 'run-after-legs', 'legs-and-back-same-day', 'combined-needs-compound',
    'muscle-frequency', 'weekly-volume', 'no-rest-day', 'heart-rate',
];
