import { REGIONS } from '../defaults.js';
import type { Finding, Rule } from './rule.js';
import { formatHours, previousInCycle, regionName, when } from './week.js';

/**
 * SPEC §4.1: a session trains a region less than its minimum hours after the previous session that trained it,
 * the week taken as a cycle. Reported on the session that comes second (Monday's, when Sunday's came 24 h before).
 */
export const recoveryWindow: Rule = {
    code: 'recovery-window',
    check(week, settings) {
        const findings: Finding[] = [];
        for (const region of REGIONS) {
            const training = week.sessions.filter((session) => session.regions.includes(region));
            const minimum = settings.recovery.minHours[region] * 60;
            for (const session of training) {
                const { previous, gap } = previousInCycle(session, training);
                if (gap >= minimum) continue;
                const sameDay = previous.day === session.day && previous.start <= session.start;
                findings.push({
                    code: 'recovery-window',
                    message: `${regionName(region)} trained again ${formatHours(gap)} after ${sameDay ? 'the session at ' + previous.time : when(previous)}; allow at least ${formatHours(minimum)}`,
                    node: session.node,
                });
            }
        }
        return findings;
    },
};
