import type { Rule } from './rule.js';
import { isCombinedLegsAndBack, regionName } from './week.js';

/**
 * SPEC §4.1: a combined legs-and-back session while the week has no other session training legs, or none
 * training back. Reported on the session header.
 */
export const legsAndBackSameDay: Rule = {
    code: 'legs-and-back-same-day',
    check(week) {
        return week.sessions.filter(isCombinedLegsAndBack).flatMap((session) => {
            const others = week.sessions.filter((other) => other !== session);
            const alone = (['legs', 'back'] as const).filter((region) => !others.some((other) => other.regions.includes(region)));
            if (alone.length === 0) return [];
            const missing = alone.map((region) => `a ${regionName(region).toLowerCase()} day`).join(' and ');
            return [{
                code: 'legs-and-back-same-day' as const,
                message: `${session.dayName} trains legs and back together, and the week has no other session for ${alone.join(' or ')}: add ${missing}, so that each is trained twice and neither always comes tired`,
                node: session.node,
            }];
        });
    },
};
