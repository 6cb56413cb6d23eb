import type { Finding, Rule } from './rule.js';
import { gapMinutes } from '../model/recovery.js';
import { hasStrength, isHardCardio } from '../model/session-facts.js';
import { hoursText, when } from '../../words/words.js';

/**
 * SPEC §4.1: cardio that is not a warm-up before strength work in the same session, or a cardio session that starts
 * less than `cardio.minHoursBeforeStrength` before a strength session. Reported on the cardio item.
 */
export const cardioBeforeStrength: Rule = {
    code: 'cardio-before-strength',
    check(week, settings) {
        const { warmupMinutes, minHoursBeforeStrength } = settings.cardio;
        const findings: Finding[] = [];
        for (const session of week.sessions) {
            const items = session.items;
            items.forEach((item, index) => {
                if (!isHardCardio(item, warmupMinutes)) return;
                const strengthAfter = items.slice(index + 1).find((later) => later.valid && later.kind === 'strength');
                if (!strengthAfter) return;
                findings.push({
                    code: 'cardio-before-strength',
                    message: `${item.name} comes before ${strengthAfter.name}: do strength work first, or keep cardio before it to an easy warm-up of at most ${warmupMinutes} min`,
                    node: item.node,
                    fix: { kind: 'move-after-strength' },
                });
            });
            if (hasStrength(session)) continue;
            const cardio = items.find((item) => isHardCardio(item, warmupMinutes));
            if (!cardio) continue;
            const minimum = minHoursBeforeStrength * 60;
            const next = week.sessions
                .filter((other) => other !== session && hasStrength(other))
                .map((other) => ({ other, gap: gapMinutes(session, other) }))
                .sort((a, b) => a.gap - b.gap)[0];
            if (!next || next.gap >= minimum) continue;
            findings.push({
                code: 'cardio-before-strength',
                message: `${cardio.name} starts ${hoursText(next.gap)} before the strength session of ${when(next.other)}; leave at least ${hoursText(minimum)}, or do strength first`,
                node: cardio.node,
            });
        }
        return findings;
    },
};
