import { parseArgs } from 'node:util';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { formatSplitText } from '../language/format/format-text.js';
import { terminalText } from '../words/escapes.js';
import { findPlans, UsageError } from './files.js';
import { loadPlans, type LoadedPlan } from './workspace.js';
import { writeTextFile } from './write-file.js';

export const FMT_USAGE = `Usage: split-plan fmt [--check | --write] [PATH…]

Formats plans in the layout of the editor's formatter (prescriptions aligned per session, every comment kept).
  (no flag)   print the formatted text of one file
  --check     list the files that would change; exit 1 when there are any
  --write     rewrite the files that would change, atomically (a temporary file, then a rename), following
              symbolic links and keeping each file's mode, owner, hard links and byte-order mark
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
        // The byte-order mark a file begins with stays, as Prettier keeps it.
        const written = `${plan.bom ? '\uFEFF' : ''}${formatted}`;
        if (!values.check && !values.write) {
            process.stdout.write(written);
        } else if (formatted !== original) {
            if (values.write) rewrite(plan.path, written);
            out(terminalText(plan.path));
            status = Math.max(status, values.check ? 1 : 0);
            // Between two files, SIGINT or SIGTERM may end the run (src/cli/write-file.ts).
            await nextTurn();
        }
    }
    return status;
}

function parseProblem(plan: LoadedPlan): string | undefined {
    const { lexerErrors, parserErrors } = plan.document.parseResult;
    const line = lexerErrors[0]?.line ?? parserErrors[0]?.token.startLine;
    return lexerErrors.length + parserErrors.length > 0 ? `line ${Number.isFinite(line) ? line : '?'}` : undefined;
}

function rewrite(path: string, text: string): void {
    try {
        writeTextFile(path, text);
    } catch (error) {
        throw error instanceof UsageError ? new UsageError(`${error.message}; left as it is`) : error;
    }
}
