import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { SplitDocumentValidator } from '../../../src/language/validation/split-document-validator.js';
import { SplitValidator } from '../../../src/language/validation/split-validator.js';
import { lspServices, openDocument } from '../lsp/lsp-services.js';

// A check that fails is a bug in Split, never a problem of the plan: the editor says so on the plan, and the command
// line exits 2 with one line naming the file, where it used to print Langium's stack trace and "No problems".
// The failures are simulated (the one seen, a stack overflow on 120,000 findings, is fixed), so the services and
// the command line run in this process.

const PLAN = 'plan "Legs"\nmonday "Legs"\n  Squat 4x8\n  Frobnicator 3x10\n';

afterEach(() => {
    vi.restoreAllMocks();
});

function overflow(): never {
    throw new RangeError('Maximum call stack size exceeded');
}

async function checkLine(): Promise<{ status: number; out: string[]; err: string[]; path: string }> {
    const path = join(mkdtempSync(join(tmpdir(), 'split-internal-')), 'plan.split');
    writeFileSync(path, PLAN);
    const out: string[] = [];
    const err: string[] = [];
    const status = await main(['check', path], (text) => out.push(text), (text) => err.push(text));
    return { status, out, err, path };
}

describe.each([
    ['a check', () => vi.spyOn(SplitValidator.prototype, 'checkWeek').mockImplementation(overflow), { line: 0, character: 0 }],
    ['the walk that runs the checks', () => vi.spyOn(SplitDocumentValidator.prototype, 'validateAst').mockImplementation(overflow), { line: 0, character: 0 }],
    ['a session\'s check', () => vi.spyOn(SplitValidator.prototype, 'checkSession').mockImplementation(overflow), { line: 1, character: 0 }],
])('when %s fails', (_what, fail, at) => {
    it('the editor shows an internal error on the plan, beside the problems found without it', async () => {
        fail();
        const document = await openDocument(await lspServices(), PLAN);
        const diagnostics = document.diagnostics ?? [];
        expect(diagnostics).toContainEqual(expect.objectContaining({
            code: 'internal-error',
            severity: 1,
            range: { start: at, end: at },
            message: 'Split could not finish checking this plan (internal error: Maximum call stack size exceeded): the problems shown may be incomplete; please report this',
        }));
        expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('unknown-exercise');
    });

    it('split-plan check exits 2 with one line naming the file, and never says "No problems"', async () => {
        fail();
        const { status, out, err, path } = await checkLine();
        expect(status).toBe(2);
        expect(err).toEqual([`split-plan check: internal error: checking ${path} failed: Maximum call stack size exceeded`]);
        expect(out.join('\n')).not.toContain('No problems');
    });
});
