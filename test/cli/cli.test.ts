// End-to-end tests of `split-plan check` (SPEC §6): they spawn the real bundle, out/cli/split-plan.cjs, on Node 22
// from node_modules/.bin/node, in temporary folders, and look only at its exit status, stdout and stderr.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cannotRun } from '../cannot-run.js';
import { ROOT } from '../root.js';

const NODE = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
const CLI = join(ROOT, 'out', 'cli', 'split-plan.cjs');

interface Result {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** The environment of a plain, colourless run: nothing inherited that forces or forbids colours. */
function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of ['CI', 'FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS', 'NODE_OPTIONS', 'CLICOLOR_FORCE']) delete env[key];
    return { ...env, ...extra };
}

/** Runs `split-plan ARGS…` in `cwd` (default: the project) and waits for it. */
function run(args: string[], options: { cwd?: string; env?: Record<string, string>; spawn?: SpawnSyncOptions } = {}): Result {
    const result = spawnSync(NODE, [CLI, ...args], {
        cwd: options.cwd ?? ROOT,
        env: baseEnv(options.env),
        encoding: 'utf8',
        timeout: 60_000,
        ...options.spawn,
    });
    if (result.error) throw result.error;
    return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Runs `check --format json` and parses stdout, which must be exactly one JSON document. */
function checkJson(args: string[], cwd?: string): { status: number | null; report: Report; stderr: string } {
    const result = run(['check', '--format', 'json', ...args], { cwd });
    let report: Report;
    try {
        report = JSON.parse(result.stdout) as Report;
    } catch (error) {
        throw new Error(`stdout is not one JSON document (${String(error)}):\n${result.stdout}\nstderr:\n${result.stderr}`);
    }
    return { status: result.status, report, stderr: result.stderr };
}

interface Position { line: number; character: number }
interface JsonDiagnostic { code: string; severity: string; message: string; range: { start: Position; end: Position } }
interface Report {
    version: number;
    files: Array<{ path: string; diagnostics: JsonDiagnostic[] }>;
    summary: { files: number; errors: number; warnings: number; information: number; hints: number };
}

const temps: string[] = [];

/** A fresh temporary folder holding `files` (relative path → text). */
function folder(files: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'split-cli-'));
    temps.push(dir);
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
    }
    return dir;
}

