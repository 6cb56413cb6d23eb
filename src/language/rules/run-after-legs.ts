import { DEFAULTS } from '../facts/defaults.js';
import type { SessionModel } from '../model/week-model.js';
import type { Finding, Rule } from './rule.js';
import { gapMinutes } from '../model/recovery.js';
import { worksRegion } from '../model/session-facts.js';
import { hoursText, when } from '../../words/words.js';

/**
 * SPEC §4.1: high-impact cardio of moderate intensity less than 24 h, or of high intensity less than 48 h, after a
 * session (or an earlier part of the same session) that trained legs. Reported on the cardio item.
 */
export const runAfterLegs: Rule = {
    code: 'run-after-legs',
    check(week, settings) {
        const findings: Finding[] = [];
        const legSessions = week.sessions.filter((session) => session.regions.includes('legs'));
        for (const session of week.sessions) {
            session.items.forEach((item, index) => {
                if (!item.valid || item.kind !== 'cardio' || item.impact !== 'high') return;
                if (item.intensity !== 'moderate' && item.intensity !== 'high') return;
                const minimum = DEFAULTS.cardio.runAfterLegsHours[item.intensity] * 60;
                const legSetsBefore = session.items.slice(0, index)
                    .filter((earlier) => worksRegion(earlier, 'legs'))
                    .reduce((sets, earlier) => sets + earlier.prescription.sets, 0);
                const earlier = legSetsBefore >= settings.recovery.minSets
                    ? { gap: 0, source: 'the leg work before it in this session' }
                    : nearestLegSession(session, legSessions);
                if (!earlier || earlier.gap >= minimum) return;
                const effort = item.intensity === 'high' ? 'Hard' : 'Moderate';
                const after = earlier.gap === 0 ? `right after ${earlier.source}` : `${hoursText(earlier.gap)} after ${earlier.source}`;
                findings.push({
                    code: 'run-after-legs',
                    message: `${effort} high-impact ${item.name.toLowerCase()} ${after}; allow at least ${hoursText(minimum)}, make it easy, or choose a low-impact alternative`,
                    node: item.node,
                    fix: { kind: 'ease-cardio' },
                });
            });
        }
        return findings;
    },
};

function nearestLegSession(session: SessionModel, legSessions: readonly SessionModel[]): { gap: number; source: string } | undefined {
    const nearest = legSessions
        .filter((legs) => legs !== session)
        .map((legs) => ({ legs, gap: gapMinutes(legs, session) }))
        .sort((a, b) => a.gap - b.gap)[0];
    return nearest && { gap: nearest.gap, source: `the leg session of ${when(nearest.legs)}` };
}
