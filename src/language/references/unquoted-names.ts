import type { LangiumParser } from 'langium';
import { isItem, isPlan, isSession } from '../generated/ast.js';
import { wordFor } from '../facts/vocabulary.js';

/** Words of the grammar's WORD terminal, one space apart: `Bench Press`, `Farmer's Walk`. */
const PLAIN_WORDS = /^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*(?: [A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*)*$/;

const answers = new WeakMap<LangiumParser, Map<string, boolean>>();

/**
 * Whether an exercise name must be quoted where an item names it: it does not parse, unquoted, as the whole name of
 * an item (a weekday or header keyword in it, `X 4x8`, `Squat 3 sets` …). Completion and rename write names by it.
 * Words that are no keyword always parse; any other name is parsed, once per parser.
 */
export function needsQuotes(parser: LangiumParser, name: string): boolean {
    let known = answers.get(parser);
    if (!known) answers.set(parser, known = new Map());
    let quoted = known.get(name);
    if (quoted === undefined) {
        quoted = !(plainWords(name) || parsesAsItemName(parser, name));
        if (known.size >= 5_000) known.clear();
        known.set(name, quoted);
    }
    return quoted;
}

function plainWords(name: string): boolean {
    return PLAIN_WORDS.test(name) && name.split(' ').every((word) => !wordFor(word) && !/^[x×]$/i.test(word));
}

function parsesAsItemName(parser: LangiumParser, name: string): boolean {
    const result = parser.parse(`monday\n  ${name} 3x8\n`);
    if (result.lexerErrors.length > 0 || result.parserErrors.length > 0 || !isPlan(result.value)) return false;
    const [session] = result.value.statements;
    if (result.value.statements.length !== 1 || !isSession(session) || session.items.length !== 1) return false;
    const item = session.items[0];
    return isItem(item) && item.exercise.$refNode?.text === name;
}
