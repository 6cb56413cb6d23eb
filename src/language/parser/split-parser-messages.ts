import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';

/**
 * Parser errors in words a plan's author knows ("Unexpected "kg" after "@": expected a number, RPE, RIR or a
 * zone Z1–Z5") instead of token names.
 */
export class SplitParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken }): string {
        return message(options.actual, options.previous, [options.expected]);
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return `Unexpected ${describeActual(options.firstRedundant)}: expected a session, an exercise declaration or a header statement`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken }): string {
        return message(options.actual[0], options.previous, options.expectedPathsPerAlt.flat().map((path) => path[0]));
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken }): string {
        return message(options.actual[0], options.previous, options.expectedIterationPaths.map((path) => path[0]));
    }
}

function message(actual: IToken, previous: IToken | undefined, expected: Array<TokenType | undefined>): string {
    const after = previous && previous.image && previous.tokenType.name !== 'NL' ? ` after "${previous.image}"` : '';
    return `Unexpected ${describeActual(actual)}${after}: expected ${describeExpected(expected)}`;
}

function describeActual(token: IToken): string {
    if (token.tokenType.name === 'NL' || token.tokenType.name === 'EOF') return 'end of line';
    return `"${token.image}"`;
}

const TOKEN_WORDS: Record<string, string> = {
    NUMBER: 'a number',
    STRING: 'a quoted text',
    TIME: 'a time (HH:MM)',
    TIMES: 'x (as in 4x10)',
    WORD: 'a name',
    NL: 'the end of the line',
    EOF: 'the end of the file',
};

function describeExpected(expected: Array<TokenType | undefined>): string {
    const words: string[] = [];
    const zones = expected.filter((token) => token && /^z[1-5]$/.test(token.name)).length;
    for (const token of expected) {
        if (!token || /^z[1-5]$/.test(token.name)) continue;
        const word = TOKEN_WORDS[token.name] ?? (/^[a-z%@,:-]/i.test(token.name) ? displayKeyword(token.name) : token.name);
        if (!words.includes(word)) words.push(word);
    }
    if (zones > 0) words.push('a zone Z1–Z5');
    const shown = words.length > 8 ? [...words.slice(0, 7), 'more'] : words;
    return shown.length <= 1 ? (shown[0] ?? 'something else') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

function displayKeyword(keyword: string): string {
    return ['rpe', 'rir', 'amrap'].includes(keyword) ? keyword.toUpperCase() : `"${keyword}"`;
}
