import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync, accessSync, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatSplitText } from '../language/lsp/split-formatter.js';
import { terminalText } from '../language/text-escapes.js';
import { findPlans, UsageError } from './files.js';
import { loadPlans, type LoadedPlan } from './workspace.js';

export const FMT_USAGE = `Usage: split-plan fmt [--check | --write] [PATH…]

Formats plans in the layout of the editor's formatter (prescriptions aligned per session, every comment kept).
  (no flag)   print the formatted text of one file
  --check     list the files that would change; exit 1 when there are any
  --write     rewrite the files that would change, atomically (a temporary file, then a rename)
A file that does not parse is never rewritten: it is reported and the exit status is 2.`;

export async function fmt(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { check: { type: 'boolean', default: false }, write: { type: 'boolean', default: false } },
    });
    if (values.check && values.write) throw new UsageError('--check and --write do not go together');
    const paths = findPlans(positionals.length > 0 ? positionals : ['.']);
    if (!values.check && !values.write && paths.length !== 1) {
        throw new UsageError(`without --check or --write, fmt prints one file; ${paths.length} were given (use --check or --write)`);
    }
    const { plans } = await loadPlans(paths);
    let status = 0;
    for (const plan of plans) {
        const problem = parseProblem(plan);
        if (problem) {
            err(`split-plan fmt: ${plan.path} does not parse (${problem}); left as it is`);
            status = 2;
            continue;
        }
        const original = plan.document.textDocument.getText();
        const formatted = formatSplitText(plan.document);
        if (!values.check && !values.write) {
            process.stdout.write(formatted);
        } else if (formatted !== original) {
            if (values.write) writeAtomically(plan.path, formatted);
            out(terminalText(plan.path));
            status = Math.max(status, values.check ? 1 : 0);
        }
    }
    return status;
}

function parseProblem(plan: LoadedPlan): string | undefined {
    const { lexerErrors, parserErrors } = plan.document.parseResult;
    const line = lexerErrors[0]?.line ?? parserErrors[0]?.token.startLine;
    return lexerErrors.length + parserErrors.length > 0 ? `line ${Number.isFinite(line) ? line : '?'}` : undefined;
}

/** A temporary file beside the original, then a rename: a reader sees the old text or the new one, never half. */
function writeAtomically(path: string, text: string): void {
    try {
        accessSync(path, constants.W_OK);
    } catch {
        throw new UsageError(`cannot write ${path}: permission denied; left as it is`);
    }
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, text, { mode: statSync(path).mode });
        chmodSync(temporary, statSync(path).mode);
        renameSync(temporary, path);
    } catch (error) {
        try {
            unlinkSync(temporary);
        } catch {
            // nothing was written
        }
        throw new UsageError(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); left as it is`);
    }
}
