import { createTokenInstance, type ILexingError, type IToken, type TokenType } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

/**
 * The grammar's lexer plus two things a regular expression cannot say:
 * - every statement ends with a newline token, so a file that does not end in one gets a zero-width one;
 * - an unclosed string or block comment is lexed up to its line's end (so it cannot swallow other lines) and
 *   reported here, on its own line.
 */
export class SplitLexer extends DefaultLexer {
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
            if (token.image.startsWith('/*') && !token.image.endsWith('*/')) {
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
