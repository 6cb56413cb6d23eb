import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// SPEC §6 `split-plan diff`: what changed in training terms, alone and as git's external diff driver.

const NODE = process.execPath;
const CLI = resolve('out/cli/split-plan.cjs');

const BEFORE = `plan "Week"
goal hypertrophy

monday "Legs"
  Squat           4x10
  Leg Press       3x12

wednesday "Push"
  Bench Press     4x8

friday "Pull"
  Barbell Row     4x10
  Pull-Up         3x8
`;

function diffOf(before: string, after: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'split-diff-'));
    writeFileSync(join(folder, 'old.split'), before);
    writeFileSync(join(folder, 'new.split'), after);
    const run = spawnSync(NODE, [CLI, 'diff', 'old.split', 'new.split'], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run.stdout;
}

describe('split-plan diff OLD NEW', () => {
    it('says nothing changed when only the writing changed', () => {
        const rewritten = BEFORE.replace('Squat           4x10', 'squats 4 x 10').replace('Bench Press     4x8', 'Bench Press 4×8   // heavy');
        expect(diffOf(BEFORE, rewritten)).toBe('split-plan diff old.split → new.split\nNo changes in training terms.\n');
    });

    it('names changed prescriptions, added and removed exercises, moved sessions and weekly sets', () => {
        const after = BEFORE
            .replace('Squat           4x10', 'Squat           5x8')
            .replace('  Leg Press       3x12\n', '  Leg Press       3x12\n  Leg Extension   3x15\n')
            .replace('  Pull-Up         3x8\n', '')
            .replace('friday "Pull"', 'saturday "Pull" at 10:00')
            .replace('goal hypertrophy', 'goal strength');
        const lines = diffOf(BEFORE, after).split('\n');
        expect(lines).toEqual(expect.arrayContaining([
            'Plan', '  goal hypertrophy → strength',
            'Sessions', '  ~ Friday "Pull" 18:00 moved to Saturday 10:00',
            'Exercises',
            '  Monday "Legs" 18:00 · Squat 4x10 → 5x8',
            '  Monday "Legs" 18:00 · + Leg Extension 3x15',
            '  Saturday "Pull" 10:00 · - Pull-Up 3x8',
            'Weekly sets',
            '  quadriceps 7 → 11',
            '  lats 7 → 4',
        ]));
    });

    it('lists sessions added and removed, and diagnostics that appear or disappear', () => {
        const after = BEFORE.replace('wednesday "Push"\n  Bench Press     4x8\n', '').replace('friday "Pull"', 'tuesday "Legs again"\n  Front Squat 4x8\n\nfriday "Pull"');
        const text = diffOf(BEFORE, after);
        expect(text).toContain('  + Tuesday "Legs again" 18:00\n');
        expect(text).toContain('  - Wednesday "Push" 18:00\n');
        expect(text).toMatch(/^ {2}\+ warning {2}recovery-window {2}Legs trained again 24 h after Monday 18:00; allow at least 48 h$/m);
    });

    it('exits 2 with one line when a file is missing', () => {
        const run = spawnSync(NODE, [CLI, 'diff', 'nowhere.split', 'examples/hybrid.split'], { encoding: 'utf8' });
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain('nowhere.split');
    });
});

describe('git external diff driver (split-plan diff --git)', () => {
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd } });

    it('shows training changes in `git diff`, for modified and new files', () => {
        const repo = mkdtempSync(join(tmpdir(), 'split-git-'));
        git(repo, 'init', '-q');
        git(repo, 'config', 'user.email', 'coach@example.com');
        git(repo, 'config', 'user.name', 'Coach');
        git(repo, 'config', 'diff.split.command', `"${NODE}" "${CLI}" diff --git`);
        writeFileSync(join(repo, '.gitattributes'), '*.split diff=split\n');
        writeFileSync(join(repo, 'week.split'), BEFORE);
        git(repo, 'add', '.');
        git(repo, 'commit', '-qm', 'first week');

        writeFileSync(join(repo, 'week.split'), BEFORE.replace('Squat           4x10', 'Squat           5x8'));
        const modified = git(repo, 'diff');
        expect(modified).toContain('diff --split a/week.split b/week.split');
        expect(modified).toContain('Monday "Legs" 18:00 · Squat 4x10 → 5x8');
        expect(modified).not.toContain('@@');

        writeFileSync(join(repo, 'deload.split'), 'monday "Easy"\n  Squat 2x5\n');
        git(repo, 'add', 'deload.split');
        const added = git(repo, 'diff', '--cached');
        expect(added).toContain('diff --split a/deload.split b/deload.split');
        expect(added).toContain('+ Monday "Easy" 18:00');
    });
});
