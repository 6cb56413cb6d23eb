import { REGIONS } from '../facts/defaults.js';
import type { Finding, Rule } from './rule.js';
import { previousTraining } from '../model/recovery.js';
import { hoursText, regionName, when } from '../../words/words.js';

/**
 * SPEC §4.1: a session trains a region less than its minimum hours after the previous session that trained it,
 * the week taken as a cycle. Reported on the session that comes second (Monday's, when Sunday's came 24 h before).
 */
export const recoveryWindow: Rule = {
    code: 'recovery-window',
    check(week, settings) {
        const findings: Finding[] = [];
        for (const region of REGIONS) {
            const minimum = settings.recovery.minHours[region] * 60;
            const predecessors = previousTraining(week, region);
            for (const session of week.sessions) {
                const predecessor = predecessors.get(session);
                if (!predecessor || predecessor.gap >= minimum) continue;
                const { previous, gap } = predecessor;
                const sameDay = previous.day === session.day && previous.start <= session.start;
                findings.push({
                    code: 'recovery-window',
                    message: `${regionName(region)} trained again ${hoursText(gap)} after ${sameDay ? 'the session at ' + previous.time : when(previous)}; allow at least ${hoursText(minimum)}`,
                    node: session.node,
                });
            }
        }
        return findings;
    },
};
