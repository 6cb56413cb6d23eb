import { MUSCLES } from '../facts/defaults.js';
import type { Finding, Rule } from './rule.js';
import { planAnchor } from './plan-anchor.js';
import { number } from '../../words/words.js';

/**
 * SPEC §4.1: weekly sets per muscle (§3.5) above `volume.high` (one information naming them all), or below
 * `volume.low` while the muscle is primary in at least one strength item (one hint naming them all).
 */
export const weeklyVolume: Rule = {
    code: 'weekly-volume',
    check(week, settings) {
        if (week.sessions.length === 0) return [];
        const { low, high } = settings.volume;
        const sets = (muscle: (typeof MUSCLES)[number]) => `${muscle} ${number(week.weeklySets[muscle])}`;
        const trainedAsPrimary = new Set(week.sessions.flatMap((session) => session.items)
            .filter((item) => item.valid && item.kind === 'strength')
            .flatMap((item) => item.exercise?.primary ?? []));
        const above = MUSCLES.filter((muscle) => week.weeklySets[muscle] > high);
        const below = MUSCLES.filter((muscle) => trainedAsPrimary.has(muscle) && week.weeklySets[muscle] < low);
        const findings: Finding[] = [];
        if (above.length > 0) {
            findings.push({
                code: 'weekly-volume', severity: 'information', ...planAnchor(week),
                message: `Weekly sets above ${high}: ${above.map(sets).join(', ')}; more is not proven to build more`,
            });
        }
        if (below.length > 0) {
            findings.push({
                code: 'weekly-volume', severity: 'hint', ...planAnchor(week),
                message: `Weekly sets below ${low}: ${below.map(sets).join(', ')}; about ${low}–${high} hard sets a week build the most muscle`,
            });
        }
        return findings;
    },
};
