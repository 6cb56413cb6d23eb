import { createTokenInstance, type ILexingError, type IToken, type TokenType } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import { isWordOf } from '../facts/vocabulary.js';

/**
 * The grammar's lexer plus what a regular expression cannot say:
 * - every statement ends with a newline token, so a file that does not end in one gets a zero-width one;
 * - an unclosed string or block comment is lexed up to its line's end (so it cannot swallow other lines) and
 *   reported here, on its own line;
 * - a broken line is left out of the token stream, so that the parser never reads it and it changes no other line
 *   (SPEC §2.1): a line with a lexer error, a line that can start neither a statement nor an item (`4x8` without a
 *   name, or before the first session a line that starts no statement: `Day 1`), and the lines the parser found broken (`brokenLines`, set by split-parser.ts for its second reading).
 *   An unindented one with indented lines below is a broken session header: it stays as one BROKEN_HEADER token,
 *   so that the items below belong to no session rather than to the one above.
 */
export class SplitLexer extends DefaultLexer {
    /**
     * Set by split-parser.ts while it reads a plan: the 0-based lines it found broken, to leave out. Unset, the lexer
     * lexes as written (completion lexes a line on its own).
     */
    brokenLines: ReadonlySet<number> | undefined;

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const newline = this.definition['NL'] as TokenType;
        const last = result.tokens.at(-1);
        if (last?.tokenType !== newline) result.tokens.push(endOfFileNewline(newline, text, last));
        for (const token of result.tokens) {
            if (token.tokenType.name === 'STRING' && !/^".*"$/s.test(token.image)) {
                result.errors.push(lexingError(token, 'Missing closing quote: end the text with "'));
            }
        }
        for (const token of result.hidden) {
            // `/*/` starts a comment that it does not close.
            if (token.image.startsWith('/*') && !(token.image.length >= 4 && token.image.endsWith('*/'))) {
                result.errors.push(lexingError(token, 'Unclosed comment: end it with */ on this line, or use // for a line comment'));
            }
        }
        if (!this.brokenLines) return result;
        const broken = new Set(this.brokenLines);
        for (const error of result.errors) broken.add((error.line ?? 1) - 1);
        result.tokens = withoutBrokenLines(result.tokens, text, broken, result.errors, this.definition['BROKEN_HEADER'] as TokenType);
        return result;
    }
}

function endOfFileNewline(newline: TokenType, text: string, last: IToken | undefined): IToken {
    const line = last?.endLine ?? 1;
    const column = (last?.endColumn ?? 0) + 1;
    return createTokenInstance(newline, '', text.length, text.length - 1, line, line, column, column - 1);
}

function lexingError(token: IToken, message: string): ILexingError {
    return { offset: token.startOffset, line: token.startLine ?? 1, column: token.startColumn ?? 1, length: token.image.length, message };
}

/** Tokens that cannot start a line: a line starting with one is not a statement or an item. */
const STRAY_STARTS = new Set(['NUMBER', 'TIME', 'TIMES', '@', '%', ',', '-', '/', '+', 'z1', 'z2', 'z3', 'z4', 'z5']);

/** The message of a line that starts with what starts no line; split-parser.ts says it in the user's words. */
const STRAY_LINE = 'stray line';

function withoutBrokenLines(tokens: IToken[], text: string, broken: Set<number>, errors: ILexingError[], brokenHeader: TokenType): IToken[] {
    const kept: IToken[] = [];
    let inSession = false;
    let changed = false;
    for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        if (token.tokenType.name === 'NL') {
            kept.push(token);
            continue;
        }
        // The line's tokens: from this one to the one before its newline.
        let end = index;
        while (end + 1 < tokens.length && tokens[end + 1].tokenType.name !== 'NL') end++;
        const line = (token.startLine ?? 1) - 1;
        const starts = token.tokenType.name;
        // Most lines are items of a session: the vocabulary is asked only before the first.
        if (!inSession && isWordOf(starts, 'weekday')) inSession = true;
        const stray = STRAY_STARTS.has(starts) || (!inSession && !isWordOf(starts, 'header', 'declaration'));
        if (stray && !broken.has(line)) {
            broken.add(line);
            errors.push({ ...lexingError(token, STRAY_LINE), length: tokens[end].endOffset! + 1 - token.startOffset });
        }
        if (!broken.has(line)) {
            for (let each = index; each <= end; each++) kept.push(tokens[each]);
        } else {
            changed = true;
            // The line's first character: the token may follow one the lexer skipped (`• Squat`).
            const lineStart = token.startOffset - (token.startColumn ?? 1) + 1;
            if (!/[ \t]/.test(text[lineStart]) && indentedBelow(tokens, end)) {
                const endOffset = tokens[end].endOffset!;
                kept.push(createTokenInstance(brokenHeader, text.slice(lineStart, endOffset + 1), lineStart, endOffset,
                    token.startLine!, tokens[end].endLine!, 1, tokens[end].endColumn!));
                inSession = true;
            }
        }
        index = end;
    }
    return changed ? kept : tokens;
}

/** Whether the first line of code after the token at `end` is indented. */
function indentedBelow(tokens: IToken[], end: number): boolean {
    let next = end + 1;
    while (next < tokens.length && tokens[next].tokenType.name === 'NL') next++;
    return next < tokens.length && (tokens[next].startColumn ?? 1) > 1;
}
