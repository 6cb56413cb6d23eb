// Shared by the tests of the language (SPEC §2) and the week model (SPEC §3).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ItemModel, SessionModel, WeekModel } from '../../src/language/model/week-model.js';
import type { LoadModel } from '../../src/language/model/prescription.js';
import { check, summarize } from '../helpers.js';

export function listPlans(folder: string): string[] {
    return readdirSync(folder).filter((name) => name.endsWith('.split')).map((name) => join(folder, name));
}

/** `line:code:severity` of every diagnostic with this code. */
export function withCode(diagnostics: readonly Diagnostic[], code: string): string[] {
    return summarize(diagnostics).filter((entry) => entry.split(':')[1] === code);
}

/** `line:code:severity` of every error. */
export function errors(diagnostics: readonly Diagnostic[]): string[] {
    return summarize(diagnostics).filter((entry) => entry.endsWith(':error'));
}

/** The only item of the only session. */
export async function onlyItem(line: string, header = ''): Promise<{ item: ItemModel; diagnostics: Diagnostic[]; week: WeekModel }> {
    const { diagnostics, week } = await check(`${header}monday\n  ${line}\n`);
    expect(week.sessions).toHaveLength(1);
    expect(week.sessions[0].items).toHaveLength(1);
    return { item: week.sessions[0].items[0], diagnostics, week };
}

/** The load of an item, wherever the grammar put it (after the set group, or after a cardio amount). */
export function loadOf(item: ItemModel): LoadModel | undefined {
    return item.prescription.load ?? item.prescription.groups[0]?.load;
}

export function items(session: SessionModel): Array<[string, number]> {
    return session.items.map((item) => [item.name, item.prescription.sets]);
}

export function sumRegion(week: WeekModel, region: keyof SessionModel['regionSets']): number {
    return week.sessions.reduce((total, session) => total + session.regionSets[region], 0);
}

export const NO_REGIONS = { legs: 0, back: 0, chest: 0, shoulders: 0, biceps: 0, triceps: 0, core: 0 };

// ---- header statements -----------------------------------------------------------------------------------------

const temps: string[] = [];
/** A fresh folder, removed after the test file. */
export function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'split-language-test-'));
    temps.push(dir);
    return dir;
}
afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
