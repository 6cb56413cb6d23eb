import type { Finding, Rule } from './rule.js';

/**
 * SPEC §4.1: a `@ Nbpm` target at or above HRmax (warning), or a bpm target with neither `age` nor `hrmax` to
 * judge it by (information). Reported on the item.
 */
export const heartRate: Rule = {
    code: 'heart-rate',
    check(week) {
        const hrMax = week.plan.heartRateMax;
        // An impossible heart rate is already an invalid prescription.
        return week.sessions.flatMap((session) => session.items).filter((item) => item.valid).flatMap((item): Finding[] => {
            const targets = [item.prescription.load, ...item.prescription.groups.map((group) => group.load)]
                .filter((load) => load?.type === 'bpm');
            return targets.flatMap((load): Finding[] => {
                if (load?.type !== 'bpm') return [];
                if (hrMax === undefined) {
                    return [{
                        code: 'heart-rate', severity: 'information', node: item.node, fix: { kind: 'add-age' },
                        message: `${load.value} bpm cannot be judged without your maximum heart rate: add \`age\` (or a measured \`hrmax\`) to the header`,
                    }];
                }
                if (load.value < hrMax) return [];
                return [{
                    code: 'heart-rate', severity: 'warning', node: item.node,
                    message: `${load.value} bpm is at or above your maximum heart rate of ${Math.round(hrMax)} bpm${week.plan.hrmax === undefined ? ` (estimated from age ${week.plan.age})` : ''}: aim lower`,
                }];
            });
        });
    },
};
