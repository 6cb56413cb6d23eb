import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The documented pre-commit hook (hooks/pre-commit) in a real temporary repository.

const SPLIT_PLAN = `"${process.execPath}" "${resolve('out/cli/split-plan.cjs')}"`;
const GOOD = readFileSync('examples/legs-twice.split', 'utf8');

function repository() {
    const repo = mkdtempSync(join(tmpdir(), 'split-hook-'));
    const env = { ...process.env, SPLIT_PLAN, NO_COLOR: '1', HOME: repo, GIT_CONFIG_NOSYSTEM: '1' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 'coach@example.com');
    git('config', 'user.name', 'Coach');
    copyFileSync('hooks/pre-commit', join(repo, '.git/hooks/pre-commit'));
    const commit = (message: string) => spawnSync('git', ['commit', '-qm', message], { cwd: repo, env, encoding: 'utf8' });
    return { repo, git, commit };
}

describe('hooks/pre-commit', () => {
    it('lets a checked, formatted plan through', () => {
        const { repo, git, commit } = repository();
        writeFileSync(join(repo, 'week.split'), GOOD);
        git('add', 'week.split');
        const result = commit('a good week');
        expect(result.stderr).not.toContain('pre-commit:');
        expect(result.status).toBe(0);
        expect(git('log', '--oneline')).toContain('a good week');
    });

    it('stops a plan with problems, and one that is not formatted', () => {
        const { repo, git, commit } = repository();
        writeFileSync(join(repo, 'week.split'), GOOD.replace('Squat                   1x3', 'Squatt                  1x3'));
        git('add', 'week.split');
        const unknown = commit('a typo');
        expect(unknown.status).toBe(1);
        expect(unknown.stdout + unknown.stderr).toContain('Unknown exercise "Squatt"');

        writeFileSync(join(repo, 'week.split'), GOOD.replace('  Squat                   1x3', '  Squat 1x3'));
        git('add', 'week.split');
        const messy = commit('messy');
        expect(messy.status).toBe(1);
        expect(messy.stderr).toContain('week.split');
        expect(messy.stderr).toContain('not formatted');
    });

    it('does nothing when no plan is staged', () => {
        const { repo, git, commit } = repository();
        writeFileSync(join(repo, 'notes.txt'), 'rest more');
        git('add', 'notes.txt');
        expect(commit('notes').status).toBe(0);
    });
});
