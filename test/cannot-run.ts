// No silent skips: a test that cannot run on this machine says why on the console, and under CI=true (where the
// machine is set up to run everything) it fails instead of skipping.
import type { TestContext } from 'vitest';

export function cannotRun(context: TestContext, reason: string): never {
    const message = `cannot run "${context.task.name}": ${reason}`;
    if (process.env.CI === 'true') throw new Error(`${message} (CI=true: every test must run)`);
    console.warn(`SKIPPED: ${message}`);
    context.skip(reason);
    throw new Error('unreachable: context.skip throws');
}
