import { WEEKDAYS } from '../facts/defaults.js';

// What a broken line says (SPEC §2.1): once, in the user's words, what was found and what to write instead, never the
// parser's or lexer's own text. The notations people paste from spreadsheets, forums and apps are recognised by
// their shape; any other line gets what was found where, and the shape of a line.

/** An edit of the broken line that makes it what the message says to write; columns are 0-based within the line. */
export interface BrokenLineFix {
    readonly title: string;
    readonly from: number;
    readonly to: number;
    readonly text: string;
}

export interface BrokenLineReport {
    readonly message: string;
    readonly fix?: BrokenLineFix;
}

/** What the lexer or parser found first on the line: its column (0-based) and its own message. */
export interface FirstProblem {
    readonly column: number;
    readonly message: string;
}

const WEEKDAY = `(?:${WEEKDAYS.map((day) => `${day.slice(0, 3)}(?:${day.slice(3)})?`).join('|')})`;

interface Shape {
    readonly pattern: RegExp;
    /** The report of a line of this shape; undefined when the match is not what is wrong with it. */
    readonly report: (match: RegExpExecArray, line: string) => BrokenLineReport | undefined;
}

/** The code of a line: without its indentation, its trailing comment and trailing blanks. */
function codeOf(line: string): { code: string; start: number } {
    const start = line.length - line.trimStart().length;
    const comment = line.indexOf('//', start);
    return { code: line.slice(start, comment === -1 ? undefined : comment).trimEnd(), start };
}

const SHAPES: readonly Shape[] = [
    {
        // `- Bench Press 3x5`, `* Squat 4x8`, `• Row 3x10`: a list pasted from notes or Markdown.
        pattern: /^([-*•+]|\d{1,2}[.)])\s+(?=\S)/,
        report: (match) => ({
            message: `Remove the list ${/\d/.test(match[1]) ? 'number' : 'bullet'} "${match[1]}": a line starts with a weekday or an exercise name`,
            fix: { title: `Remove the list ${/\d/.test(match[1]) ? 'number' : 'bullet'}`, from: 0, to: match[0].length, text: '' },
        }),
    },
    {
        // `4x8`, `30min easy`: a prescription without its exercise
        pattern: /^\d+(?:\.\d+)?\s*(?:[x×]|[a-z%])/i,
        report: (_match, line) => ({ message: `"${line}" names no exercise: write its name first, e.g. Squat ${line}` }),
    },
    {
        // `Monday (Push)`, `Monday - Push`, `Monday: Push`
        pattern: new RegExp(`^(${WEEKDAY})\\s*(?:\\(\\s*([^)"]*?)\\s*\\)|[-–:]\\s*([^"]+?))\\s*:?$`, 'i'),
        report: (match) => {
            const written = `${match[1].toLowerCase()} "${match[2] ?? match[3]}"`;
            return { message: `A session's title is quoted: write ${written}`, fix: { title: `Write ${written}`, from: 0, to: match[0].length, text: written } };
        },
    },
    {
        // `Day 1`, `Day A`, `Week 1 Day 2`: sessions are weekdays.
        pattern: /^(?:week\s*\d+\s*[,:-]?\s*)?day\s*(\w+)\b/i,
        report: (match) => ({ message: `Sessions start with a weekday, e.g. monday "Day ${match[1]}"` }),
    },
    {
        // `3 sets of 10`, `3 sets x 10 reps`, `3 x 10 reps`
        pattern: /\b(\d+)\s*sets?\s*(?:of|x|×)\s*(\d+(?:\s*-\s*\d+)?)(?:\s*reps?)?\b|\b(\d+)\s*[x×]\s*(\d+(?:-\d+)?)\s*reps?\b/i,
        report: (match, line) => {
            const written = `${match[1] ?? match[3]}x${(match[2] ?? match[4]).replace(/\s+/g, '')}`;
            const from = line.indexOf(match[0]);
            return { message: `Write ${written} for ${match[0]}`, fix: { title: `Write ${written}`, from, to: from + match[0].length, text: written } };
        },
    },
    {
        // `5/3/1`, `5/3/1+`: a program, not a prescription.
        pattern: /(?:^|\s)\d+\/\d+\/\d+\+?(?:\s|$)/,
        report: () => ({ message: `"5/3/1" is a program, not a prescription: write the week's sets, e.g. 1x5, 1x3, 1x1+` }),
    },
    {
        // `at 25:00`, `at 6pm`, `at 6:30 am`, `at noon`
        pattern: /\bat\s+(\d{1,2})?(?::(\d{2}))?\s*([ap]\.?m\.?|h)?\b|\bat\s+(\S+)/i,
        report: (match) => {
            const [hours, minutes, half] = [match[1] === undefined ? NaN : Number(match[1]), Number(match[2] ?? 0), match[3]?.[0]?.toLowerCase()];
            // `at 18:00` is a time of day: the line is broken elsewhere.
            if (match[2] !== undefined && !half && hours < 24 && minutes < 60) return undefined;
            const inDay = hours + (half === 'p' && hours < 12 ? 12 : 0) - (half === 'a' && hours === 12 ? 12 : 0);
            const example = Number.isInteger(inDay) && inDay < 24 && minutes < 60
                ? `${String(inDay).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` : '18:00';
            return { message: timeOfDayMessage(example) };
        },
    },
    {
        // `Bench Press: 3x5`
        pattern: /^([^:\d"]+?):\s*(?=\d)/,
        report: (match) => ({ message: `Remove the colon after "${match[1]}": write ${match[1]} then its prescription`, fix: { title: 'Remove the colon', from: match[1].length, to: match[0].length, text: ' ' } }),
    },
    {
        // `Squat 3x5 100kg`: a load without its `@`
        pattern: /\d\s*[x×]\s*\d+(?:-\d+)?\s+(\d+(?:\.\d+)?\s*(?:kg|lbs?|%))/i,
        report: (match) => ({ message: `A load follows @: write @ ${match[1].replace(/\s+/g, '')}` }),
    },
    {
        // `Squat 3x8 (heavy)`: a note in brackets
        pattern: /\(([^)]*)\)/,
        report: (match) => ({ message: `A note is quoted: write "${match[1]}"` }),
    },
    {
        // `Squat 3×8–10`: a dash that is not a hyphen
        pattern: /\d\s*[–—]\s*\d/,
        report: () => ({ message: 'Write a range with a hyphen, e.g. 3x8-12' }),
    },
];

