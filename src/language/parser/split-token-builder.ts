import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import { lineEndAt } from '../utils/text-lines.js';

/**
 * The grammar's tokens, with block comments matched by hand. ML_COMMENT (split.langium) is a closed `/* … *\/`, or an
 * unclosed `/*` up to the end of its line; as a regular expression, every unclosed `/*` searches the rest of the file
 * for a `*\/`, so a file of thousands of them took quadratic time. The matcher below answers the same, remembering
 * within one run of the lexer where the next `*\/` is.
 */
export class SplitTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'ML_COMMENT') Object.assign(token, { PATTERN: blockComments(), LINE_BREAKS: true, START_CHARS_HINT: ['/'] });
        return token;
    }

    /** The `/` of `3x12/10/8` gives way to a block comment, whose matcher Langium cannot look into. */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const alternatives = super.findLongerAlt(keyword, terminalTokens);
        const comment = terminalTokens.find((token) => token.name === 'ML_COMMENT');
        return comment && '/*'.startsWith(keyword.value) ? [...alternatives, comment] : alternatives;
    }
}

function blockComments(): CustomPatternMatcherFunc {
    // The last search for `*/`: in which run of the lexer (its array of tokens), from where, and what it found.
    let run: unknown;
    let searchedFrom = 0;
    let close = -1;
    return (text, offset, tokens) => {
        if (!text.startsWith('/*', offset)) return null;
        const from = offset + 2;
        if (tokens !== run || from < searchedFrom || (close !== -1 && close < from)) {
            run = tokens;
            searchedFrom = from;
            close = text.indexOf('*/', from);
        }
        const end = close !== -1 ? close + 2 : lineEndAt(text, from);
        return [text.slice(offset, end)] as unknown as RegExpExecArray;
    };
}
