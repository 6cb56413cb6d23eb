import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { cannotRun } from '../cannot-run.js';

// The language server as other editors run it: the package's `split-language-server` command, driven by a client
// written by others, Neovim's built-in LSP client (headless, test/editors/neovim-client.lua).

const manifest = (await import('../../package.json', { with: { type: 'json' } })).default as { bin: Record<string, string> };

it('Neovim opens a plan with split-language-server --stdio: the diagnostics and a hover arrive', (ctx) => {
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (nvim.error) cannotRun(ctx, 'nvim is not installed (Debian: apt-get install neovim; .ci/run installs it)');
    const folder = mkdtempSync(join(tmpdir(), 'split-neovim-'));
    const plan = join(folder, 'week.split');
    writeFileSync(plan, 'monday "Legs"\n  Squat 4x8\ntuesday "Legs"\n  Leg Press 4x10\n');
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-S', resolve('test/editors/neovim-client.lua')], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, SPLIT_PLAN: plan, SPLIT_SERVER: `${resolve(manifest.bin['split-language-server'])} --stdio`, SPLIT_HOVER_LINE: '1' },
    });
    const lines = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { kind: string; value: unknown });
    expect(lines.filter((line) => line.kind === 'error'), run.stderr).toEqual([]);
    expect(lines.find((line) => line.kind === 'diagnostics')?.value).toEqual(expect.arrayContaining([
        { line: 2, code: 'recovery-window', severity: 2, message: 'Legs trained again 24 h after Monday 18:00; allow at least 48 h' },
    ]));
    expect(lines.find((line) => line.kind === 'hover')?.value).toEqual(expect.objectContaining({ kind: 'markdown', value: expect.stringContaining('**Squat** · built-in exercise') }));
});
