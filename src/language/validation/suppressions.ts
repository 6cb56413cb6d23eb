import { isRuleCode, type RuleCode } from '../facts/rule-catalog.js';

/**
 * `// split-disable-next-line CODE[, CODE]` silences those codes on the next line; `// split-disable CODE[, CODE]`
 * before the first statement (`firstStatementLine`) silences them in the whole file (SPEC §4.4). Lines are 0-based.
 */
export function suppressions(text: string, firstStatementLine: number): { file: Set<RuleCode>; lines: Map<number, Set<RuleCode>> } {
    const file = new Set<RuleCode>();
    const lines = new Map<number, Set<RuleCode>>();
    if (!text.includes('split-disable')) return { file, lines };
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
        const nextLine = /\/\/\s*split-disable-next-line\s+([^\n]*)/.exec(line);
        if (nextLine) lines.set(index + 1, new Set([...(lines.get(index + 1) ?? []), ...codes(nextLine[1])]));
        const whole = /^\s*\/\/\s*split-disable(?!-)\s+([^\n]*)/.exec(line);
        if (whole && index < firstStatementLine) codes(whole[1]).forEach((code) => file.add(code));
    });
    return { file, lines };
}

function codes(list: string): RuleCode[] {
    return list.split(/[\s,]+/).filter(isRuleCode);
}