/** Non-empty lines of an output. */
function lines(text: string): string[] {
    return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

// A plan that breaks none of the rules of SPEC §4 (legs and back twice, 72 h apart; rest days; `goal general`
// turns the weekly-volume hints off), so that it stays clean as rules are added.
const CLEAN = `plan "Clean"
goal general
monday "Legs A"
  Squat                 4x5 @ 100kg
tuesday "Back A"
  Barbell Row           4x8
thursday "Legs B"
  Leg Press             4x10
friday "Back B"
  Pull-Up               4x8
sunday rest
`;

/** CLEAN with `extra` lines added to Tuesday's session (after line 6). */
function withTuesday(...extra: string[]): string {
    const all = CLEAN.split('\n');
    all.splice(6, 0, ...extra);
    return all.join('\n');
}

// Line 7 (0-based 6), characters 2-19: an unknown exercise, one warning.
const ONE_WARNING = withTuesday('  Frobnicator Press    3x10');
const TWO_WARNINGS = withTuesday('  Frobnicator Press    3x10', '  Zorblax Curling      3x12');
// Line 7: zero sets, an invalid-prescription error; line 8: an unknown exercise warning.
const ERROR_AND_WARNING = withTuesday('  Barbell Row           0x8', '  Frobnicator Press    3x10');

const DIAGNOSTIC_LINE = /^(.+):(\d+):(\d+) {2}(error|warning|information|hint) {2}(.+) {2}([a-z][a-z-]*)$/;
const ANSI = /\u001b\[/;

beforeAll(() => {
    if (!existsSync(CLI)) {
        throw new Error(`${CLI} is missing: build it first with \`npm run build\` (\`npm test\` builds before running vitest)`);
    }
    if (!existsSync(NODE)) throw new Error(`${NODE} is missing: run \`npm install\` (the CLI needs Node 22 from the "node" dev dependency)`);
});

afterAll(() => {
    for (const dir of temps) {
        try {
            chmodSync(dir, 0o755);
        } catch {
            // already gone
        }
        rmSync(dir, { recursive: true, force: true });
    }
});

describe('split-plan check: exit status', () => {
    it('is 0 for a clean plan, with no problems reported', () => {
        const dir = folder({ 'plan.split': CLEAN });
        const result = run(['check', 'plan.split'], { cwd: dir });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const { report } = checkJson(['plan.split'], dir);
        expect(report.files).toEqual([{ path: 'plan.split', diagnostics: [] }]);
        expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 0, information: 0, hints: 0 });
    });

    it('is 1 for a plan with an error', () => {
        const dir = folder({ 'plan.split': ERROR_AND_WARNING });
        const result = run(['check', 'plan.split'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/^plan\.split:7:\d+ {2}error {2}.+ {2}invalid-prescription$/m);
    });

    it('is 1 for a syntax error, which is reported on its line', () => {
        const dir = folder({ 'plan.split': withTuesday('  Barbell Row 4x8 @ @ @') });
        const { status, report } = checkJson(['plan.split'], dir);
        expect(status).toBe(1);
        expect(report.summary.errors).toBeGreaterThan(0);
        expect(report.files[0].diagnostics.some((d) => d.severity === 'error' && d.range.start.line === 6)).toBe(true);
    });

    it('is 0 when there are only warnings', () => {
        const dir = folder({ 'plan.split': ONE_WARNING });
        const result = run(['check', 'plan.split'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/ {2}warning {2}.*Frobnicator Press.* {2}unknown-exercise$/m);
    });

    it('is 1 with --max-warnings 0 and a warning', () => {
        const dir = folder({ 'plan.split': ONE_WARNING });
        expect(run(['check', '--max-warnings', '0', 'plan.split'], { cwd: dir }).status).toBe(1);
        expect(run(['check', '--max-warnings=0', 'plan.split'], { cwd: dir }).status).toBe(1);
    });

    it('is 0 with --max-warnings 1 and one warning, 1 with two', () => {
        const dir = folder({ 'one.split': ONE_WARNING, 'two.split': TWO_WARNINGS });
        expect(run(['check', '--max-warnings', '1', 'one.split'], { cwd: dir }).status).toBe(0);
        expect(run(['check', '--max-warnings', '1', 'two.split'], { cwd: dir }).status).toBe(1);
        expect(run(['check', '--max-warnings', '2', 'two.split'], { cwd: dir }).status).toBe(0);
        // The limit is over all files checked together.
        expect(run(['check', '--max-warnings', '1', '.'], { cwd: dir }).status).toBe(1);
    });

    it('is 1 for an error even when --max-warnings allows the warnings', () => {
        const dir = folder({ 'plan.split': ERROR_AND_WARNING });
        expect(run(['check', '--max-warnings', '10', 'plan.split'], { cwd: dir }).status).toBe(1);
    });

    it('is 2 for a missing path, with one line on stderr naming it and no stack trace', () => {
        const dir = folder({ 'plan.split': CLEAN });
        const result = run(['check', 'plan.split', 'no/such-plan.split'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(lines(result.stderr)).toHaveLength(1);
        expect(result.stderr).toContain('no/such-plan.split');
        expect(result.stderr).not.toMatch(/^\s+at /m);
        expect(result.stdout).toBe('');
    });

    it('is 2 for an unknown option, with one line on stderr', () => {
        const result = run(['check', '--frobnicate', 'examples']);
        expect(result.status).toBe(2);
        expect(lines(result.stderr)).toHaveLength(1);
        expect(result.stderr).toContain('--frobnicate');
        expect(result.stderr).not.toMatch(/^\s+at /m);
        expect(result.stdout).toBe('');
    });

    it('is 2 for --format xml', () => {
        const result = run(['check', '--format', 'xml', 'examples']);
        expect(result.status).toBe(2);
        expect(lines(result.stderr)).toHaveLength(1);
        expect(result.stderr).toContain('xml');
        expect(result.stdout).toBe('');
    });

    it.each([
        [['--max-warnings', '-1']],
        [['--max-warnings=-1']],
        [['--max-warnings', 'abc']],
        [['--max-warnings', '1.5']],
        [['--max-warnings']],
    ])('is 2 for a bad --max-warnings: %j', (options) => {
        const dir = folder({ 'plan.split': CLEAN });
        const result = run(['check', ...options, 'plan.split'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/max-warnings/);
        expect(result.stderr).not.toMatch(/^\s+at /m);
        expect(result.stdout).toBe('');
    });

    it('is 2 for an unknown command, with one line on stderr naming it', () => {
        const result = run(['frobnicate']);
        expect(result.status).toBe(2);
        expect(lines(result.stderr)).toHaveLength(1);
        expect(result.stderr).toContain('frobnicate');
        expect(result.stdout).toBe('');
    });

    it('is 0 for --help, printing the usage', () => {
        const top = run(['--help']);
        expect(top.status).toBe(0);
        expect(top.stdout).toMatch(/usage/i);
        expect(top.stdout).toContain('check');
        const check = run(['check', '--help']);
        expect(check.status).toBe(0);
        expect(check.stdout).toContain('--max-warnings');
        expect(check.stdout).toContain('--format');
        expect(check.stdout).toContain('--quiet');
    });

    it('is 2 for a file it cannot read', (ctx) => {
        const dir = folder({ 'locked.split': CLEAN });
        chmodSync(dir, 0o755);
        const file = join(dir, 'locked.split');
        chmodSync(file, 0o000);
        let readable = false;
        try {
            accessSync(file, constants.R_OK);
            readable = true;
        } catch {
            // unreadable, as wanted
        }
        // Root reads anything: then run the command line as `nobody` if this system allows it, else skip.
        let spawn: SpawnSyncOptions | undefined;
        if (readable) {
            const nobody: SpawnSyncOptions = { uid: 65534, gid: 65534 };
            let probe: ReturnType<typeof spawnSync> | undefined;
            try {
                probe = spawnSync(NODE, [CLI, '--help'], { ...nobody, cwd: dir, env: baseEnv(), encoding: 'utf8' });
            } catch {
                probe = undefined;
            }
            if (process.platform === 'win32' || !probe || probe.error || probe.status !== 0) {
                cannotRun(ctx, 'running as root, which can read a chmod 000 file, and cannot run as nobody');
            }
            spawn = nobody;
        }
        const result = run(['check', 'locked.split'], { cwd: dir, spawn });
        expect(result.status).toBe(2);
        expect(lines(result.stderr)).toHaveLength(1);
        expect(result.stderr).toContain('locked.split');
        expect(result.stderr).not.toMatch(/^\s+at /m);
    });
});

describe('split-plan check: many findings', () => {
    it('reports all 150,001 problems of a 300 KB plan (Langium\'s validation overflowed the stack and said "No problems")', () => {
        // `age 1` after a session: not in the header, given again and out of range, three errors in six characters.
        const dir = folder({ 'plan.split': `mon\n${'age 1\n'.repeat(50_000)}` });
        const result = run(['check', 'plan.split'], { cwd: dir, spawn: { maxBuffer: 256 * 1024 * 1024 } });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(1);
        expect(lines(result.stdout).at(-1)).toBe('150001 problems (149999 errors, 2 warnings, 0 information, 0 hints) in 1 file.');
    });
});

describe('split-plan check --format json', () => {
    it('prints exactly one JSON document in the shape of SPEC §6', () => {
        const dir = folder({ 'plans/a.split': ERROR_AND_WARNING, 'plans/b.split': CLEAN });
        const { status, report, stderr } = checkJson(['plans/a.split', 'plans/b.split'], dir);
        expect(stderr).toBe('');
        expect(status).toBe(1);
        expect(report.version).toBe(1);
        expect(Object.keys(report).sort()).toEqual(['files', 'summary', 'version']);
        expect(report.files.map((file) => file.path)).toEqual(['plans/a.split', 'plans/b.split']);
        expect(report.files[1].diagnostics).toEqual([]);

        const diagnostics = report.files[0].diagnostics;
        for (const diagnostic of diagnostics) {
            expect(Object.keys(diagnostic).sort()).toEqual(['code', 'message', 'range', 'severity']);
            expect(['error', 'warning', 'information', 'hint']).toContain(diagnostic.severity);
            expect(typeof diagnostic.code).toBe('string');
            expect(diagnostic.message.length).toBeGreaterThan(0);
            for (const position of [diagnostic.range.start, diagnostic.range.end]) {
                expect(Number.isInteger(position.line) && position.line >= 0).toBe(true);
                expect(Number.isInteger(position.character) && position.character >= 0).toBe(true);
            }
        }
        // 0-based lines and characters: the bad prescription is on line 7 of the file, the unknown name on line 8 from column 3.
        const invalid = diagnostics.find((d) => d.code === 'invalid-prescription');
        expect(invalid).toMatchObject({ severity: 'error', range: { start: { line: 6 } } });
        const unknown = diagnostics.find((d) => d.code === 'unknown-exercise');
        expect(unknown).toMatchObject({
            severity: 'warning',
            range: { start: { line: 7, character: 2 }, end: { line: 7, character: 2 + 'Frobnicator Press'.length } },
        });
        expect(unknown?.message).toContain('Frobnicator Press');
        expect(diagnostics).toHaveLength(2);

        expect(report.summary).toEqual({ files: 2, errors: 1, warnings: 1, information: 0, hints: 0 });
    });

    it('has summary counts that match the diagnostics listed', () => {
        const dir = folder({ 'a.split': ERROR_AND_WARNING, 'b.split': TWO_WARNINGS, 'c.split': CLEAN });
        const { report } = checkJson(['.'], dir);
        const all = report.files.flatMap((file) => file.diagnostics);
        const count = (severity: string) => all.filter((d) => d.severity === severity).length;
        expect(report.summary).toEqual({
            files: report.files.length,
            errors: count('error'),
            warnings: count('warning'),
            information: count('information'),
            hints: count('hint'),
        });
        expect(report.summary.files).toBe(3);
        expect(report.summary.errors).toBe(1);
        expect(report.summary.warnings).toBe(3);
    });

    it('keeps paths as given, relative to the current folder', () => {
        const dir = folder({ 'plans/week/a.split': CLEAN });
        expect(checkJson(['plans'], dir).report.files.map((f) => f.path)).toEqual([join('plans', 'week', 'a.split')]);
        expect(checkJson(['./plans/week/a.split'], dir).report.files.map((f) => f.path)).toEqual(['./plans/week/a.split']);
        const absolute = join(dir, 'plans', 'week', 'a.split');
        expect(checkJson([absolute], dir).report.files.map((f) => f.path)).toEqual([absolute]);
    });
});

describe('split-plan check --quiet', () => {
    it('drops warnings from the output and the counts', () => {
        const dir = folder({ 'plan.split': ERROR_AND_WARNING });
        const loud = checkJson(['plan.split'], dir).report;
        expect(loud.summary.warnings).toBe(1);
        const quiet = checkJson(['--quiet', 'plan.split'], dir).report;
        expect(quiet.files[0].diagnostics.map((d) => d.severity)).toEqual(['error']);
        expect(quiet.summary).toMatchObject({ files: 1, errors: 1, warnings: 0 });

        const text = run(['check', '--quiet', 'plan.split'], { cwd: dir });
        expect(text.status).toBe(1);
        expect(text.stdout).toMatch(/ {2}error {2}.+ {2}invalid-prescription$/m);
        expect(text.stdout).not.toMatch(/ {2}warning {2}/);
        expect(text.stdout).not.toContain('unknown-exercise');
    });

    it('does not count the dropped warnings against --max-warnings', () => {
        const dir = folder({ 'plan.split': TWO_WARNINGS });
        expect(run(['check', '--max-warnings', '0', 'plan.split'], { cwd: dir }).status).toBe(1);
        const quiet = run(['check', '--quiet', '--max-warnings', '0', 'plan.split'], { cwd: dir });
        expect(quiet.status).toBe(0);
        expect(quiet.stdout).not.toContain('unknown-exercise');
    });

    it('says how many warnings it left out, never "No problems" when there are some', () => {
        const dir = folder({ 'plan.split': TWO_WARNINGS, 'broken.split': ERROR_AND_WARNING });
        expect(lines(run(['check', '--quiet', 'plan.split'], { cwd: dir }).stdout).at(-1))
            .toBe('No errors in 1 file (2 warnings not shown: --quiet).');
        expect(lines(run(['check', '--quiet', 'broken.split'], { cwd: dir }).stdout).at(-1))
            .toBe('1 problem (1 error, 0 warnings, 0 information, 0 hints) in 1 file (1 warning not shown: --quiet).');
        expect(lines(run(['check', '--quiet', 'plan.split'], { cwd: folder({ 'plan.split': withTuesday() }) }).stdout).at(-1))
            .toBe('No problems in 1 file.');
    });
});

describe('split-plan check: finding plans', () => {
    const tree = {
        'top.split': CLEAN,
        'nested/deeper/plan.split': ONE_WARNING,
        'nested/other.split': CLEAN,
        'node_modules/pkg/bad.split': ERROR_AND_WARNING,
        'nested/node_modules/bad.split': ERROR_AND_WARNING,
        '.hidden/bad.split': ERROR_AND_WARNING,
        'nested/.git/bad.split': ERROR_AND_WARNING,
        'notes.txt': 'monday\n  Squat 0x5\n',
        'plan.split.bak': ERROR_AND_WARNING,
        'readme.md': '# not a plan',
    };
    const expected = ['nested/deeper/plan.split', 'nested/other.split', 'top.split'];

    it('searches a folder recursively for *.split, skipping node_modules, dot-folders and other files', () => {
        const dir = folder(Object.fromEntries(Object.entries(tree).map(([path, text]) => [join('work', path), text])));
        const { status, report } = checkJson(['work'], dir);
        expect(report.files.map((f) => f.path).sort()).toEqual(expected.map((path) => join('work', path)).sort());
        expect(report.summary).toMatchObject({ files: 3, errors: 0, warnings: 1 });
        expect(status).toBe(0);
    });

    it('checks the current folder when no path is given', () => {
        const dir = folder(tree);
        const { status, report } = checkJson([], dir);
        expect(report.files.map((f) => f.path).sort()).toEqual(expected.map((path) => join(path)).sort());
        expect(status).toBe(0);
        const text = run(['check'], { cwd: dir });
        expect(text.status).toBe(0);
        expect(text.stdout).toMatch(new RegExp(`^${escape(join('nested', 'deeper', 'plan.split'))}:7:3 {2}warning {2}`, 'm'));
        expect(text.stdout).not.toContain('bad.split');
    });

    it('checks a file named explicitly even in a skipped folder', () => {
        const dir = folder(tree);
        const { status, report } = checkJson([join('node_modules', 'pkg', 'bad.split')], dir);
        expect(report.files.map((f) => f.path)).toEqual([join('node_modules', 'pkg', 'bad.split')]);
        expect(status).toBe(1);
    });
});

describe('split-plan check: text output', () => {
    it('prints path:line:col  severity  message  code, 1-based, then a summary line', () => {
        const dir = folder({ 'plans/a.split': ERROR_AND_WARNING });
        const result = run(['check', 'plans/a.split'], { cwd: dir });
        expect(result.status).toBe(1);
        const out = lines(result.stdout);
        const { report } = checkJson(['plans/a.split'], dir);
        const diagnostics = report.files[0].diagnostics;
        expect(out).toHaveLength(diagnostics.length + 1);

        // Every diagnostic of the JSON report appears as one text line with 1-based positions.
        for (const [index, diagnostic] of diagnostics.entries()) {
            const match = DIAGNOSTIC_LINE.exec(out[index]);
            expect(match, out[index]).not.toBeNull();
            const [, path, line, column, severity, message, code] = match!;
            expect(path).toBe('plans/a.split');
            expect(Number(line)).toBe(diagnostic.range.start.line + 1);
            expect(Number(column)).toBe(diagnostic.range.start.character + 1);
            expect(severity).toBe(diagnostic.severity);
            expect(message).toBe(diagnostic.message);
            expect(code).toBe(diagnostic.code);
        }
        expect(out).toContain(`plans/a.split:8:3  warning  ${diagnostics.find((d) => d.code === 'unknown-exercise')!.message}  unknown-exercise`);

        const summary = out[out.length - 1];
        expect(summary).not.toMatch(DIAGNOSTIC_LINE);
        expect(summary).toMatch(/\b1 error\b/);
        expect(summary).toMatch(/\b1 warning\b/);
        expect(summary).toMatch(/\b1 file\b/);
    });

    it('prints only a summary line for a clean plan', () => {
        const dir = folder({ 'a.split': CLEAN, 'b.split': CLEAN });
        const result = run(['check'], { cwd: dir });
        expect(result.status).toBe(0);
        const out = lines(result.stdout);
        expect(out).toHaveLength(1);
        expect(out[0]).not.toMatch(DIAGNOSTIC_LINE);
        expect(out[0]).toMatch(/\b2 files\b/);
    });

    it('has no colours when stdout is not a terminal, nor with NO_COLOR=1', () => {
        const dir = folder({ 'plan.split': ERROR_AND_WARNING });
        for (const env of [{}, { NO_COLOR: '1' }] as Array<Record<string, string>>) {
            const result = run(['check', 'plan.split'], { cwd: dir, env });
            expect(result.stdout).toContain('invalid-prescription');
            expect(result.stdout).not.toMatch(ANSI);
            expect(result.stderr).not.toMatch(ANSI);
        }
    });

    it('has colours on a terminal, but not with NO_COLOR=1', (ctx) => {
        const dir = folder({ 'plan.split': ERROR_AND_WARNING });
        // `script` (util-linux) runs the command line on a pseudo-terminal.
        const onTerminal = (env: Record<string, string>) => spawnSync('script', ['-qec', `"${NODE}" "${CLI}" check plan.split`, '/dev/null'], {
            cwd: dir, env: baseEnv({ TERM: 'xterm-256color', ...env }), encoding: 'utf8', timeout: 60_000,
        });
        const probe = process.platform === 'linux' ? spawnSync('script', ['-qec', 'true', '/dev/null'], { encoding: 'utf8' }) : undefined;
        if (!probe || probe.error || probe.status !== 0) cannotRun(ctx, 'no `script` command (util-linux) to provide a terminal');
        const coloured = onTerminal({});
        expect(coloured.stdout).toContain('invalid-prescription');
        expect(coloured.stdout).toMatch(ANSI);
        const plain = onTerminal({ NO_COLOR: '1' });
        expect(plain.stdout).toContain('invalid-prescription');
        expect(plain.stdout).not.toMatch(ANSI);
    });
});

describe('split-plan check: imports', () => {
    const LIB = `/** A press made up for this test. */
exercise "Zorch Press" primary chest secondary triceps compound
`;
    const USES_ZORCH = (importLine: string) => `${importLine}
plan "Imports"
goal general
monday "Legs A"
  Squat                 4x5
tuesday "Back A"
  Barbell Row           4x8
  Zorch Press           3x10
thursday "Legs B"
  Leg Press             4x10
friday "Back B"
  Pull-Up               4x8
sunday rest
`;

    it('resolves an import relative to the importing file, not the current folder', () => {
        const dir = folder({
            'plans/lib/gym.split': LIB,
            'plans/week.split': USES_ZORCH('import "lib/gym.split"'),
            // A decoy where a path relative to the current folder would lead: it does not declare Zorch Press.
            'lib/gym.split': 'exercise "Decoy Row" primary lats compound\n',
        });
        const { status, report } = checkJson(['plans/week.split'], dir);
        expect(report.files[0].diagnostics).toEqual([]);
        expect(status).toBe(0);
    });

    it('without the import, the declared exercise is unknown', () => {
        const dir = folder({ 'plans/lib/gym.split': LIB, 'plans/week.split': USES_ZORCH('') });
        const { report } = checkJson(['plans/week.split'], dir);
        expect(report.files[0].diagnostics.map((d) => `${d.range.start.line}:${d.code}`)).toEqual(['7:unknown-exercise']);
    });

    it('reports an import that does not exist as unresolved-import, an error on the import line', () => {
        const dir = folder({ 'plans/week.split': USES_ZORCH('import "lib/missing.split"') });
        const { status, report } = checkJson(['plans/week.split'], dir);
        expect(status).toBe(1);
        const unresolved = report.files[0].diagnostics.find((d) => d.code === 'unresolved-import');
        expect(unresolved).toMatchObject({ severity: 'error', range: { start: { line: 0 } } });
    });
});

describe('split-plan check examples', () => {
    it('exits 0 with no errors and no unknown exercises', () => {
        const { status, report, stderr } = checkJson(['examples']);
        expect(stderr).toBe('');
        const paths = report.files.map((f) => f.path);
        for (const name of ['bro-split.split', 'legs-twice.split', 'hybrid.split']) expect(paths).toContain(join('examples', name));
        const all = report.files.flatMap((file) => file.diagnostics.map((d) => `${file.path}:${d.range.start.line + 1} ${d.code} ${d.message}`));
        expect(all.filter((d) => / (syntax|unknown-exercise|unresolved-import|invalid-prescription|duplicate-session) /.test(d))).toEqual([]);
        expect(report.summary.errors).toBe(0);
        expect(status).toBe(0);
        expect(run(['check', 'examples']).status).toBe(0);
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
