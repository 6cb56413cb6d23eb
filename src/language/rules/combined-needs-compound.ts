import type { Rule } from './rule.js';
import type { SessionModel } from '../model/week-model.js';
import { isCombinedLegsAndBack, worksRegion } from '../model/session-facts.js';

/** SPEC §4.1: a combined legs-and-back session without a compound exercise for legs, or none for back. */
export const combinedNeedsCompound: Rule = {
    code: 'combined-needs-compound',
    check(week) {
        return week.sessions.filter(isCombinedLegsAndBack).flatMap((session) => {
            const lacking = (['legs', 'back'] as const).filter((region) => !hasCompound(session, region));
            if (lacking.length === 0) return [];
            return [{
                code: 'combined-needs-compound' as const,
                message: `${session.dayName}'s legs-and-back session has no compound exercise for ${lacking.join(' or ')}: start with one (a squat, deadlift, row or pull-up) while you are fresh`,
                node: session.node,
            }];
        });
    },
};

function hasCompound(session: SessionModel, region: 'legs' | 'back'): boolean {
    return session.items.some((item) => worksRegion(item, region) && item.exercise?.mechanic === 'compound');
}
