import type { Range } from 'vscode-languageserver';
import type { Session } from '../generated/ast.js';
import type { SessionModel } from '../model/week-model.js';
import { lineRange } from '../utils/cst.js';

/** A session from its header through its last item's text, without the blank and comment lines after it. */
export function sessionRange(session: Session): Range | undefined {
    const cst = session.$cstNode;
    if (!cst) return undefined;
    const last = session.items.at(-1)?.$cstNode;
    return { start: cst.range.start, end: lineRange(last ?? cst, true).end };
}

/**
 * The range of a session's header line, from the weekday to the end of the line's text (a trailing comment included),
 * read from the CST: the header ends where the session's first newline token starts.
 */
export function headerLineRange(session: SessionModel): Range | undefined {
    return session.node.$cstNode && lineRange(session.node.$cstNode, true);
}