/** What a time that is not a time of day is told (`at 25:00`, `at 6pm`); `example` is the time meant, when known. */
export function timeOfDayMessage(example = '18:00'): string {
    return `A time of day is HH:MM from 00:00 to 23:59: write at ${example}`;
}

/** How the line should read: an item, or a session header (an unindented line). */
function lineShape(line: string): string {
    return /^\s/.test(line)
        ? 'an item is an exercise then its prescription, e.g. Squat 4x8 @ 100kg rest 2min'
        : 'a session starts with a weekday, e.g. monday "Legs" at 18:00';
}

/** The report of a broken line: a known shape's, else what the lexer or parser found, in words. */
export function describeBrokenLine(line: string, problem: FirstProblem): BrokenLineReport {
    const { code, start } = codeOf(line);
    for (const shape of SHAPES) {
        const match = shape.pattern.exec(code);
        const report = match && shape.report(match, code);
        if (!report) continue;
        const { message, fix } = report;
        return { message, fix: fix && { ...fix, from: fix.from + start, to: fix.to + start } };
    }
    const found = foundAt(line, problem.column);
    // The lexer's and this module's own messages that already say it in words (an unclosed string or comment).
    if (/^(Missing closing quote|Unclosed comment)/.test(problem.message)) return { message: problem.message };
    if (!found) return { message: `"${code}" is not complete: ${lineShape(line)}` };
    const [before] = [line.slice(start, problem.column).trimEnd()];
    return { message: `Split cannot read "${found}"${before ? ` after "${lastWords(before)}"` : ''}: ${lineShape(line)}` };
}

/** The fix of a broken line, when its shape has one (the code actions ask). */
export function brokenLineFix(line: string): BrokenLineFix | undefined {
    return describeBrokenLine(line, { column: 0, message: '' }).fix;
}

/** The word or symbol at a column. */
function foundAt(line: string, column: number): string {
    const rest = line.slice(column);
    return /^(?:[\p{L}\p{N}'’.:-]+|\S)/u.exec(rest)?.[0] ?? '';
}

function lastWords(text: string): string {
    const words = text.split(/\s+/);
    return words.slice(-2).join(' ');
}
