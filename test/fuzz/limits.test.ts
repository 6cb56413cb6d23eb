import { beforeAll, describe, expect, it } from 'vitest';
import { checkCliRun, createHarness, runCliCheck, type Harness } from './harness.js';
import { DAYS, ITEMS } from '../../scripts/bench/generate.js';
import { buildPreviewModel } from '../../src/render/preview/preview-model.js';

// Limits (issue #7): a 5 MB plan and a 10,000-session plan are checked by the command line or refused with a clear
// one-line message; the editor refuses files over 500,000 characters with one error (test/protocol/limits.test.ts); very
// long lines and deeply repeated input are checked without an exception, and the time grows about linearly with the
// input. Times are logged, not asserted (this machine is small and shared), except as
// ratios with a wide margin: 10× the input may take at most 30× the time.

const time = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A realistic plan of about `bytes` characters: sessions of 40 commented items, each at its own time. */
function bigPlan(bytes: number): string {
    const lines = ['plan "Five megabytes"', 'goal hypertrophy', ''];
    let size = 0;
    for (let item = 0; size < bytes; item++) {
        if (item % 40 === 0) {
            const session = item / 40;
            lines.push('', `${DAYS[session % 7]} "Session ${session}" at ${time(Math.floor(session / 7))}`);
        }
        const line = `  ${ITEMS[item % ITEMS.length]}  // item ${item}`;
        lines.push(line);
        size += line.length + 1;
    }
    return `${lines.join('\n')}\n`;
}

/** `count` sessions, each at its own minute of the week (a week has 10,080), two items each. */
function manySessions(count: number): string {
    const lines = ['plan "Many sessions"'];
    for (let session = 0; session < count; session++) {
        lines.push(`${DAYS[session % 7]} "S${session}" at ${time(Math.floor(session / 7))}`, '  Squat 4x8 @ 80kg', '  Bench Press 3x10');
    }
    return `${lines.join('\n')}\n`;
}

function seconds(milliseconds: number): string {
    return `${(milliseconds / 1000).toFixed(1)} s`;
}

describe('the command line on big plans: checked, or refused with a clear message', () => {
    it.each([
        ['a 5 MB plan', () => bigPlan(5 * 1024 * 1024)],
        ['a 10,000-session plan', () => manySessions(10_000)],
    ])('%s', (what, make) => {
        const text = make();
        const run = runCliCheck(text, 240_000);
        const outcome = run.status === 2 ? `refused: ${run.stderr.trim()}` : `checked, exit ${run.status}`;
        console.log(`split-plan check --format json, ${what} (${(text.length / 2 ** 20).toFixed(1)} MiB, ${text.split('\n').length} lines): ${outcome} in ${seconds(run.milliseconds)}`);
        expect(run.status, `killed or timed out after ${seconds(run.milliseconds)}`).not.toBeNull();
        if (run.status === 2) {
            // A refusal is one clear line, and no half-written report.
            expect(run.stderr.trim().split('\n')).toHaveLength(1);
            expect(run.stderr).not.toMatch(/internal error|at .*\.c?js:\d+/i);
        } else {
            checkCliRun(run);
        }
    }, 300_000);
});

describe('pathological lines', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await createHarness();
    });

    /** Checks, hovers and completes (start, middle, end) and formats a text; every property of the fuzz tests holds. */
    async function survives(what: string, text: string): Promise<void> {
        const started = performance.now();
        await harness.checkDocument(text, [0, text.length >> 1, text.length]);
        console.log(`${what}: checked, hovered, completed and formatted in ${seconds(performance.now() - started)}`);
    }

    it('a line of 100,000 `x` characters', async () => {
        await survives('100,000 x', 'x'.repeat(100_000));
        await survives('100,000 x in a session', `monday\n  ${'x'.repeat(100_000)}\n`);
        await survives('50,000 spaced x', `monday\n  Squat ${'x '.repeat(50_000)}\n`);
    }, 120_000);

    it('a 1 MB line of one word: over the editor\'s limit, refused with one error', async () => {
        await survives('a 1 MB word', 'a'.repeat(2 ** 20));
        // The same word again and again: one item name of 170,000 words.
        const text = `monday\n  ${'Squat '.repeat(2 ** 20 / 6)}4x8\n`;
        const started = performance.now();
        const { document } = await harness.check(text);
        console.log(`a 1 MB line of one word repeated: refused in ${seconds(performance.now() - started)}`);
        expect(document.diagnostics?.map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(/^This file has 1,048,\d+ characters; Split checks plans of up to 500,000/)]);
        await harness.release(document);
    }, 120_000);
});

