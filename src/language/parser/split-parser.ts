import { createLangiumParser, type AstNode, type LangiumCoreServices, type LangiumParser, type ParseResult } from 'langium';
import type { ILexingError, IRecognitionException } from 'chevrotain';
import { isPlan, type Plan } from '../generated/ast.js';
import { isNewline, previousLeaf } from '../utils/cst.js';
import { lineOfOffset, lineStarts } from '../utils/text-lines.js';
import type { SplitLexer } from './split-lexer.js';
import { describeBrokenLine, type FirstProblem } from './broken-lines.js';

/** Readings of a plan at most: each leaves out the lines the one before found broken, so most plans need two. */
const MAX_READINGS = 16;

/**
 * Langium's parser, reading every line on its own (SPEC §2.1): a line the parser cannot read is left out and the plan
 * read again without it, until no line is broken, so that a broken line never hides or changes another. Each broken
 * line then gets one error, in the user's words (broken-lines.ts), over its code.
 */
export function createSplitParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const lexer = services.parser.Lexer as SplitLexer;
    const parse = parser.parse.bind(parser);
    const read = (input: string, options: { rule?: string } | undefined, brokenLines: ReadonlySet<number>) => {
        lexer.brokenLines = brokenLines;
        try {
            return parse(input, options);
        } finally {
            lexer.brokenLines = undefined;
        }
    };
    /**
     * What the lexer or parser finds first in a broken line read on its own (an item after a weekday), so that what it
     * says depends on the line alone, never on the lines around it.
     */
    const problemAlone = (line: string): FirstProblem | undefined => {
        const alone = /^\s/.test(line) || !/^[a-z]+\b/i.test(line) ? `monday\n${line}\n` : `${line}\n`;
        const shift = alone.length - line.length - 1;
        const result = parse(alone);
        // A character the lexer cannot read says more than where the parser stumbled because of it.
        const byOffset = (a: { offset: number }, b: { offset: number }) => a.offset - b.offset;
        const offsets = [
            ...result.lexerErrors.map((error) => ({ offset: error.offset, message: error.message })).filter(({ offset }) => offset >= shift).sort(byOffset),
            ...result.parserErrors.map((error) => ({ offset: Number.isFinite(error.token.startOffset) ? error.token.startOffset : alone.length - 1, message: error.message }))
                .filter(({ offset }) => offset >= shift).sort(byOffset),
        ];
        return offsets[0] && { column: Math.min(offsets[0].offset - shift, line.length), message: offsets[0].message };
    };
    parser.parse = ((input: string, options?: { rule?: string }) => {
        if (options?.rule) return parse(input, options);
        let result = read(input, options, new Set());
        const problems = new Map<number, FirstProblem & { offset: number }>();
        const lines = lineStarts(input);
        for (let reading = 1; ; reading++) {
            const found = recordProblems(result, input, lines, problems, (text) => problemAlone(text) !== undefined);
            if (result.parserErrors.length === 0 || found === 0 || reading === MAX_READINGS) break;
            result = read(input, options, new Set(problems.keys()));
        }
        if (problems.size === 0) return result;
        if (isPlan(result.value)) dropMidLineNodes(result.value);
        const lexerErrors: ILexingError[] = [...problems].sort(([a], [b]) => a - b).map(([line, problem]) => {
            const text = input.slice(lines[line], lineEnd(input, lines, line));
            const start = text.length - text.trimStart().length;
            const code = text.replace(/\s*(\/\/.*)?$/, '');
            return {
                offset: lines[line] + start, line: line + 1, column: start + 1, length: Math.max(code.length - start, 0),
                message: describeBrokenLine(text, problemAlone(text) ?? problem).message,
            };
        });
        // Errors the last reading still found (it may stop before all are left out) stay, on their own lines.
        const parserErrors = result.parserErrors.filter((error) => !problems.has(errorLine(error, input, lines)));
        return { ...result, lexerErrors, parserErrors } as ParseResult<Plan>;
    }) as LangiumParser['parse'];
    return parser;
}

/**
 * Adds each newly broken line's first problem; returns how many lines were new. A line the parser stumbled on that
 * reads well on its own is where it stumbled after the line above: it is left for the next reading to tell, unless
 * nothing else was found.
 */
function recordProblems(result: ParseResult, input: string, lines: readonly number[], problems: Map<number, FirstProblem & { offset: number }>,
    brokenAlone: (line: string) => boolean): number {
    let found = 0;
    const add = (line: number, offset: number, message: string) => {
        const known = problems.get(line);
        if (known && known.offset <= offset) return;
        if (!known) found++;
        problems.set(line, { offset, column: offset - lines[line], message });
    };
    for (const error of result.lexerErrors) add((error.line ?? 1) - 1, error.offset, error.message);
    const doubtful: Array<[number, number, string]> = [];
    for (const error of result.parserErrors) {
        const line = errorLine(error, input, lines);
        const offset = Number.isFinite(error.token.startOffset) ? Math.min(error.token.startOffset, lineEnd(input, lines, line)) : lineEnd(input, lines, line);
        if (problems.has(line) || brokenAlone(input.slice(lines[line], lineEnd(input, lines, line)))) add(line, offset, error.message);
        else doubtful.push([line, offset, error.message]);
    }
    if (found === 0) for (const [line, offset, message] of doubtful) add(line, offset, message);
    return found;
}

/**
 * The line a parser error belongs to: its token's, or for the end of the file its previous token's; an error found on
 * a newline of a blank or comment line belongs to the nearest line of code above it.
 */
function errorLine(error: IRecognitionException, input: string, lines: readonly number[]): number {
    const token = Number.isFinite(error.token.startOffset) ? error.token : (error as { previousToken?: IRecognitionException['token'] }).previousToken;
    let line = token && Number.isFinite(token.startOffset) ? lineOfOffset(lines, token.startOffset) : lines.length - 1;
    while (line > 0 && /^\s*(\/\/.*)?$/.test(input.slice(lines[line], lineEnd(input, lines, line)))) line--;
    return line;
}

function lineEnd(text: string, starts: readonly number[], line: number): number {
    let end = line + 1 < starts.length ? starts[line + 1] : text.length;
    while (end > starts[line] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    return end;
}

/** What the parser's recovery invented in a reading that still failed: statements and items that start mid-line. */
function dropMidLineNodes(plan: Plan): void {
    plan.statements = plan.statements.filter(startsLine);
    for (const statement of plan.statements) {
        if ('items' in statement) statement.items = statement.items.filter(startsLine);
    }
}

/** Whether only comments stand between the node and the previous newline (or the start of the file). */
function startsLine(node: AstNode): boolean {
    let previous = node.$cstNode && previousLeaf(node.$cstNode);
    while (previous?.hidden) previous = previousLeaf(previous);
    return !previous || isNewline(previous);
}
