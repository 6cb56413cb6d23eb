import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';
import { DefaultTokenBuilder, RegExpUtils, type GrammarAST } from 'langium';
import { lineEndAt } from '../utils/text-lines.js';

/**
 * The grammar's tokens, with block comments matched by hand. ML_COMMENT (split.langium) is a closed `/* … *\/`, or an
 * unclosed `/*` up to the end of its line; as a regular expression, every unclosed `/*` searches the rest of the file
 * for a `*\/`, so a file of thousands of them took quadratic time. The matcher below answers the same, remembering
 * within one run of the lexer where the next `*\/` is.
 */
export class SplitTokenBuilder extends DefaultTokenBuilder {
    /** The grammar's WORD, which a matcher below replaces; keywords that a word may continue give way to it. */
    private word: RegExp | undefined;

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'ML_COMMENT') Object.assign(token, { PATTERN: blockComments(), LINE_BREAKS: true, START_CHARS_HINT: ['/'] });
        if (terminal.name === 'WORD') {
            this.word = token.PATTERN as RegExp;
            Object.assign(token, { PATTERN: wordsBesideHours(this.word), START_CHARS_HINT: startCharacters(this.word) });
        }
        return token;
    }

    /**
     * Langium finds a keyword's longer alternatives in the terminals' regular expressions, which the matchers here
     * hide: a keyword gives way to a word (`hamstrings` is no `h`), and the `/` of `3x12/10/8` to a block comment.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const alternatives = super.findLongerAlt(keyword, terminalTokens);
        const comment = terminalTokens.find((token) => token.name === 'ML_COMMENT');
        const word = terminalTokens.find((token) => token.name === 'WORD');
        if (word && this.word && RegExpUtils.partialMatches(`^${this.word.source}$`, keyword.value)) alternatives.push(word);
        if (comment && '/*'.startsWith(keyword.value)) alternatives.push(comment);
        return alternatives;
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

/**
 * The grammar's WORD, except the hour of `1h30min`: right after a number, `h30min` is the unit `h` and then the minutes,
 * not a word (a word never follows its number without a space otherwise, but a unit does).
 */
function wordsBesideHours(word: RegExp): CustomPatternMatcherFunc {
    const sticky = new RegExp(word.source, 'y');
    return (text, offset) => {
        if (offset > 0 && /\d/.test(text[offset - 1]) && /^hr?\d/i.test(text.slice(offset, offset + 3))) return null;
        sticky.lastIndex = offset;
        return sticky.exec(text);
    };
}

/** The characters a word may start with, for the lexer's first-character optimisation (a custom matcher hides them). */
function startCharacters(word: RegExp): string[] {
    const first = new RegExp(`^(?:${word.source})`);
    const characters: string[] = [];
    for (let code = 0; code <= 0x24f; code++) {
        const character = String.fromCharCode(code);
        if (first.test(character)) characters.push(character);
    }
    return characters;
}
