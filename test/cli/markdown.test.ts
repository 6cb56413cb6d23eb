import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../cli-process.js';

// `split-plan check` on the ```split fences of Markdown files (a README, a coach's notes): each fence a plan of its
// own, read as a file beside the Markdown file, its problems at the Markdown file's lines and columns.

const NOTES = [
    '# Coach notes', //                       line 1
    '',
    '```split',
    'plan "Anna, week 1"', //                 line 4
    'monday "Legs"',
    '  Squat 4x8',
    'tuesday "Legs again"', //                line 7: legs 24 h after Monday
    '  Squat 3x5',
    '  Frobnicator Press 3x10', //            line 9
    '```',
    '',
    '1. The upper day:',
    '',
    '   ```split',
    '   // split-disable muscle-frequency',
    '   thursday "Upper"',
    '     Bench Pres 3x8', //                 line 17, column 6
    '   ```',
    '',
    '```js',
    'monday()',
    '```',
    '',
].join('\n');

/** `path:line:col`, severity, the message's first 20 characters and the code of each problem printed. */
function problems(stdout: string): string[][] {
    return stdout.trim().split('\n').slice(0, -1)
        .map((line) => line.split('  ').map((part, index) => (index === 2 ? part.slice(0, 20) : part)));
}

/** Weekly volume is beside the point of these plans. */
const CONFIG = JSON.stringify({ rules: { 'weekly-volume': 'off' } });

describe('split-plan check on Markdown files', () => {
    it('checks each split fence at the Markdown file\'s lines and columns, and nothing else of it', async () => {
        const folder = tempFolder({ 'notes.md': NOTES, '.splitrc.json': CONFIG });
        const { status, stdout } = await runCli(['check', 'notes.md'], { cwd: folder });
        expect(problems(stdout)).toEqual([
            ['notes.md:4:1', 'warning', 'Back is never traine', 'muscle-frequency'],
            ['notes.md:7:1', 'warning', 'Legs trained again 2', 'recovery-window'],
            ['notes.md:9:3', 'warning', 'Unknown exercise "Fr', 'unknown-exercise'],
            ['notes.md:17:6', 'warning', 'Unknown exercise "Be', 'unknown-exercise'],
        ]);
        expect(stdout.trim().split('\n').at(-1)).toBe('4 problems (0 errors, 4 warnings, 0 information, 0 hints) in 1 file.');
        expect(status).toBe(0);
    });

    it('reads a fence\'s imports and .splitrc.json beside the Markdown file', async () => {
        const folder = tempFolder({
            'README.md': '```split\nimport "gym.split"\nmonday\n  Sled Push 4x8\n  Squat 3x5\n```\n',
            'gym.split': 'exercise "Sled Push" primary quadriceps, glutes\n',
            '.splitrc.json': JSON.stringify({ rules: { 'muscle-frequency': 'off', 'weekly-volume': 'off' } }),
        });
        const { status, stdout } = await runCli(['check', 'README.md'], { cwd: folder });
        expect(stdout.trim()).toBe('No problems in 1 file.');
        expect(status).toBe(0);
    });

    it('searches folders for Markdown files with --markdown only, and fails on a broken fence', async () => {
        const folder = tempFolder({ 'plan.split': 'monday\n  Squat 3x5\n', 'docs/week.md': 'Text\n\n```split\nmonday\n  Squat 4x\n```\n' });
        const without = await runCli(['check', '.', '--quiet', '--format', 'json'], { cwd: folder });
        expect((JSON.parse(without.stdout) as { files: Array<{ path: string }> }).files.map((file) => file.path)).toEqual(['plan.split']);
        const withMarkdown = await runCli(['check', '.', '--markdown', '--quiet', '--format', 'json'], { cwd: folder });
        const report = JSON.parse(withMarkdown.stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; range: { start: { line: number } } }> }> };
        expect(report.files.map((file) => [file.path, file.diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.code}`)]))
            .toEqual([['docs/week.md', ['5:syntax']], ['plan.split', []]]);
        expect(withMarkdown.status).toBe(1);
    });

    it('a Markdown file without split fences is a file with no problems', async () => {
        const folder = tempFolder({ 'README.md': '# Plans\n\n```\nmonday\n```\n' });
        const { status, stdout } = await runCli(['check', 'README.md'], { cwd: folder });
        expect([status, stdout.trim()]).toEqual([0, 'No problems in 1 file.']);
    });
});
