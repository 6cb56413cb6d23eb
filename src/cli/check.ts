import { parseArgs } from 'node:util';
import { paint, type Style } from './paint.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { severityName, type Severity } from '../language/facts/rule-catalog.js';
import { findPlans, UsageError } from './files.js';
import { loadPlans, type LoadedPlan } from './workspace.js';
import { toSarif } from './sarif.js';
import { safeJson, terminalText } from '../words/escapes.js';
import { VERSION } from './version.js';
import { plural } from '../words/words.js';

export const CHECK_USAGE = `Usage: split-plan check [PATH…] [--format text|json|sarif] [--max-warnings N] [--quiet]

Checks .split files and folders (recursively; default: the current folder).
  --format text|json|sarif
                        text (default): path:line:col  severity  message  code; json: one JSON document;
                        sarif: SARIF 2.1.0 for code-scanning tools
  --max-warnings N      exit 1 when there are more than N warnings
  --quiet               report errors only
Exit status: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 usage, file or internal errors.`;

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

export async function check(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'text' },
            'max-warnings': { type: 'string' },
            quiet: { type: 'boolean', default: false },
        },
    });
    if (!['text', 'json', 'sarif'].includes(values.format)) throw new UsageError(`--format must be text, json or sarif, not "${values.format}"`);
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        throw new UsageError(`--max-warnings takes a whole number of 0 or more, not "${values['max-warnings']}"`);
    }
    const paths = findPlans(positionals.length > 0 ? positionals : ['.']);
    const { plans, configProblems } = await loadPlans(paths);
    const report = buildReport(plans, values.quiet);
    out(values.format === 'json' ? safeJson(JSON.stringify(report, null, 2))
        : values.format === 'sarif' ? safeJson(JSON.stringify(toSarif(report, VERSION, process.cwd()), null, 2))
        : formatText(report));
    // An invalid configuration was reported and the defaults applied; the run still fails as a usage problem.
    for (const problem of configProblems) err(`split-plan check: ${problem}`);
    if (configProblems.length > 0) return 2;
    const tooManyWarnings = maxWarnings !== undefined && report.summary.warnings > maxWarnings;
    return report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

export function buildReport(plans: readonly LoadedPlan[], errorsOnly = false): CheckReport {
    const summary = { files: plans.length, errors: 0, warnings: 0, information: 0, hints: 0 };
    const files = plans.map((plan) => {
        const diagnostics = [...plan.diagnostics]
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
        return { path: plan.path, diagnostics };
    });
    return { version: 1, files, summary };
}

const SEVERITY_STYLE: Record<Severity, Style> = {
    error: 'red', warning: 'yellow', information: 'blue', hint: 'gray',
};

function formatText(report: CheckReport): string {
    const lines: string[] = [];
    for (const file of report.files) {
        for (const { range, severity, message, code } of file.diagnostics) {
            const where = terminalText(`${file.path}:${range.start.line + 1}:${range.start.character + 1}`);
            lines.push(`${paint('bold', where)}  ${paint(SEVERITY_STYLE[severity], severity)}  ${terminalText(message)}  ${paint('dim', code)}`);
        }
    }
    const { files, errors, warnings, information, hints } = report.summary;
    const total = errors + warnings + information + hints;
    const counts = [plural(errors, 'error'), plural(warnings, 'warning'), `${information} information`, plural(hints, 'hint')];
    const summary = total === 0
        ? `No problems in ${plural(files, 'file')}.`
        : `${plural(total, 'problem')} (${counts.join(', ')}) in ${plural(files, 'file')}.`;
    lines.push(paint(errors > 0 ? 'red' : total > 0 ? 'yellow' : 'green', summary));
    return lines.join('\n');
}
