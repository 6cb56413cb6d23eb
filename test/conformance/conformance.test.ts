// The spec's conformance plans, checked as the spec's own runner checks them: one `split-plan check --format json`
// of the built command line over all of them, and each file's diagnostics compared with what its comments expect.
//   // expect: CODE [SEVERITY][, CODE [SEVERITY]]   on the line the diagnostic is anchored to
//   // conformance-ignore: CODE[, CODE]              anywhere: those codes are not compared in that file
// Every other diagnostic must match: the same 0-based line, the same code, the same severity when one is given.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_FOLDER, PENDING, conformancePlans } from './conformance-cases.js';
import { ROOT } from '../root.js';

const CLI = join(ROOT, 'out', 'cli', 'split-plan.cjs');

interface Reported {
    code: string;
    severity: string;
    message: string;
    range: { start: { line: number } };
}

/** What a case's comments expect: `line|code|severity` keys (`*` for any severity) and the codes not compared. */
function expectations(text: string): { expected: Set<string>; ignored: Set<string> } {
    const expected = new Set<string>();
    const ignored = new Set<string>();
    text.split(/\r?\n/).forEach((line, index) => {
        const expect = /\/\/\s*expect:\s*(.+)$/.exec(line);
        for (const part of expect?.[1].split(',') ?? []) {
            const [code, severity] = part.trim().split(/\s+/);
            if (code) expected.add(`${index}|${code}|${severity ?? '*'}`);
        }
        const ignore = /conformance-ignore:\s*(.+)$/.exec(line);
        for (const code of ignore?.[1].split(',') ?? []) ignored.add(code.trim());
    });
    return { expected, ignored };
}

/** The differences between a case's expectations and its diagnostics, one line each; empty when it conforms. */
function differences(text: string, diagnostics: readonly Reported[]): string[] {
    const { expected, ignored } = expectations(text);
    const got = diagnostics.filter((diagnostic) => !ignored.has(diagnostic.code));
    const keys = got.map((diagnostic) => `${diagnostic.range.start.line}|${diagnostic.code}|${diagnostic.severity}`);
    const missing = [...expected].filter((key) => {
        const [line, code, severity] = key.split('|');
        return severity === '*' ? !keys.some((got) => got.startsWith(`${line}|${code}|`)) : !keys.includes(key);
    });
    const extra = got.filter(({ range, code, severity }) => !expected.has(`${range.start.line}|${code}|${severity}`) && !expected.has(`${range.start.line}|${code}|*`));
    return [
        ...missing.map((key) => {
            const [line, code, severity] = key.split('|');
            return `missing line ${+line + 1}: ${code}${severity === '*' ? '' : ` ${severity}`}`;
        }),
        ...extra.map(({ range, code, severity, message }) => `extra line ${range.start.line + 1}: ${code} ${severity}: ${message}`),
    ];
}

function checkAll(paths: readonly string[]): Map<string, Reported[]> {
    if (!existsSync(CLI)) throw new Error(`${relative(ROOT, CLI)} is missing: run \`npm run build\` first`);
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), [CLI, 'check', '--format', 'json', ...paths.map((path) => relative(ROOT, path))], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0 && run.status !== 1) throw new Error(`split-plan check exited with ${run.status}: ${run.stderr}`);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: Reported[] }> };
    return new Map(report.files.map((file) => [resolve(ROOT, file.path), file.diagnostics]));
}

describe('the conformance plans of the spec (test/fixtures/conformance)', () => {
    const paths = conformancePlans({ library: true });
    const reported = checkAll(paths);

    it('are all there and all checked', () => {
        expect(paths.length).toBeGreaterThanOrEqual(27);
        expect([...reported.keys()].sort()).toEqual(paths);
        for (const name of Object.keys(PENDING)) expect(paths).toContain(join(CONFORMANCE_FOLDER, name));
    });

    for (const path of paths) {
        const name = path.slice(CONFORMANCE_FOLDER.length);
        const issue = PENDING[name];
        const conforms = () => expect(differences(readFileSync(path, 'utf8'), reported.get(path) ?? [])).toEqual([]);
        if (issue === undefined) it(`${name} conforms`, conforms);
        else it.fails(`${name} does not conform yet (issue ${issue}): this test fails once it does`, conforms);
    }
});

describe('the conformance comparison', () => {
    const at = (line: number, code: string, severity: string): Reported => ({ code, severity, message: '…', range: { start: { line } } });
    const text = 'plan "x"\n// conformance-ignore: weekly-volume\nmonday // expect: recovery-window warning\ntuesday // expect: syntax\n';

    it('passes exactly the expected diagnostics, any severity where none is given, ignoring the ignored codes', () => {
        expect(differences(text, [at(2, 'recovery-window', 'warning'), at(3, 'syntax', 'error'), at(0, 'weekly-volume', 'hint')])).toEqual([]);
    });

    it('names what is missing, what is extra and a wrong severity', () => {
        expect(differences(text, [at(2, 'recovery-window', 'error'), at(0, 'no-rest-day', 'hint')])).toEqual([
            'missing line 3: recovery-window warning',
            'missing line 4: syntax',
            'extra line 3: recovery-window error: …',
            'extra line 1: no-rest-day hint: …',
        ]);
    });
});

describe('the project tests itself from a clone alone', () => {
    // The spec's folder lies beside the project only in its authors' workspace.
    const specFolder = ['..', 'shared'].join('/');

    it(`nothing under test/, scripts/ or .ci/ reads ${specFolder}`, () => {
        const files = ['test', 'scripts', '.ci'].flatMap((folder) => readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
            .map((name) => join(ROOT, folder, name)))
            .filter((path) => statSync(path).isFile() && !path.includes(`${join('test', 'fixtures')}`));
        expect(files.length).toBeGreaterThan(50);
        expect(files.filter((path) => readFileSync(path, 'utf8').includes(specFolder)).map((path) => relative(ROOT, path))).toEqual([]);
    });
});
