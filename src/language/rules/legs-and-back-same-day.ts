import type { Rule } from './rule.js';
import { isCombinedLegsAndBack } from '../model/session-facts.js';
import { regionName } from '../../words/words.js';

/**
 * SPEC §4.1: a combined legs-and-back session while the week has no other session training legs, or none
 * training back. Reported on the session header.
 */
export const legsAndBackSameDay: Rule = {
    code: 'legs-and-back-same-day',
    check(week) {
        // A combined session trains both, so a region is trained nowhere else when it is its only session.
        const training = (region: 'legs' | 'back') => week.sessions.filter((session) => session.regions.includes(region)).length;
        const sessionsTraining = { legs: training('legs'), back: training('back') };
        return week.sessions.filter(isCombinedLegsAndBack).flatMap((session) => {
            const alone = (['legs', 'back'] as const).filter((region) => sessionsTraining[region] === 1);
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
