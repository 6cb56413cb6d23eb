import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Settings } from '../language/config/settings.js';
import type { WeekModel } from '../language/model/week-model.js';
import { renderIcs } from '../render/export/export-ics.js';
import { renderJson } from '../render/export/export-json.js';
import { renderMarkdown } from '../render/export/export-markdown.js';
import { UsageError } from './files.js';
import { VERSION } from './version.js';
import { loadPlans } from './workspace.js';
import { writeTextFile } from './write-file.js';
import { buildPreviewModel } from '../render/preview/preview-model.js';
import { renderStandalonePage } from '../render/preview/preview-html.js';
import { packageFile } from '../language/utils/package-file.js';
import { plural } from '../words/words.js';
import { terminalText } from '../words/escapes.js';
import { buildReport } from './report/check-report.js';
import { textReport } from './report/text-report.js';

export const EXPORT_FORMATS = ['json', 'md', 'html', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a renderer gets: the plan's week and settings, its diagnostics, and the choices of the command line. */
export interface ExportInput {
    readonly path: string;
    readonly week: WeekModel;
    readonly settings: Settings;
    readonly diagnostics: readonly Diagnostic[];
    /** ics: the first day events may fall on. */
    readonly start?: Date;
}

/** The renderers, by format. */
const RENDERERS: Record<ExportFormat, (input: ExportInput) => string> = {
    json: ({ week, settings }) => renderJson(week, settings),
    md: ({ week, settings }) => renderMarkdown(week, settings),
    ics: ({ week, start }) => renderIcs(week, { from: start, version: VERSION }),
    html: ({ week, settings, diagnostics }) => renderStandalonePage(buildPreviewModel(week, settings, diagnostics), previewCss()),
};

/** The preview's stylesheet, inlined into the standalone page. */
function previewCss(): string {
    const path = packageFile('media/preview.css');
    if (!path) throw new UsageError('cannot find media/preview.css, which the html export needs');
    return readFileSync(path, 'utf8');
}

const FORMAT_HELP: Record<ExportFormat, string> = {
    json: 'the week model (SPEC §6): plan, sessions with their items and sets per region, weekly sets',
    md: 'Markdown tables to paste into a README',
    html: 'the preview page',
    ics: 'an iCalendar file: one weekly recurring event per session',
};
export const EXPORT_USAGE = `Usage: split-plan export FILE --format ${EXPORT_FORMATS.join('|')} [--output PATH] [--start YYYY-MM-DD]

Exports one plan:
${EXPORT_FORMATS.map((format) => `  --format ${format.padEnd(8)} ${FORMAT_HELP[format]}`).join('\n')}
  --output PATH     write to PATH instead of standard output: a file atomically (a temporary file, then a
                    rename; a symbolic link is followed), a device or pipe such as /dev/stdout directly;
                    without --format, the format follows PATH's extension (${EXPORT_FORMATS.map((format) => `.${format}`).join(', ')})
  --start DATE      ics: the first week's events fall on or after DATE (YYYY-MM-DD; default today)
A plan with errors is exported as far as it is valid, as the preview shows it (what an error is on counts for
nothing); its errors go to standard error and the exit status is 1. Warnings do not change an export.
Exit status: 0 exported, 1 exported with errors, 2 usage, configuration or file problems.`;

const EXTENSIONS: Record<string, ExportFormat> = { '.json': 'json', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.ics': 'ics' };

export async function exportCommand(args: string[], _out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', short: 'f' },
            output: { type: 'string', short: 'o' },
            start: { type: 'string' },
        },
    });
    if (positionals.length !== 1) {
        throw new UsageError(positionals.length === 0 ? `export needs a plan: split-plan export FILE --format ${EXPORT_FORMATS.join('|')}` : `export takes one plan, got ${positionals.length}`);
    }
    const format = chooseFormat(values.format, values.output);
    const render = RENDERERS[format];
    const start = values.start === undefined ? undefined : parseDate(values.start);
    if (values.output !== undefined && !existsSync(dirname(values.output) || '.')) {
        throw new UsageError(`cannot write ${values.output}: no such folder ${dirname(values.output)}`);
    }

    const [path] = positionals;
    if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`${path} is a folder; export takes one .split file`);
    const { services, plans, configProblems } = await loadPlans([path]);
    for (const problem of configProblems) err(`split-plan export: ${problem}`);
    if (configProblems.length > 0) return 2;
    const plan = plans[0];
    const { week, settings } = services.model.WeekModels.get(plan.document);
    const text = render({ path, week, settings, diagnostics: plan.diagnostics, start });
    // /dev/stdout is standard output, which the system may not open again (a socket, as Node gives its children).
    if (values.output === undefined || values.output === '/dev/stdout') await writeStdout(text);
    else writeTextFile(values.output, text);
    // A plan with errors is exported as far as it parses, as the preview shows it: a broken line counts for nothing.
    const errors = buildReport([plan], { errorsOnly: true });
    if (errors.summary.errors === 0) return 0;
    for (const line of textReport(errors).split('\n').slice(0, -1)) err(line);
    err(`split-plan export: ${terminalText(path)} has ${plural(errors.summary.errors, 'error')}; exported as far as it is valid (what they are on counts for nothing)`);
    return 1;
}

function chooseFormat(format: string | undefined, output: string | undefined): ExportFormat {
    if (format !== undefined) {
        const lower = format.toLowerCase();
        const chosen = lower === 'markdown' ? 'md' : lower === 'ical' || lower === 'icalendar' ? 'ics' : lower;
        if (!(EXPORT_FORMATS as readonly string[]).includes(chosen)) throw new UsageError(`--format must be ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
        return chosen as ExportFormat;
    }
    const inferred = output !== undefined ? EXTENSIONS[extname(output).toLowerCase()] : undefined;
    if (!inferred) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')} (or an --output path ending in ${EXPORT_FORMATS.map((format) => `.${format}`).join(', ')})`);
    return inferred;
}

/** YYYY-MM-DD as a local date. */
function parseDate(text: string): Date {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
    if (!match || !date || date.getMonth() !== Number(match[2]) - 1 || date.getDate() !== Number(match[3])) {
        throw new UsageError(`--start takes a date as YYYY-MM-DD, not "${text}"`);
    }
    return date;
}

/** The exact text (iCalendar's CRLFs included), finished before the process ends. */
function writeStdout(text: string): Promise<void> {
    return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}
