// Plan text with terminal escapes, BEL, backspace, CR, C1 controls and bidi controls ("Trojan Source") in every place
// the command line and the exports show it: nothing raw, everything visible as an escape, the rest of the text kept.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, escapeMarkdown, safeJson, terminalText } from '../../src/words/escapes.js';
import { fold, renderIcs } from '../../src/render/export/export-ics.js';
import { check } from '../helpers.js';

const NODE = process.execPath;
const CLI = resolve('out/cli/split-plan.cjs');

/** What may never reach an output raw: controls but tab and line feed, and bidi controls. */
const RAW = /(?![\t\n])[\p{Cc}\p{Bidi_Control}]/u;

const ESC = '\x1b';
const C1_CSI = '\x9b';
const TITLE = `Evil${ESC}]0;pwned\x07 plan\u202e`;
const SESSION = `Push${ESC}[2J${C1_CSI}31m day\b\b`;
const NAME = `Bench${ESC}[31m Press\u202dx`;
const NOTE = `note${ESC}[1A\u2066hidden\u2069`;
const PLAN = `plan "${TITLE}"
goal general

monday "${SESSION}" at 18:00
  "${NAME}"  3x8 "${NOTE}"
  Squat      3x8
`;

function run(args: string[], cwd: string) {
    const result = spawnSync(NODE, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function temp(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'split-hostile-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
}

function expectNoRawControls(text: string): void {
    const found = RAW.exec(text);
    expect(found, found ? `raw U+${found[0].codePointAt(0)!.toString(16)} at ${found.index}: ${JSON.stringify(text.slice(found.index - 20, found.index + 20))}` : '').toBeNull();
}

describe('terminal text', () => {
    it('shows every control and bidi control as an escape, and keeps everything else', () => {
        expect(terminalText(`a${ESC}[2Jb\x07c\b\r\n\x7f${C1_CSI}\u0085\u202a\u202e\u2066\u2069\u200f\u061c`))
            .toBe('a\\x1b[2Jb\\x07c\\b\\r\\n\\x7f\\x9b\\x85\\u202a\\u202e\\u2066\\u2069\\u200f\\u061c');
        expect(terminalText('tab\tÜbung ✓ — 4x8 @ 60kg "quoted" \\ 😀')).toBe('tab\tÜbung ✓ — 4x8 @ 60kg "quoted" \\ 😀');
    });

    it('JSON keeps its value and escapes what JSON.stringify leaves raw', () => {
        const value = { name: NAME, note: NOTE, c1: C1_CSI, del: '\x7f', tab: '\t' };
        const json = safeJson(JSON.stringify(value, null, 2));
        expectNoRawControls(json);
        expect(json).toContain('\\u202d');
        expect(JSON.parse(json)).toEqual(value);
    });
});

describe('split-plan check and diff', () => {
    it('check: names in messages, paths and the summary hold no raw control', () => {
        const folder = temp({ 'plan.split': PLAN, [`bad${ESC}[2Jname.split`]: 'plan "x"\nmonday\n  Nothing Known    3x8\n' });
        const result = run(['check', '.'], folder);
        expect(result.stderr).toBe('');
        expectNoRawControls(result.stdout);
        expect(result.stdout).toContain('Unknown exercise "Bench\\x1b[31m Press\\u202dx"');
        expect(result.stdout).toContain('bad\\x1b[2Jname.split');
        const fmt = run(['fmt', '--check', '.'], folder);
        expectNoRawControls(fmt.stdout);
        expect(fmt.stdout).toContain('bad\\x1b[2Jname.split');
    });

    it('check --format json and sarif: the same text, escaped in the JSON', () => {
        const folder = temp({ 'plan.split': PLAN });
        for (const format of ['json', 'sarif']) {
            const result = run(['check', '--format', format, 'plan.split'], folder);
            expectNoRawControls(result.stdout);
            expect(result.stdout).toContain('Unknown exercise \\"Bench\\u001b[31m Press\\u202dx\\"');
        }
        const json = JSON.parse(run(['check', '--format', 'json', 'plan.split'], folder).stdout) as { files: Array<{ diagnostics: Array<{ message: string }> }> };
        expect(json.files[0].diagnostics.map((diagnostic) => diagnostic.message)).toContainEqual(expect.stringContaining(`"${NAME}"`));
    });

    it('a title with a lone CR is two lines of the plan, and its message shows no CR', () => {
        const folder = temp({ 'plan.split': `plan "P"\nmonday "Push\rday${ESC}[1A" at 18:00\n  Squat 3x8\n` });
        const result = run(['check', 'plan.split'], folder);
        expectNoRawControls(result.stdout);
        // The second line is broken (SPEC §2.1): its message names the character it cannot read, escaped.
        expect(result.stdout).toContain('plan.split:3:1  error  Split cannot read "\\x1b" after "day"');
        expect(result.stdout).toContain('\\x1b');
    });

    it('diff: titles, sessions, names, prescriptions and notes as escapes', () => {
        const after = PLAN.replace(`3x8 "${NOTE}"`, `4x8 "${NOTE}${C1_CSI}"`).replace('monday', 'tuesday').replace('plan "Evil', 'plan "Good');
        const folder = temp({ 'old.split': PLAN, 'new.split': after });
        const result = run(['diff', 'old.split', 'new.split'], folder);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expectNoRawControls(result.stdout);
        expect(result.stdout).toContain('plan Evil\\x1b]0;pwned\\x07 plan\\u202e → Good\\x1b]0;pwned\\x07 plan\\u202e');
        expect(result.stdout).toContain('~ Monday "Push\\x1b[2J\\x9b31m day\\b\\b" 18:00 moved to Tuesday 18:00');
        expect(result.stdout).toContain('Bench\\x1b[31m Press\\u202dx 3x8, "note\\x1b[1A\\u2066hidden\\u2069" → 4x8, "note\\x1b[1A\\u2066hidden\\u2069\\x9b"');
    });

    it('error messages: arguments, paths and configuration keys as escapes, one line each', () => {
        const folder = temp({ 'plan.split': PLAN, '.splitrc.json': JSON.stringify({ rules: { [`x${ESC}]0;t\x07\r\nfake line`]: 'off' } }) });
        const config = run(['check', 'plan.split'], folder);
        expect(config.status).toBe(2);
        expectNoRawControls(config.stderr);
        expect(config.stderr).toContain('rules.x\\x1b]0;t\\x07\\r\\nfake line: unknown key');
        expect(config.stderr.trimEnd().split('\n')).toHaveLength(1);
        for (const args of [['check', '--format', `x${ESC}[2J`], ['check', `missing${ESC}[2J\u202e.split`], [`bad${ESC}c`], ['export', `x${C1_CSI}.split`, '--format', 'md']]) {
            const result = run(args, folder);
            expect(result.status, args.join(' ')).toBe(2);
            expectNoRawControls(result.stderr);
            expect(result.stderr).toMatch(/\\x1b|\\x9b/);
        }
    });
});

describe('exports', () => {
    const NOW = new Date(Date.UTC(2025, 5, 1, 12, 30, 5));

    it('Markdown: no raw control, the escapes visible in the rendered page, the tables whole', async () => {
        const folder = temp({ 'plan.split': PLAN });
        const result = run(['export', 'plan.split', '--format', 'md'], folder);
        expect(result.status).toBe(0);
        expectNoRawControls(result.stdout);
        const html = await marked.parse(result.stdout, { gfm: true });
        expectNoRawControls(html);
        expect(html).toContain('<h1>Evil\\x1b]0;pwned\\x07 plan\\u202e</h1>');
        expect(html).toContain('&quot;Push\\x1b[2J\\x9b31m day\\b\\b&quot; · 18:00');
        expect(html).toContain('<td>Bench\\x1b[31m Press\\u202dx (unknown exercise)</td>');
        expect(html).toContain('<em>note\\x1b[1A\\u2066hidden\\u2069</em>');
        for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) expect(row.match(/<t[dh][ >]/g)).toHaveLength(3);
        expect(escapeMarkdown(`a\u0085b\u202ec`)).toBe('a\\\\x85b\\\\u202ec');
    });

    it('iCalendar: no control but in CRLF, every line within 75 octets, ical.js reads the escapes back', async () => {
        const { week } = await check(PLAN);
        const text = renderIcs(week, { now: NOW, from: new Date(2025, 0, 1) });
        expectNoRawControls(text.replaceAll('\r\n', ''));
        for (const line of text.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const calendar = new ICAL.Component(ICAL.parse(text));
        // ical.js reads an X- property as written: TEXT's own escapes stay.
        expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Evil\\\\x1b]0\\;pwned\\\\x07 plan\\\\u202e');
        const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
        expect(event.summary).toBe('Push\\x1b[2J\\x9b31m day\\b\\b');
        expect(event.description).toBe('Bench\\x1b[31m Press\\u202dx 3x8, "note\\x1b[1A\\u2066hidden\\u2069"\nSquat 3x8');
    });

    it('iCalendar: TEXT round-trips through ical.js whatever octet a fold falls on', () => {
        const text = 'a\\b;c,d\ne\tÜ✓😀\x1b\u202e'.repeat(3);
        for (let pad = 0; pad < 80; pad++) {
            const line = `DESCRIPTION:${'x'.repeat(pad)}${escapeIcsText(text)}`;
            const folded = fold(line);
            for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
            expect(folded.replaceAll('\r\n ', '')).toBe(line);
            const calendar = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
            const event = new ICAL.Component(ICAL.parse(calendar)).getFirstSubcomponent('vevent')!;
            expect(event.getFirstPropertyValue('description')).toBe(`${'x'.repeat(pad)}${text.split('\n').map(terminalText).join('\n')}`);
        }
    });
});
