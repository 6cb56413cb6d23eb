import type { Diagnostic } from 'vscode-languageserver-types';
import { severityName, type Severity } from '../../language/facts/rule-catalog.js';
import type { LoadedPlan } from '../workspace.js';

// The diagnostics of checked plans as one report (SPEC §6), built once and written as text, JSON or SARIF by the
// writers beside this file; `check` prints it and `diff` compares two of them.

/** One diagnostic of `check --format json` (SPEC §6). */
export interface JsonDiagnostic {
    code: string;
    severity: Severity;
    message: string;
    range: Diagnostic['range'];
}

export interface CheckReport {
    version: 1;
    files: Array<{ path: string; diagnostics: JsonDiagnostic[] }>;
    summary: { files: number; errors: number; warnings: number; information: number; hints: number };
}

/**
 * The report of checked plans: one entry per file checked, in the order given, a Markdown file's plans together
 * (one without split fences is a file without problems).
 */
export function buildReport(plans: readonly LoadedPlan[], { errorsOnly = false, paths = plans.map((plan) => plan.path) }: { errorsOnly?: boolean; paths?: readonly string[] } = {}): CheckReport {
    const byPath = new Map<string, Diagnostic[]>(paths.map((path) => [path, []]));
    // One by one: a plan may have more findings than a call takes arguments.
    for (const plan of plans) for (const diagnostic of plan.diagnostics) byPath.get(plan.path)!.push(diagnostic);
    const summary = { files: byPath.size, errors: 0, warnings: 0, information: 0, hints: 0 };
    const files = [...byPath].map(([path, found]) => {
        const diagnostics = [...found]
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
            .map((diagnostic): JsonDiagnostic => ({
                code: String(diagnostic.code ?? 'syntax'),
                severity: severityName(diagnostic.severity),
                message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
                range: diagnostic.range,
            }))
            .filter((diagnostic) => !errorsOnly || diagnostic.severity === 'error');
        for (const { severity } of diagnostics) {
            if (severity === 'error') summary.errors++;
            else if (severity === 'warning') summary.warnings++;
            else if (severity === 'information') summary.information++;
            else summary.hints++;
        }
        return { path, diagnostics };
    });
    return { version: 1, files, summary };
}
