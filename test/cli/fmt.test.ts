import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotRun } from '../cannot-run.js';
import { passingConformancePlans } from '../conformance/conformance-cases.js';

// SPEC §6 `split-plan fmt [--check|--write]`, through the real bundle.

const NODE = process.execPath;
const CLI = resolve('out/cli/split-plan.cjs');
const MESSY = 'plan "Messy"\n\nmonday "Legs"\n\tSquat 4 x 10 @ 140 kg   // heavy\n    Leg Press 3x12\n\n\n\ntuesday rest\n';
const TIDY = 'plan "Messy"\n\nmonday "Legs"\n  Squat                   4x10 @ 140kg  // heavy\n  Leg Press               3x12\n\ntuesday rest\n';

function run(args: string[], cwd: string, options: SpawnSyncOptions = {}) {
    const result = spawnSync(NODE, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...options });
    return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'split-fmt-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
}

const comments = (text: string) => text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];

describe('split-plan fmt', () => {
    it('prints the formatted text of one file', () => {
        const dir = folder({ 'plan.split': MESSY });
        expect(run(['fmt', 'plan.split'], dir)).toEqual({ status: 0, stdout: TIDY, stderr: '' });
        expect(readFileSync(join(dir, 'plan.split'), 'utf8')).toBe(MESSY);
    });

    it('--check lists the files that would change and exits 1; 0 when all are formatted', () => {
        const dir = folder({ 'a.split': MESSY, 'b.split': TIDY });
        expect(run(['fmt', '--check', '.'], dir)).toEqual({ status: 1, stdout: 'a.split\n', stderr: '' });
        expect(run(['fmt', '--check', 'b.split'], dir)).toEqual({ status: 0, stdout: '', stderr: '' });
        expect(readFileSync(join(dir, 'a.split'), 'utf8')).toBe(MESSY);
    });

    it('--write rewrites what would change, keeps the file mode, and then --check is clean', () => {
        const dir = folder({ 'a.split': MESSY, 'b.split': TIDY });
        chmodSync(join(dir, 'a.split'), 0o640);
        expect(run(['fmt', '--write', '.'], dir)).toEqual({ status: 0, stdout: 'a.split\n', stderr: '' });
        expect(readFileSync(join(dir, 'a.split'), 'utf8')).toBe(TIDY);
        expect(statSync(join(dir, 'a.split')).mode & 0o777).toBe(0o640);
        expect(readdirSync(dir).sort()).toEqual(['a.split', 'b.split']);
        expect(run(['fmt', '--check', '.'], dir).status).toBe(0);
    });

    it('never touches a file it cannot parse, and says so (exit 2)', () => {
        const broken = 'monday\n  Squat 4 x 8 @ kg\n';
        const dir = folder({ 'broken.split': broken, 'a.split': MESSY });
        const result = run(['fmt', '--write', '.'], dir);
        expect(result.status).toBe(2);
        expect(result.stderr.trim()).toBe('split-plan fmt: broken.split does not parse (line 2); left as it is');
        expect(readFileSync(join(dir, 'broken.split'), 'utf8')).toBe(broken);
        expect(readFileSync(join(dir, 'a.split'), 'utf8')).toBe(TIDY);
    });

    it('leaves an unwritable file intact (exit 2, one line)', (ctx) => {
        const dir = folder({ 'locked.split': MESSY });
        chmodSync(join(dir, 'locked.split'), 0o444);
        chmodSync(dir, 0o555);
        // Root writes anything: run as `nobody` where that is possible.
        const asNobody: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
        const probe = spawnSync(NODE, [CLI, '--help'], { ...asNobody, cwd: dir, encoding: 'utf8' });
        if (probe.error || probe.status !== 0) cannotRun(ctx, 'cannot run the command line as a user without write access here');
        const result = run(['fmt', '--write', 'locked.split'], dir, asNobody);
        expect(result.status).toBe(2);
        expect(result.stderr.trim().split('\n')).toEqual(['split-plan fmt: cannot write locked.split: permission denied; left as it is']);
        expect(readFileSync(join(dir, 'locked.split'), 'utf8')).toBe(MESSY);
        chmodSync(dir, 0o755);
    });

    it('without a flag takes one file only', () => {
        const dir = folder({ 'a.split': MESSY, 'b.split': TIDY });
        const result = run(['fmt', '.'], dir);
        expect(result.status).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('is idempotent and keeps every comment on every example and conformance plan', () => {
        // fmt leaves a file with a syntax error as it is: the cases that expect one are made of them.
        const sources = [
            ...readdirSync('examples').map((name) => resolve('examples', name)),
            ...passingConformancePlans().filter((path) => !/expect: syntax/.test(readFileSync(path, 'utf8'))),
        ];
        const dir = mkdtempSync(join(tmpdir(), 'split-fmt-all-'));
        sources.forEach((source, index) => copyFileSync(source, join(dir, `${index}.split`)));
        expect(run(['fmt', '--write', '.'], dir).status).toBe(0);
        expect(run(['fmt', '--check', '.'], dir)).toEqual({ status: 0, stdout: '', stderr: '' });
        sources.forEach((source, index) => {
            expect(comments(readFileSync(join(dir, `${index}.split`), 'utf8')).map((c) => c.trim())).toEqual(comments(readFileSync(source, 'utf8')).map((c) => c.trim()));
        });
    });
});
