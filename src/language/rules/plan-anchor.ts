import type { Range } from 'vscode-languageserver-types';
import type { AstNode } from 'langium';
import type { WeekModel } from '../model/week-model.js';

/** "The plan line", where plan-level findings go: the `plan` statement, else the first line of the file (SPEC §4.1). */
export function planAnchor(week: WeekModel): { node: AstNode; range?: Range } {
    if (week.plan.titleNode) return { node: week.plan.titleNode };
    const firstLine = week.root.$cstNode?.root.fullText.split(/\r\n|\r|\n/, 1)[0] ?? '';
    return { node: week.root, range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } } };
}
