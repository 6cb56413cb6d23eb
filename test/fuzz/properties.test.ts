import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { mutatedPlan, randomText, splitText, validPlan } from './arbitraries.js';
import { checkCliRun, createHarness, runCliCheck, seedPlans, type Harness } from './harness.js';

// Robustness (issue #7), property-based: random text, random edits of every example and conformance plan, and
// random valid plans are checked, hovered, completed and formatted without an exception or a console.error; every
// range lies inside its document; formatting is idempotent and keeps every comment; the week model is consistent.
// A fixed seed and bounded counts keep this in the normal test run; `npm run fuzz` runs the same properties for
// 100,000 documents with a random seed (scripts/fuzz.mjs).

const SEED = 42;
const RUNS = { splitText: 300, randomText: 200, mutated: 500, valid: 300, cli: 20 };
const seeds = seedPlans();
/** Hover and completion positions: offsets taken modulo the text's length. */
const probes = fc.array(fc.nat(), { minLength: 1, maxLength: 3 });

let harness: Harness;
beforeAll(async () => {
    harness = await createHarness();
});

describe('robustness properties (fixed seed)', () => {
    it('there are seed plans to mutate: every example and conformance case', () => {
        expect(seeds.length).toBeGreaterThanOrEqual(15);
    });

    it('random Split-flavoured text', async () => {
        await fc.assert(fc.asyncProperty(splitText(), probes, async (text, at) => {
            await harness.checkDocument(text, at);
        }), { seed: SEED, numRuns: RUNS.splitText });
    }, 60_000);

    it('fully random strings', async () => {
        await fc.assert(fc.asyncProperty(randomText(), probes, async (text, at) => {
            await harness.checkDocument(text, at);
        }), { seed: SEED, numRuns: RUNS.randomText });
    }, 60_000);

    it('random edits of every example and conformance plan', async () => {
        await fc.assert(fc.asyncProperty(mutatedPlan(seeds), probes, async (plan, at) => {
            await harness.checkDocument(plan.text, at);
        }), { seed: SEED, numRuns: RUNS.mutated });
    }, 60_000);

    it('random valid plans: no syntax errors, a consistent week', async () => {
        await fc.assert(fc.asyncProperty(validPlan(), probes, async (plan, at) => {
            await harness.checkValidPlan(plan.text, plan.sessions, plan.comments, at);
        }), { seed: SEED, numRuns: RUNS.valid });
    }, 60_000);

    it('the CLI: exit 0, 1 or 2, valid JSON on 0 and 1', () => {
        const text = fc.oneof(splitText(60), randomText(200), mutatedPlan(seeds).map((plan) => plan.text), validPlan().map((plan) => plan.text));
        fc.assert(fc.property(text, (plan) => checkCliRun(runCliCheck(plan))), { seed: SEED, numRuns: RUNS.cli });
    }, 60_000);
});

// The smallest counterexamples the fuzzer found, kept as regression tests: every property of the random documents.
const FOUND: Array<[string, string, number[]]> = [
    ['a header statement after a session (its range took the line end)', 'monday\ngoal strength\n', [0]],
    ['a repeated header statement before a blank line', 'plan "a"\nplan "b"\n\n', [0]],
    ['an exercise declaration with an empty name', 'exercise ""\n', [0]],
    ['an exercise declaration with an unclosed name, as while typing', 'exercise "\nmonday\n  Squat 4x8\n', [0]],
    ['hover on an exercise declaration without a name', 'exercise secondary\n', [12]],
    ['lines ended by a lone carriage return (a parser error)', 'plan\r', [0]],
    ['lines ended by a lone carriage return (a plan-level finding)', 'monday\r  Squat 4x8\r', [0]],
    ['an import path with a lone surrogate', 'import "\ud800"\n', [0]],
    ['a no-break space on a line of its own', 'monday\n  Squat 4x8\n\u00a0\n', [0]],
];

describe('counterexamples found by fuzzing', () => {
    it.each(FOUND)('%s', async (_what, text, at) => {
        await harness.checkDocument(text, at);
    });

    it('a drop range up to a huge set number is checked in reasonable time', async () => {
        const started = performance.now();
        await harness.checkDocument('monday\n  Squat 3x8 drop 1-9999999\n', [0]);
        // Normally a few milliseconds; enumerating ten million set numbers takes seconds (and 10^8 minutes).
        expect(performance.now() - started).toBeLessThan(3000);
    }, 120_000);
});
