import type { Range } from 'vscode-languageserver-types';
import type { AstNode } from 'langium';
import type { Region } from '../facts/defaults.js';
import type { SessionModel, WeekModel } from '../model/week-model.js';

/** Shared by the rules: words for messages, and where a plan-level finding goes. */

/** "24 h", "47 h 30 min". */
export function formatHours(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = Math.round(minutes % 60);
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "Monday 18:00". */
export function when(session: SessionModel): string {
    return `${session.dayName} ${session.time}`;
}

export function regionName(region: Region): string {
    return region[0].toUpperCase() + region.slice(1);
}

/**
 * "The plan line": the `plan` statement, else the first line of the file (SPEC §4.1).
 */
export function planAnchor(week: WeekModel): { node: AstNode; range?: Range } {
    if (week.plan.titleNode) return { node: week.plan.titleNode };
    const firstLine = week.root.$cstNode?.root.fullText.split(/\r\n|\r|\n/, 1)[0] ?? '';
    return { node: week.root, range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } } };
}

