import { parseArgs } from 'node:util';
import { findPlans, UsageError } from './files.js';
import { loadPlans } from './workspace.js';
import { buildReport } from './report/check-report.js';
import { jsonReport } from './report/json-report.js';
import { sarifReport } from './report/sarif-report.js';
import { textReport } from './report/text-report.js';
import { VERSION } from './version.js';

export const CHECK_USAGE = `Usage: split-plan check [PATH…] [--markdown] [--format text|json|sarif] [--max-warnings N] [--quiet]

Checks .split files and folders (recursively; default: the current folder), and the \`\`\`split fences of the
Markdown files given (README.md), at the Markdown file's lines.
  --markdown            search folders for Markdown files (.md, .markdown) too
  --format text|json|sarif
                        text (default): path:line:col  severity  message  code; json: one JSON document;
                        sarif: SARIF 2.1.0 for code-scanning tools
  --max-warnings N      exit 1 when there are more than N warnings
  --quiet               report errors only
Exit status: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 usage, file or internal errors.`;

export async function check(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'text' },
            'max-warnings': { type: 'string' },
            quiet: { type: 'boolean', default: false },
            markdown: { type: 'boolean', default: false },
        },
    });
    if (!['text', 'json', 'sarif'].includes(values.format)) throw new UsageError(`--format must be text, json or sarif, not "${values.format}"`);
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        throw new UsageError(`--max-warnings takes a whole number of 0 or more, not "${values['max-warnings']}"`);
    }
    const paths = findPlans(positionals.length > 0 ? positionals : ['.'], { markdown: values.markdown });
    const { plans, configProblems } = await loadPlans(paths);
    const report = buildReport(plans, { errorsOnly: values.quiet, paths });
    const hidden = values.quiet ? buildReport(plans, { paths }).summary : undefined;
    out(values.format === 'json' ? jsonReport(report)
        : values.format === 'sarif' ? sarifReport(report, VERSION, process.cwd())
        : textReport(report, hidden));
    // An invalid configuration was reported and the defaults applied; the run still fails as a usage problem.
    for (const problem of configProblems) err(`split-plan check: ${problem}`);
    if (configProblems.length > 0) return 2;
    const tooManyWarnings = maxWarnings !== undefined && report.summary.warnings > maxWarnings;
    return report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}
