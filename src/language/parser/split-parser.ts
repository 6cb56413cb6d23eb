import { createLangiumParser, type AstNode, type LangiumCoreServices, type LangiumParser } from 'langium';
import { isPlan, type Plan } from '../generated/ast.js';
import { isNewline, previousLeaf } from '../utils/cst.js';

/**
 * Langium's parser, minus what its error recovery invents: after `Squat 4x8 @ kg` fails, the parser resumes at
 * `kg` and reads it as a new item. Statements and items start lines, so one that does not is such an artefact and
 * is dropped; the parser error on that line still reports the line.
 */
export function createSplitParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input, options) => {
        const result = parse(input, options);
        if (result.parserErrors.length > 0 && isPlan(result.value)) dropMidLineNodes(result.value);
        return result;
    }) as LangiumParser['parse'];
    return parser;
}

function dropMidLineNodes(plan: Plan): void {
    plan.statements = plan.statements.filter(startsLine);
    for (const statement of plan.statements) {
        if (statement.$type === 'Session') statement.items = statement.items.filter(startsLine);
    }
}

/** Whether only comments stand between the node and the previous newline (or the start of the file). */
function startsLine(node: AstNode): boolean {
    let previous = node.$cstNode && previousLeaf(node.$cstNode);
    while (previous?.hidden) previous = previousLeaf(previous);
    return !previous || isNewline(previous);
}
