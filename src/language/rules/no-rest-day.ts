import type { SessionModel } from '../model/week-model.js';
import type { Rule } from './rule.js';
import { planAnchor } from './plan-anchor.js';

/**
 * SPEC §4.1: no weekday is restful. A day is restful when it holds no strength work and no cardio above low
 * intensity: easy cardio, mobility work and `rest` leave a day restful.
 */
export const noRestDay: Rule = {
    code: 'no-rest-day',
    check(week) {
        if (week.sessions.length === 0) return [];
        for (let day = 0; day < 7; day++) {
            if (week.sessions.filter((session) => session.day === day).every(isRestful)) return [];
        }
        return [{
            code: 'no-rest-day', ...planAnchor(week),
            message: 'Every day holds strength work or cardio above low intensity: keep at least one day for rest, easy cardio or mobility',
        }];
    },
};

function isRestful(session: SessionModel): boolean {
    // Items that count for nothing (unknown or invalid) do not make a day a training day either.
    return session.items.every((item) => !item.valid || item.kind === undefined || item.kind === 'mobility' || (item.kind === 'cardio' && item.intensity === 'low'));
}
