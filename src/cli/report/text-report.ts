import type { Severity } from '../../language/facts/rule-catalog.js';
import { terminalText } from '../../words/escapes.js';
import { plural } from '../../words/words.js';
import { paint, type Style } from './paint.js';
import type { CheckReport } from './check-report.js';

const SEVERITY_STYLE: Record<Severity, Style> = {
    error: 'red', warning: 'yellow', information: 'blue', hint: 'gray',
};

/** What `--quiet` left out of a report. */
export type HiddenCounts = Pick<CheckReport['summary'], 'warnings' | 'information' | 'hints'>;

/**
 * `check --format text`: `path:line:col  severity  message  code`, 1-based, then a summary line (SPEC §6) that says
 * what `--quiet` left out, so that "No problems" is never said of a plan with hidden warnings.
 */
export function textReport(report: CheckReport, hidden?: HiddenCounts): string {
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
    const left = hidden ? [plural(hidden.warnings, 'warning'), `${hidden.information} information`, plural(hidden.hints, 'hint')]
        .filter((_, index) => [hidden.warnings, hidden.information, hidden.hints][index] > 0) : [];
    const notShown = left.length > 0 ? ` (${left.join(', ')} not shown: --quiet)` : '';
    const summary = total === 0 && left.length === 0
        ? `No problems in ${plural(files, 'file')}.`
        : total === 0
            ? `No errors in ${plural(files, 'file')}${notShown}.`
            : `${plural(total, 'problem')} (${counts.join(', ')}) in ${plural(files, 'file')}${notShown}.`;
    lines.push(paint(errors > 0 ? 'red' : total > 0 || left.length > 0 ? 'yellow' : 'green', summary));
    return lines.join('\n');
}
