import type { Goal } from '../facts/defaults.js';
import type { RuleCode, Severity } from '../facts/rule-catalog.js';
import type { Settings } from '../config/settings.js';
import { severityForGoal } from '../rules/goals.js';

/** What decides a diagnostic's severity, besides its code. */
export interface SeverityContext {
    readonly code: RuleCode;
    /** What the check found: the rule's level when it has more than one (SPEC §4.1), else the catalog's default. */
    readonly found: Severity;
    readonly goal: Goal;
    readonly settings: Settings;
    /** A `split-disable` comment covers it (SPEC §4.4). */
    readonly suppressed: boolean;
}

/**
 * The one decision of a diagnostic's severity, in the editor and on the command line alike: a suppression silences
 * it; a configured severity replaces the goal's (SPEC §5); else the plan's goal adjusts what the check found (§4.3).
 */
export function decideSeverity({ code, found, goal, settings, suppressed }: SeverityContext): Severity | 'off' {
    if (suppressed) return 'off';
    return settings.rules[code] ?? severityForGoal(goal, code, found);
}
