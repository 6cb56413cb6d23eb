import { createTokenInstance, type ILexingError, type IToken, type TokenType } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

/**
 * The grammar's lexer plus two things a regular expression cannot say:
 * - every statement ends with a newline token, so a file that does not end in one gets a zero-width one;
 * - a line that can start neither a statement nor an item (`4x8` without a name, a stray number) is reported and
 *   left out of the token stream: otherwise the parser would stop reading the session, or the file, there;
 * - an unclosed string or block comment is lexed up to its line's end (so it cannot swallow other lines) and
 *   reported here, on its own line.
 */
export class SplitLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const newline = this.definition['NL'] as TokenType;
        const last = result.tokens.at(-1);
        if (last?.tokenType !== newline) result.tokens.push(endOfFileNewline(newline, text, last));
        result.tokens = withoutStrayLines(result.tokens, text, result.errors);
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
const STRAY_STARTS = new Set(['NUMBER', 'TIME', 'TIMES', '@', '%', ',', '-', 'z1', 'z2', 'z3', 'z4', 'z5']);

function withoutStrayLines(tokens: IToken[], text: string, errors: ILexingError[]): IToken[] {
    const kept: IToken[] = [];
    let lineStart = true;
    for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        if (lineStart && STRAY_STARTS.has(token.tokenType.name)) {
            let end = index;
            while (end + 1 < tokens.length && tokens[end + 1].tokenType.name !== 'NL') end++;
            const written = text.slice(token.startOffset, tokens[end].endOffset! + 1);
            errors.push({
                offset: token.startOffset, line: token.startLine ?? 1, column: token.startColumn ?? 1, length: written.length,
                message: /[x×]/i.test(written) || /^\d+(\.\d+)?\s*[a-z%]/i.test(written)
                    ? `"${written}" names no exercise: write its name first, e.g. Squat ${written}`
                    : `Unexpected "${written}": a line starts with a weekday, an exercise name or a header keyword`,
            });
            index = end;
            continue;
        }
        kept.push(token);
        lineStart = token.tokenType.name === 'NL';
    }
    return kept.length === tokens.length ? tokens : kept;
}
