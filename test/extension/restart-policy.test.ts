import { expect, it } from 'vitest';
import { RestartPolicy } from '../../src/extension/restart-policy.js';

// A crashed language server is restarted and the user told so, until it crashes five times in three minutes.

it('restarts and says so, four times within three minutes; the fifth stops and says how to look into it', () => {
    const policy = new RestartPolicy();
    const minute = 60_000;
    for (const at of [0, 10_000, 20_000, 30_000]) {
        expect(policy.onClosed(at)).toEqual({ restart: true, message: 'The Split language server stopped unexpectedly and was restarted.' });
    }
    const fifth = policy.onClosed(40_000);
    expect(fifth.restart).toBe(false);
    expect(fifth.message).toMatch(/stopped 5 times in 3 minutes and was not restarted/);
    // Crashes older than three minutes no longer count.
    expect(new RestartPolicy().onClosed(0).restart).toBe(true);
    const spaced = new RestartPolicy();
    for (let i = 0; i < 10; i++) expect(spaced.onClosed(i * minute).restart).toBe(true);
});
