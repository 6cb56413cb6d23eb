import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CstUtils, EmptyFileSystem, isLeafCstNode, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { Range, TextEdit } from 'vscode-languageserver-protocol';
import { createSplitServices } from '../../../src/language/split-lsp-module.js';
import { conformancePlans } from '../../conformance/conformance-cases.js';
import { applyEdits } from '../../protocol/lsp-client.js';

// The formatter (SPEC §7: the layout of §2, prescriptions aligned in a column per session, comments kept, idempotent),
// called directly through the language server's services.

const { shared, Split } = createSplitServices({ ...EmptyFileSystem });
const formatter = Split.lsp.Formatter!;
const options = { tabSize: 2, insertSpaces: true };
let count = 0;

function parse(text: string): LangiumDocument {
    return shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:/format-${++count}.split`));
}

async function formatEdits(text: string): Promise<TextEdit[]> {
    const document = parse(text);
    return formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
}

async function format(text: string): Promise<string> {
    return applyEdits(text, await formatEdits(text));
}

async function formatRange(text: string, range: Range): Promise<string> {
    const document = parse(text);
    return applyEdits(text, await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, range, options }));
}

/** The comments of a text, as the lexer sees them, in order (trailing blanks aside). */
function comments(text: string): string[] {
    const root = parse(text).parseResult.value.$cstNode!;
    return CstUtils.streamCst(root).filter((node) => isLeafCstNode(node) && node.hidden).map((node) => node.text.trimEnd()).toArray();
}

/** The canonical layout: the example of SPEC §2. */
const CANONICAL = `// Legs and back twice a week: a bro split with one combined day
plan "Legs and Back Twice"
goal hypertrophy          // hypertrophy (default) | strength | endurance | general
age 30                    // optional: enables heart-rate checks (HRmax = 208 - 0.7 x age)
units kg                  // kg (default) | lb
import "lib/gym.split"    // exercise declarations shared between plans

/** A plate-loaded machine row with independent arms; chest supported. */
exercise "Hammer Strength Row" primary lats, middle back secondary biceps compound

monday "Back"
  Deadlift                4x5 @ 140kg
  Pull-Up                 4x8-12 @ RPE 8
  Barbell Row             4x10 rest 90s

tuesday "Legs" at 18:00
  Squat                   4x6 @ 75%
  Bulgarian Split Squat   3x8 each
  Leg Extension           5x15 drop 4-5
  Seated Calf Raise       1x75 rest-pause 15s

wednesday "Chest and Biceps"
  Bench Press             4x8
  Barbell Curl            3x12

thursday at 07:00
  Run                     30min easy
thursday "Shoulders and Triceps" at 18:00
  Overhead Press          4x8
  Triceps Pushdown        3x12 drop last

friday "Legs and Back"
  Leg Extension           5x15 drop 4,5
  Hammer Strength Row     5x10 drop last
  Squat                   4x10
  Barbell Row             4x10
  Seated Calf Raise       1x75 rest-pause

saturday rest
sunday rest
`;

/** The same plan as typed in a hurry: tabs, wrong indentation, `4 x 10`, `140 kg`, extra and missing blank lines. */
const MESSY = `

// Legs and back twice a week: a bro split with one combined day
plan   "Legs and Back Twice"
goal hypertrophy // hypertrophy (default) | strength | endurance | general
\tage 30\t// optional: enables heart-rate checks (HRmax = 208 - 0.7 x age)
units    kg  // kg (default) | lb
import "lib/gym.split"             // exercise declarations shared between plans



   /** A plate-loaded machine row with independent arms; chest supported. */
exercise "Hammer Strength Row"   primary lats ,middle back secondary  biceps compound
monday "Back"
Deadlift 4 x 5 @ 140 kg
\tPull-Up   4x8 - 12 @RPE 8
      Barbell  Row 4×10 rest 90 s


tuesday   "Legs"   at 18:00
  Squat 4x6@75 %
  Bulgarian Split Squat 3x8 each
  Leg Extension 5x15 drop 4 - 5
  Seated Calf Raise 1x75 rest-pause 15 s
wednesday "Chest and Biceps"
    Bench Press 4 x 8
  Barbell Curl 3x12   \t
thursday at 07:00
  Run 30 min easy
thursday "Shoulders and Triceps" at 18:00
  Overhead Press 4X8
  Triceps Pushdown    3x12 drop last

friday "Legs and Back"
  Leg Extension  5x15 drop 4 , 5
  Hammer Strength Row 5x10 drop last
  Squat 4x10
  Barbell Row 4 x 10
  Seated Calf Raise 1x75 rest-pause
saturday rest
sunday rest


`;

/** Every kind of comment, most of them misplaced. */
const COMMENTED = `// split-disable weekly-volume
/* A block comment
     over several lines, kept as written. */
plan "Comments" // the plan's name
goal strength   // trailing
                // and its continuation
/** A doc comment. */
exercise "Kelso Shrug" primary middle back isolation  /* a trailing block comment */

    // Monday: heavy
monday "Heavy"   // header comment
// before the first item
  Squat 4x5 @ 140kg // top sets
       // a note on the item: a comment line right under it, indented deeper
  Bench Press 3x8   // second
                    // continued
 Kelso Shrug 3x12
 // the end of monday
// split-disable-next-line recovery-window
tuesday "Light"
  Leg Press 3x10
// at the end of the file
`;

describe('formatting (SPEC §7)', () => {
    it('formats the SPEC §2 example from a messy version into the canonical layout', async () => {
        expect(await format(MESSY)).toBe(CANONICAL);
    });

    it('leaves the canonical layout as it is (no edits)', async () => {
        expect(await formatEdits(CANONICAL)).toEqual([]);
    });

    it('the canonical layout is the example of SPEC §2 (copied into test/fixtures/spec-example.split)', () => {
        expect(readFileSync('test/fixtures/spec-example.split', 'utf8')).toBe(CANONICAL);
    });

    it('aligns the prescriptions in one column per session: the longest name plus at least two spaces', async () => {
        const text = 'monday "Arms"\n  Barbell Curl 3x10\n  Overhead Triceps Extension 3x12 // long\n  Plank 3x45s\ntuesday\n  Squat 5x5\n  Leg Press 3x10\n';
        const lines = (await format(text)).split('\n');
        expect(lines.slice(0, 4)).toEqual([
            'monday "Arms"',
            '  Barbell Curl                3x10',
            '  Overhead Triceps Extension  3x12  // long',
            '  Plank                       3x45s',
        ]);
        // A session of short names keeps the 24-character name field of the canonical layout.
        expect(lines.slice(4)).toEqual(['', 'tuesday', '  Squat                   5x5', '  Leg Press               3x10', '']);
    });

    it.each([
        ['Squat', '4 x 10', '4x10'],
        ['Squat', '4×10', '4x10'],
        ['Squat', '4 X 10', '4x10'],
        ['Squat', '3 x 8 - 12', '3x8-12'],
        ['Squat', '3 x AMRAP', '3xAMRAP'],
        ['Squat', '4x8@80 kg', '4x8 @ 80kg'],
        ['Squat', '4x6 @ 75 %', '4x6 @ 75%'],
        ['Squat', '4x5 @ RPE   8', '4x5 @ RPE 8'],
        ['Squat', '3x8 @RIR 2', '3x8 @ RIR 2'],
        ['Squat', '1x5 @ 140kg ,3x8 @ 110kg', '1x5 @ 140kg, 3x8 @ 110kg'],
        ['Squat', '5x15 drop 4 , 5', '5x15 drop 4,5'],
        ['Squat', '5x15 drop 4 - 5', '5x15 drop 4-5'],
        ['Squat', '4x10 rest 90 s', '4x10 rest 90s'],
        ['Squat', '3x10  each  "slow, controlled"', '3x10 each "slow, controlled"'],
        ['Run', '30 min easy', '30min easy'],
        ['Run', '5 km @ 150 bpm', '5km @ 150bpm'],
        ['Run', '8 x 400 m hard', '8x400m hard'],
    ])('%s: writes `%s` as `%s`', async (name, written, expected) => {
        expect(await format(`monday\n  ${name} ${written}\n`)).toBe(`monday\n  ${name.padEnd(24)}${expected}\n`);
    });

    it('keeps the weekday and the words as written, one space between tokens', async () => {
        expect(await format('MON   "Push"  at  07:00\n  bench   press 4x8\nThu rest\n')).toBe('MON "Push" at 07:00\n  bench press             4x8\n\nThu rest\n');
    });

    it('keeps every comment, verbatim and in order, each in its place', async () => {
        const formatted = await format(COMMENTED);
        expect(comments(formatted)).toEqual(comments(COMMENTED));
        let from = 0;
        for (const comment of comments(COMMENTED)) {
            const at = formatted.indexOf(comment, from);
            expect(at, comment).toBeGreaterThanOrEqual(from);
            from = at + comment.length;
        }
        expect(formatted).toBe(`// split-disable weekly-volume
/* A block comment
     over several lines, kept as written. */
plan "Comments"           // the plan's name
goal strength             // trailing
                          // and its continuation
/** A doc comment. */
exercise "Kelso Shrug" primary middle back isolation  /* a trailing block comment */

// Monday: heavy
monday "Heavy"                         // header comment
  // before the first item
  Squat                   4x5 @ 140kg  // top sets
      // a note on the item: a comment line right under it, indented deeper
  Bench Press             3x8          // second
                                       // continued
  Kelso Shrug             3x12
  // the end of monday

// split-disable-next-line recovery-window
tuesday "Light"
  Leg Press               3x10
// at the end of the file
`);
    });

    const examples = readdirSync('examples').filter((file) => file.endsWith('.split')).map((file) => join('examples', file));
    const cases = conformancePlans({ library: true });

    it.each([...examples, ...cases])('is idempotent and keeps every comment: %s', async (path) => {
        const text = readFileSync(path, 'utf8');
        const once = await format(text);
        expect(await format(once)).toBe(once);
        expect(await formatEdits(once)).toEqual([]);
        expect(comments(once)).toEqual(comments(text));
    });

    it.each([['the messy plan', MESSY], ['the commented plan', COMMENTED]])('is idempotent on %s', async (_name, text) => {
        const once = await format(text);
        expect(await format(once)).toBe(once);
    });

    it('keeps every character of a broken line and formats the others', async () => {
        const broken = '  Squat   4x8  @  kg     // expect: syntax error   ';
        const stray = '    4 x 8';
        const unclosed = '  Bench Press 4x8 "no end  ';
        const text = `plan "Broken"\nmonday "Legs"\n   Leg Press 3 x 10\n${broken}\n${stray}\n${unclosed}\n  Leg Curl 3x12\n`;
        const document = parse(text);
        expect(document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length).toBeGreaterThan(0);
        const formatted = await format(text);
        const lines = formatted.split('\n');
        expect(lines).toContain(broken);
        expect(lines).toContain(stray);
        expect(lines).toContain(unclosed);
        expect(lines).toContain('  Leg Press               3x10');
        expect(lines).toContain('  Leg Curl                3x12');
        expect(formatted.indexOf(broken)).toBeLessThan(formatted.indexOf(stray));
        expect(formatted.indexOf(stray)).toBeLessThan(formatted.indexOf(unclosed));
        expect(await format(formatted)).toBe(formatted);
    });

    it('formats a range: the sessions it touches, and nothing else', async () => {
        const text = 'plan   "Range"\nmonday\n  Squat 4 x 8\n  Leg Press 3x10\ntuesday   "Push"\n Bench Press 4 x 8 // heavy\n    Overhead Press 3x10\nwednesday\n  Barbell Row 4 x 8\n';
        // A selection inside Tuesday's second item.
        const formatted = await formatRange(text, { start: { line: 6, character: 5 }, end: { line: 6, character: 8 } });
        expect(formatted).toBe('plan   "Range"\nmonday\n  Squat 4 x 8\n  Leg Press 3x10\n\ntuesday "Push"\n  Bench Press             4x8  // heavy\n  Overhead Press          3x10\nwednesday\n  Barbell Row 4 x 8\n');
        // The formatted session is what formatting the whole document makes of it.
        const whole = await format(text);
        expect(whole).toContain('\ntuesday "Push"\n  Bench Press             4x8  // heavy\n  Overhead Press          3x10\n\nwednesday\n');
        // A range over the header statement formats only the header.
        expect(await formatRange(text, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } })).toBe(text.replace('plan   "Range"', 'plan "Range"'));
    });

    it('gives no edits for a formatted file, and one trailing newline at the end', async () => {
        for (const path of examples) expect(await formatEdits(await format(readFileSync(path, 'utf8')))).toEqual([]);
        expect(await format('monday\n  Squat 4x8')).toBe('monday\n  Squat                   4x8\n');
        expect(await format('\n\nmonday\n  Squat 4x8\n\n\n\n')).toBe('monday\n  Squat                   4x8\n');
    });

    it('keeps Windows line ends', async () => {
        expect(await format('plan "W"\r\nmonday\r\n  Squat 4 x 8\r\n')).toBe('plan "W"\r\n\r\nmonday\r\n  Squat                   4x8\r\n');
    });

    it('formats the text as it reads now when an edit has arrived but the document is not yet parsed again', async () => {
        // As in the editor: the text document is updated in place at once; the next build parses it later.
        const messy = 'monday\n  Squat 4 x 8\n  Leg Press 3x10\ntuesday\n  Bench Press 4x8\n';
        const textDocument = TextDocument.create(`memory:/format-${++count}.split`, 'split', 1, messy);
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument);
        const formatted = applyEdits(messy, formatter.formatDocument(document, { textDocument: { uri: textDocument.uri }, options }) as TextEdit[]);
        TextDocument.update(textDocument, [{ text: formatted }], 2);
        expect(document.textDocument.getText()).toBe(formatted);
        // The old parse is of the messy text; a second format of the formatted text changes nothing.
        expect(formatter.formatDocument(document, { textDocument: { uri: textDocument.uri }, options })).toEqual([]);
        const retyped = formatted.replace('  Bench Press             4x8', '  Bench Press 5 x 5');
        TextDocument.update(textDocument, [{ text: retyped }], 3);
        expect(applyEdits(retyped, formatter.formatDocument(document, { textDocument: { uri: textDocument.uri }, options }) as TextEdit[])).toBe(formatted.replace('Bench Press             4x8', 'Bench Press             5x5'));
    });
});

describe('the notations of SPEC v2 §2.5', () => {
    const written = [
        'ftp   250',
        'monday :',
        '  Squat 1x5 @ 65% , 1x5+ @ 85%  // top set',
        '  Romanian Deadlift 3 - 4 x 8 @ RPE 7 - 8',
        '  Bench Press 4x10 , 8 , 6 , 4 @ 60 - 70% rest 2 - 3min',
        '  Dumbbell Bench Press 3x12 / 10 / 8 @ 24kg each',
        '  Plank 3x20 - 30s',
        '  Triceps Pushdown 3x12 drop',
        'tuesday "Ride" at 07:00:',
        '  Cycling 1h 30min @ 75% FTP',
        '  Cycling 45min @ 200 W',
        '  Run 10km @ 5:00 / km easy',
        '  Run 30min @ 70%   HRmax',
        '',
    ].join('\n');
    const expected = [
        'ftp 250',
        '',
        'monday:',
        '  Squat                   1x5 @ 65%, 1x5+ @ 85%  // top set',
        '  Romanian Deadlift       3-4x8 @ RPE 7-8',
        '  Bench Press             4x10,8,6,4 @ 60-70% rest 2-3min',
        '  Dumbbell Bench Press    3x12/10/8 @ 24kg each',
        '  Plank                   3x20-30s',
        '  Triceps Pushdown        3x12 drop',
        '',
        'tuesday "Ride" at 07:00:',
        '  Cycling                 1h30min @ 75% FTP',
        '  Cycling                 45min @ 200W',
        '  Run                     10km @ 5:00/km easy',
        '  Run                     30min @ 70% HRmax',
        '',
    ].join('\n');

    it('are laid out as SPEC §2 writes them, aligned per session, the comment kept', async () => {
        expect(await format(written)).toBe(expected);
    });

    it('idempotently', async () => {
        expect(await format(expected)).toBe(expected);
    });
});
