import type { AstNode } from 'langium';
import type { Finding, Rule } from './rule.js';
import type { SessionModel } from '../model/week-model.js';
import { formatTime } from '../model/week-model.js';
import { DEFAULTS, MINUTES_PER_DAY } from '../facts/defaults.js';

/** SPEC §2.4: a weekday holds several sessions only when each has its own `at` time (`rest` counts as a session). */
export const duplicateSession: Rule = {
    code: 'duplicate-session',
    check(week) {
        // The order of the file is that of the plan's statements (asking the CST for offsets is slow).
        const positions = new Map<AstNode, number>(week.root.statements.map((statement, index) => [statement, index]));
        const inFileOrder = [...week.sessions].sort((a, b) => positions.get(a.node)! - positions.get(b.node)!);
        const days = new Map<number, DaySoFar>();
        return inFileOrder.flatMap((session) => {
            let day = days.get(session.day);
            if (!day) days.set(session.day, day = { firstAt: new Map(), latest: -1, taken: new Set() });
            const clash = clashOf(session, day, positions);
            const found = clash && finding(session, clash, freeTime(day));
            record(session, day);
            return found ? [found] : [];
        });
    },
};

function finding(session: SessionModel, clash: SessionModel, suggestedTime: string): Finding {
    const line = (clash.node.$cstNode?.range.start.line ?? 0) + 1;
    const reason = session.timeWritten && clash.timeWritten ? `both start at ${session.time}`
        : !session.timeWritten && !clash.timeWritten ? 'neither has an `at` time'
        : session.timeWritten ? `the one on line ${line} has no \`at\` time` : 'this one has no `at` time';
    return {
        code: 'duplicate-session',
        message: `${session.dayName} already has a session on line ${line} and ${reason}: give each session of the day a distinct \`at HH:MM\``,
        node: session.node,
        property: 'day',
        fix: {
            kind: 'add-time',
            suggestedTime,
            // The earlier session needs a time of its own too, when it has none: its implicit one.
            earlier: clash.timeWritten ? undefined : { line: line - 1, time: clash.time },
        },
    };
}

/** What the sessions of one weekday met so far in the file leave: enough to find a clash in constant time. */
interface DaySoFar {
    first?: SessionModel;
    firstWithoutTime?: SessionModel;
    /** The first session at each written time. */
    readonly firstAt: Map<string, SessionModel>;
    /** The latest start, in minutes into the day. */
    latest: number;
    readonly taken: Set<number>;
}

/** The first earlier session of the day that clashes: any, when this one has no time; else one without a time or at the same time. */
function clashOf(session: SessionModel, day: DaySoFar, positions: ReadonlyMap<AstNode, number>): SessionModel | undefined {
    if (!session.timeWritten) return day.first;
    const candidates = [day.firstWithoutTime, day.firstAt.get(session.time)].filter((other) => other !== undefined);
    return candidates.sort((a, b) => positions.get(a.node)! - positions.get(b.node)!)[0];
}

function record(session: SessionModel, day: DaySoFar): void {
    day.first ??= session;
    if (!session.timeWritten) day.firstWithoutTime ??= session;
    else if (!day.firstAt.has(session.time)) day.firstAt.set(session.time, session);
    const minutes = session.start - session.day * MINUTES_PER_DAY;
    day.latest = Math.max(day.latest, minutes);
    day.taken.add(minutes);
}

/** A time for the quick fix, after the latest earlier session of the day, within the day (DEFAULTS.sessionSpacing). */
function freeTime(day: DaySoFar): string {
    const { afterLatestMinutes, fallbackMinutes, whenTakenMinutes } = DEFAULTS.sessionSpacing;
    const later = day.latest + afterLatestMinutes;
    const candidate = later < MINUTES_PER_DAY ? later : fallbackMinutes;
    return formatTime(day.taken.has(candidate) ? (candidate + whenTakenMinutes) % MINUTES_PER_DAY : candidate);
}