/** Deeply repeated or pathological input of about `n` characters. */
const SHAPES: Array<[string, (n: number) => string]> = [
    ['a line of x', (n) => 'x'.repeat(n)],
    ['a line of spaced x', (n) => `monday\n  Squat ${'x '.repeat(n / 2)}\n`],
    ['an item name of many words', (n) => `monday\n  ${'Squat '.repeat(n / 6)}4x8\n`],
    ['many set groups', (n) => `monday\n  Squat ${'4x8, '.repeat(n / 5)}4x8\n`],
    ['a line of quotes', (n) => '"'.repeat(n)],
    ['an item with a line of quotes', (n) => `monday\n  Squat 4x8 ${'"'.repeat(n)}\n`],
    ['lines of unclosed strings', (n) => 'plan "open\n'.repeat(n / 11)],
    ['lines of unclosed block comments', (n) => '/* open\n'.repeat(n / 8)],
    ['a block comment of stars', (n) => `/*${'*'.repeat(n)}`],
    ['many items', (n) => `monday\n${'  Squat 4x8\n'.repeat(n / 12)}`],
    ['many sessions on one day', (n) => 'monday\n  Squat 4x8\n'.repeat(n / 18)],
    ['blank lines', (n) => '\n'.repeat(n)],
    ['carriage returns', (n) => '\r'.repeat(n)],
];

/** The least time of a few runs (the least is the steadiest on a busy machine); one run when it is slow anyway. */
async function measure(run: () => Promise<void>): Promise<number> {
    const times: number[] = [];
    for (let count = 0; count < 3; count++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
        if (times[0] > 1500) break;
    }
    return Math.min(...times);
}

/** Times below this are mostly warm-up and noise: the ratio is taken against at least this much. */
const FLOOR_MS = 10;

describe('time grows about linearly: 10,000 against 100,000 characters', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await createHarness();
        // Warm up the parser and the services.
        for (const [, make] of SHAPES) await harness.release((await harness.check(make(2000))).document);
    });

    function judge(what: string, small: number, large: number): void {
        const ratio = large / Math.max(small, FLOOR_MS);
        console.log(`${what}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms (${ratio.toFixed(1)}×)`);
        expect(ratio, `${what}: 10× the input took ${ratio.toFixed(1)}× the time (${small.toFixed(1)} ms → ${large.toFixed(1)} ms)`).toBeLessThan(30);
    }

    it.each(SHAPES)('checking %s', async (what, make) => {
        const check = (n: number) => async () => {
            const { document } = await harness.check(make(n));
            await harness.release(document);
        };
        judge(`checking ${what}`, await measure(check(10_000)), await measure(check(100_000)));
    }, 240_000);

    it.each(SHAPES)('hover, completion and formatting on %s', async (what, make) => {
        const features = async (n: number) => {
            const text = make(n);
            const { document } = await harness.check(text);
            const uri = document.uri.toString();
            try {
                return await measure(async () => {
                    for (const offset of [0, text.length >> 1, text.length]) {
                        const params = { textDocument: { uri }, position: document.textDocument.positionAt(offset) };
                        await harness.Split.lsp.HoverProvider!.getHoverContent(document, params);
                        await harness.Split.lsp.CompletionProvider!.getCompletion(document, params);
                    }
                    harness.Split.lsp.Formatter!.formatDocument(document, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
                });
            } finally {
                await harness.release(document);
            }
        };
        judge(`hover, completion and formatting on ${what}`, await features(10_000), await features(100_000));
    }, 240_000);

    it.each(SHAPES)('the preview of %s', async (what, make) => {
        const preview = async (n: number) => {
            const { document } = await harness.check(make(n));
            try {
                const { week, settings } = harness.Split.model.WeekModels.get(document);
                return await measure(async () => void buildPreviewModel(week, settings, document.diagnostics ?? []));
            } finally {
                await harness.release(document);
            }
        };
        judge(`the preview of ${what}`, await preview(10_000), await preview(100_000));
    }, 240_000);
});
