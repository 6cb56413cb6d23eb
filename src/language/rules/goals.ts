import type { Goal } from '../facts/defaults.js';
import type { RuleCode, Severity } from '../facts/rule-catalog.js';

/** SPEC §4.3: how a plan's `goal` changes severities. `from` limits a change to findings of that severity. */
export const GOAL_CHANGES: Readonly<Record<Goal, ReadonlyArray<{ code: RuleCode; from?: Severity; to: Severity | 'off' }>>> = {
    hypertrophy: [],
    strength: [],
    general: [{ code: 'weekly-volume', from: 'hint', to: 'off' }],
    endurance: [
        { code: 'run-after-legs', to: 'information' },
        { code: 'cardio-before-strength', to: 'information' },
        { code: 'muscle-frequency', to: 'off' },
        { code: 'weekly-volume', to: 'off' },
    ],
};

export function severityForGoal(goal: Goal, code: RuleCode, severity: Severity): Severity | 'off' {
    const change = GOAL_CHANGES[goal].find((entry) => entry.code === code && (entry.from === undefined || entry.from === severity));
    return change?.to ?? severity;
}

/** What a goal changes, in Markdown: "the default severities", "`weekly-volume` hints off", … */
export function goalChangesText(goal: Goal): string {
    const changes = GOAL_CHANGES[goal];
    if (changes.length === 0) return 'the default severities';
    return changes.map((change) => change.to === 'off'
        ? `\`${change.code}\`${change.from ? ` ${change.from}s` : ''} off`
        : `\`${change.code}\` becomes ${change.to}`).join(', ');
}
