import type { LoadModel } from '../model/prescription.js';
import type { ItemModel } from '../model/week-model.js';
import type { Finding, Rule } from './rule.js';

/**
 * SPEC §4.1: a `@ Nbpm` target at or above HRmax (warning), or a bpm target with neither `age` nor `hrmax` to
 * judge it by (information). Reported on the item.
 */
export const heartRate: Rule = {
    code: 'heart-rate',
    check(week) {
        const hrMax = week.plan.heartRateMax;
        const findings: Finding[] = [];
        const judge = (item: ItemModel, load: LoadModel | undefined) => {
            if (load?.type !== 'bpm') return;
            if (hrMax === undefined) {
                findings.push({
                    code: 'heart-rate', severity: 'information', node: item.node, fix: { kind: 'add-age' },
                    message: `${load.value} bpm cannot be judged without your maximum heart rate: add \`age\` (or a measured \`hrmax\`) to the header`,
                });
            } else if (load.value >= hrMax) {
                findings.push({
                    code: 'heart-rate', severity: 'warning', node: item.node,
                    message: `${load.value} bpm is at or above your maximum heart rate of ${Math.round(hrMax)} bpm${week.plan.hrmax === undefined ? ` (estimated from age ${week.plan.age})` : ''}: aim lower`,
                });
            }
        };
        // Loops rather than arrays per item: this runs over every item of the plan at each keystroke.
        for (const session of week.sessions) {
            for (const item of session.items) {
                // An impossible heart rate is already an invalid prescription.
                if (!item.valid) continue;
                judge(item, item.prescription.load);
                for (const group of item.prescription.groups) judge(item, group.load);
            }
        }
        return findings;
    },
};
