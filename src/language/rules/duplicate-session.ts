import type { Rule } from './rule.js';
import type { SessionModel } from '../model/week-model.js';
import { formatTime } from '../model/week-model.js';

/** SPEC §2.4: a weekday holds several sessions only when each has its own `at` time (`rest` counts as a session). */
export const duplicateSession: Rule = {
    code: 'duplicate-session',
    check(week) {
        const inFileOrder = [...week.sessions].sort((a, b) => offset(a) - offset(b));
        return inFileOrder.flatMap((session, index) => {
            const earlier = inFileOrder.slice(0, index).filter((other) => other.day === session.day);
            const clash = earlier.find((other) => !other.timeWritten || !session.timeWritten || other.time === session.time);
            if (!clash) return [];
            const line = (clash.node.$cstNode?.range.start.line ?? 0) + 1;
            const reason = session.timeWritten && clash.timeWritten ? `both start at ${session.time}`
                : !session.timeWritten && !clash.timeWritten ? 'neither has an `at` time'
                : session.timeWritten ? `the one on line ${line} has no \`at\` time` : 'this one has no `at` time';
            return [{
                code: 'duplicate-session' as const,
                message: `${session.dayName} already has a session on line ${line} and ${reason}: give each session of the day a distinct \`at HH:MM\``,
                node: session.node,
                property: 'day',
                fix: {
                    kind: 'add-time' as const,
                    suggestedTime: freeTime(earlier),
                    // The earlier session needs a time of its own too, when it has none: its implicit one.
                    earlier: clash.timeWritten ? undefined : { line: line - 1, time: clash.time },
                },
            }];
        });
    },
};

function offset(session: SessionModel): number {
    return session.node.$cstNode?.offset ?? 0;
}

/** A time for the quick fix: two hours after the latest earlier session of the day (or 07:00), within the day. */
function freeTime(earlier: readonly SessionModel[]): string {
    const taken = earlier.map((other) => other.start - other.day * 24 * 60);
    const latest = Math.max(...taken);
    const candidate = latest + 120 < 24 * 60 ? latest + 120 : 7 * 60;
    return formatTime(taken.includes(candidate) ? (candidate + 60) % (24 * 60) : candidate);
}
