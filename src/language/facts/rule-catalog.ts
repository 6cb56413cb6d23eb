import { DiagnosticSeverity } from 'vscode-languageserver-types';

/** The severities of SPEC §4, as users write them, and the LSP's number for each. */
export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    information: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

/** The name of an LSP severity; a diagnostic without one is an error, as the LSP says clients should take it. */
export function severityName(severity: DiagnosticSeverity | undefined): Severity {
    return SEVERITIES.find((name) => LSP_SEVERITY[name] === severity) ?? 'error';
}

/** Every diagnostic code of SPEC §4.1 with its default severity and a one-line summary (the rules table's). */

export const RULE_CATALOG = {
    'syntax': { severity: 'error', summary: 'The text does not parse, or breaks a rule of the language.' },
    'unknown-exercise': { severity: 'warning', summary: 'An item names no known exercise.' },
    'unresolved-import': { severity: 'error', summary: 'An imported file does not exist or does not parse.' },
    'duplicate-session': { severity: 'error', summary: 'A weekday has two sessions without distinct `at` times.' },
    'invalid-prescription': { severity: 'error', summary: 'Zero sets, a backwards rep or drop range, a drop on a missing set, or a load that makes no sense.' },
    'recovery-window': { severity: 'warning', summary: 'A region is trained again before its minimum recovery time, the week taken as a cycle.' },
    'cardio-before-strength': { severity: 'warning', summary: 'Cardio that is not a warm-up comes before strength work.' },
    'run-after-legs': { severity: 'warning', summary: 'High-impact cardio too soon after a leg session.' },
    'legs-and-back-same-day': { severity: 'warning', summary: 'A combined legs-and-back session without another session for each.' },
    'combined-needs-compound': { severity: 'information', summary: 'A combined legs-and-back session lacks a compound exercise for one of them.' },
    'muscle-frequency': { severity: 'information', summary: 'Legs or back trained fewer than twice a week.' },
    'weekly-volume': { severity: 'information', summary: 'Weekly sets per muscle above 20 (information) or below 10 (hint).' },
    'no-rest-day': { severity: 'warning', summary: 'No weekday is restful.' },
    'heart-rate': { severity: 'warning', summary: 'A heart-rate target at or above HRmax, or without `age` or `hrmax`.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type RuleCode = keyof typeof RULE_CATALOG;
export const RULE_CODES = Object.keys(RULE_CATALOG) as RuleCode[];

export function isRuleCode(code: unknown): code is RuleCode {
    return typeof code === 'string' && Object.hasOwn(RULE_CATALOG, code);
}
