import type { IToken } from 'chevrotain';
import type { LangiumDocument, Lexer } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isWordOf } from '../../facts/vocabulary.js';
import { lineEndAt } from '../../utils/text-lines.js';

/** The line at the cursor as completion reads it: a line being typed rarely parses, so its text, not the tree. */
export interface LineContext {
    /** The line up to the cursor, comments blanked out. */
    readonly before: string;
    /** The rest of the line after the cursor, comments blanked out. */
    readonly after: string;
    readonly indent: string;
    readonly line: number;
    readonly inComment: boolean;
    readonly inString: boolean;
    /** Whether an earlier line opened a session that this line would belong to. */
    readonly inSession: boolean;
    readonly beforeFirstSession: boolean;
    /** A range on this line between two columns. */
    range(start: number, end: number): Range;
}

export function lineContext(document: LangiumDocument, position: { line: number; character: number }): LineContext | undefined {
    const textDocument = document.textDocument;
    const text = textDocument.getText();
    const offset = textDocument.offsetAt(position);
    const lineStart = textDocument.offsetAt({ line: position.line, character: 0 });
    const lineEnd = lineEndAt(text, offset);
    const { code, inComment, inString } = blankComments(text, lineEnd, offset);
    const before = code.slice(lineStart, offset);
    const previous = code.slice(0, lineStart).split(/\r\n|\r|\n/);
    let inSession = false;
    for (let index = previous.length - 1; index >= 0; index--) {
        const first = /^[ \t]*([A-Za-z]+)\b/.exec(previous[index])?.[1]?.toLowerCase();
        if (!first && !previous[index].trim()) continue;
        if (first && isWordOf(first, 'weekday')) { inSession = true; break; }
        if (first && isWordOf(first, 'header', 'declaration')) break;
    }
    const beforeFirstSession = !previous.some((line) => isWordOf(/^[ \t]*([A-Za-z]+)\b/.exec(line)?.[1] ?? '', 'weekday'));
    const line = position.line;
    return {
        before,
        after: code.slice(offset, lineEnd),
        indent: /^[ \t]*/.exec(before)![0],
        line,
        inComment,
        inString,
        inSession,
        beforeFirstSession,
        range: (start, end) => ({ start: { line, character: start }, end: { line, character: end } }),
    };
}

/**
 * The text up to `end` with comments replaced by spaces (as the lexer reads them: a closed block comment may span
 * lines, an unclosed one ends at its line, strings end at their line), and whether `offset` is in a comment or string.
 */
function blankComments(text: string, end: number, offset: number): { code: string; inComment: boolean; inString: boolean } {
    const chunks: string[] = [];
    let inComment = false;
    let inString = false;
    let index = 0;
    let plain = 0;
    const flush = (upTo: number) => {
        if (upTo > plain) chunks.push(text.slice(plain, upTo));
    };
    // Both searches only move forward, so each character is scanned about once, whatever the text holds (a line of
    // quotes, thousands of unclosed comments).
    const lineEnd = forwardSearch((from) => lineEndAt(text, from));
    const commentClose = forwardSearch((from) => text.indexOf('*/', from));
    while (index < end) {
        const char = text[index];
        if (char === '/' && (text[index + 1] === '/' || text[index + 1] === '*')) {
            const close = text[index + 1] === '*' ? commentClose(index + 2) : -1;
            const stop = close >= 0 ? close + 2 : lineEnd(index);
            if (index < offset && (close >= 0 ? offset < stop : offset <= stop)) inComment = true;
            flush(index);
            chunks.push(text.slice(index, Math.min(stop, end)).replace(/[^\r\n]/g, ' '));
            index = plain = stop;
            continue;
        }
        if (char === '"') {
            const ends = lineEnd(index);
            const close = text.indexOf('"', index + 1);
            const closed = close >= 0 && close < ends;
            const stop = closed ? close + 1 : ends;
            if (index < offset && (closed ? offset < stop : offset <= stop)) inString = true;
            index = stop;
            continue;
        }
        index++;
    }
    flush(Math.min(index, end));
    return { code: chunks.join(''), inComment, inString };
}

/**
 * A search for the first match at or after a position, for positions that only grow: the last answer stands until
 * the position passes it (a miss, -1, stands for good).
 */
function forwardSearch(search: (from: number) => number): (from: number) => number {
    let found: number | undefined;
    return (from) => {
        if (found === undefined || (found !== -1 && found < from)) found = search(from);
        return found;
    };
}

/** The grammar's tokens of a piece of a line, without the newline the lexer ends every text with. */
export function lineTokens(lexer: Lexer, text: string): IToken[] {
    return lexer.tokenize(text).tokens.filter((token) => token.tokenType.name !== 'NL');
}

/** A token that reads as a word: a name's, a keyword's, or one being typed. */
export function isWordToken(token: IToken): boolean {
    return /^[A-Za-z\u00C0-\u024F]/.test(token.image);
}

/** A string with its closing quote: a title, a quoted name. */
export function isClosedString(token: IToken): boolean {
    return token.tokenType.name === 'STRING' && token.image.length > 1 && token.image.endsWith('"');
}

/** The offset just after a token. */
export function tokenEnd(token: IToken): number {
    return token.endOffset! + 1;
}
