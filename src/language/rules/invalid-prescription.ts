import type { Rule } from './rule.js';

/** SPEC §4.1: what the model found wrong in each item's prescription (model/prescription.ts says what). */
export const invalidPrescription: Rule = {
    code: 'invalid-prescription',
    check(week) {
        return [...week.sessions.flatMap((session) => session.items), ...week.unscheduled].flatMap((item) =>
            item.problems.map((problem) => ({ code: 'invalid-prescription' as const, message: problem.message, node: problem.node })));
    },
};
