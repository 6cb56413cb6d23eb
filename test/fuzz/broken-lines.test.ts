import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { createHarness, seedPlans, type Checked, type Harness } from './harness.js';
import { BROKEN_NOTATIONS } from './broken-notations.js';

// SPEC §2.1, as a property: a broken line is reported on that line, once, and never hides or changes another. Every
// line of every example and conformance plan is replaced by a natural-but-wrong notation (each line by one of the
// corpus in turn, then random pairs); the line gets exactly one `syntax` error and every other line keeps its own
// diagnostics and its contribution to the week. Week-level findings (recovery, frequency, volume, …) may change: they
// depend on the lost line. Declarations and imports are not replaced: other lines name what they bring.

const SEED = 13;
const RANDOM_PAIRS = 150;

/** The codes that speak of one line alone. */
const LINE_CODES = new Set(['syntax', 'unknown-exercise', 'invalid-prescription']);

interface Line {
    readonly seed: string;
    readonly text: string;
    readonly index: number;
}

const seeds = seedPlans();
const replaceable: Line[] = seeds.flatMap((seed) => {
    let inBlockComment = false;
    return seed.text.split('\n').flatMap((line, index) => {
        const inComment = inBlockComment || /^\s*\/\*/.test(line);
        if (/\/\*/.test(line) && !/\*\//.test(line.slice(line.indexOf('/*')))) inBlockComment = true;
        else if (/\*\//.test(line)) inBlockComment = false;
        const skipped = inComment || /^\s*(\/\/.*)?$/.test(line) || /^\s*(exercise|import)\b/.test(line);
        return skipped ? [] : [{ seed: seed.name, text: seed.text, index }];
    });
});

/** Each line's own diagnostics (line, code, message), without the line given. */
function lineDiagnostics(diagnostics: readonly Diagnostic[], without: number): string[] {
    return diagnostics.filter((diagnostic) => LINE_CODES.has(String(diagnostic.code)) && diagnostic.range.start.line !== without)
        .map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.code}: ${diagnostic.message}`).sort();
}

/** Each item line's contribution: where it belongs, its name, kind, validity and sets; each session header's session. */
function contributions({ week }: Checked): Map<number, string> {
    const lines = new Map<number, string>();
    const line = (node: { $cstNode?: { range: { start: { line: number } } } }) => node.$cstNode!.range.start.line;
    for (const session of week.sessions) {
        const where = `${session.dayName} ${session.time}`;
        lines.set(line(session.node), `session ${where} ${session.title ?? ''}`);
        for (const item of session.items) lines.set(line(item.node), `${where}: ${item.name} ${item.kind} ${item.valid} ${item.prescription.sets}`);
    }
    for (const item of week.unscheduled) lines.set(line(item.node), `on no weekday: ${item.name} ${item.kind} ${item.valid} ${item.prescription.sets}`);
    return lines;
}

let harness: Harness;
const baselines = new Map<string, { checked: Checked; contributions: Map<number, string> }>();

beforeAll(async () => {
    harness = await createHarness();
    for (const seed of seeds) {
        const checked = await harness.check(seed.text);
        baselines.set(seed.name, { checked, contributions: contributions(checked) });
    }
});

/** What replacing the line with the notation gives, against the plan as written; an empty list when all is as it must be. */
async function replaced(line: Line, notation: string): Promise<string[]> {
    const lines = line.text.split('\n');
    const indented = /^\s/.test(lines[line.index]);
    lines[line.index] = `${indented ? '  ' : ''}${notation}`;
    const checked = await harness.check(lines.join('\n'));
    try {
        const baseline = baselines.get(line.seed)!;
        const problems: string[] = [];
        const syntax = checked.diagnostics.filter((diagnostic) => diagnostic.code === 'syntax' && diagnostic.range.start.line === line.index);
        if (syntax.length !== 1) problems.push(`${syntax.length} syntax errors on the line: ${syntax.map((diagnostic) => diagnostic.message).join(' | ')}`);
        for (const message of syntax.map((diagnostic) => String(diagnostic.message))) {
            if (/offset|->|<-|expected a number/.test(message)) problems.push(`the parser's words: ${message}`);
        }
        const before = lineDiagnostics(baseline.checked.diagnostics, line.index);
        const after = lineDiagnostics(checked.diagnostics, line.index);
        if (before.join('\n') !== after.join('\n')) {
            problems.push(`other lines' diagnostics changed: lost ${JSON.stringify(before.filter((each) => !after.includes(each)))}, gained ${JSON.stringify(after.filter((each) => !before.includes(each)))}`);
        }
        // The items of a replaced session header stay items, on no weekday.
        const session = baseline.checked.week.sessions.find((each) => each.node.$cstNode!.range.start.line === line.index);
        const mine = new Set(session?.items.map((item) => item.node.$cstNode!.range.start.line));
        const now = contributions(checked);
        for (const [index, contribution] of baseline.contributions) {
            if (index === line.index) continue;
            const expected = mine.has(index) ? `on no weekday: ${contribution.slice(contribution.indexOf(': ') + 2)}` : contribution;
            if (now.get(index) !== expected) problems.push(`line ${index + 1} was ${JSON.stringify(expected)}, is ${JSON.stringify(now.get(index))}`);
        }
        return problems.map((problem) => `${line.seed}:${line.index + 1} "${notation}": ${problem}`);
    } finally {
        await harness.release(checked.document);
    }
}

describe('a broken line is one syntax error on that line and changes no other (SPEC §2.1)', () => {
    it('the corpus holds at least 40 natural-but-wrong notations, and there are lines to replace', () => {
        expect(new Set(BROKEN_NOTATIONS).size).toBeGreaterThanOrEqual(40);
        expect(replaceable.length).toBeGreaterThan(300);
    });

    it('every line, each replaced by a notation of the corpus in turn', async () => {
        const problems: string[] = [];
        for (const [index, line] of replaceable.entries()) problems.push(...await replaced(line, BROKEN_NOTATIONS[index % BROKEN_NOTATIONS.length]));
        expect(problems).toEqual([]);
    }, 60_000);

    it('random lines and notations (fixed seed)', async () => {
        await fc.assert(fc.asyncProperty(fc.constantFrom(...replaceable), fc.constantFrom(...BROKEN_NOTATIONS), async (line, notation) => {
            expect(await replaced(line, notation)).toEqual([]);
        }), { seed: SEED, numRuns: RANDOM_PAIRS });
    }, 60_000);
});
