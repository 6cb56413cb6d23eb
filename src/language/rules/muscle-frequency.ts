import { DEFAULTS } from '../facts/defaults.js';
import type { Finding, Rule } from './rule.js';
import { planAnchor } from './plan-anchor.js';
import { regionName } from '../../words/words.js';

/**
 * SPEC §4.1: legs or back trained fewer than twice a week. Information on the single session that trains it,
 * a warning on the plan line when nothing does. Plans without sessions (libraries) are left alone.
 */
export const muscleFrequency: Rule = {
    code: 'muscle-frequency',
    check(week) {
        if (week.sessions.length === 0) return [];
        const wanted = DEFAULTS.frequency.minSessionsPerWeek;
        return (['legs', 'back'] as const).flatMap((region): Finding[] => {
            const training = week.sessions.filter((session) => session.regions.includes(region));
            if (training.length >= wanted) return [];
            if (training.length === 0) {
                return [{
                    code: 'muscle-frequency', severity: 'warning', ...planAnchor(week),
                    message: `${regionName(region)} ${region === 'legs' ? 'are' : 'is'} never trained: plan at least ${wanted} sessions a week that train them`,
                }];
            }
            return [{
                code: 'muscle-frequency', node: training[0].node,
                message: `${regionName(region)} trained once a week (${training[0].dayName}); twice a week builds more muscle for the same weekly sets`,
            }];
        });
    },
};
