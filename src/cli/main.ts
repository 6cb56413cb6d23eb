import { check, CHECK_USAGE } from './check.js';
import { diff, DIFF_USAGE } from './diff.js';
import { exportCommand, EXPORT_USAGE } from './export.js';
import { fmt, FMT_USAGE } from './fmt.js';
import { UsageError } from './files.js';
import { terminalText } from '../words/escapes.js';
import { VERSION } from './version.js';

const USAGE = `Usage: split-plan <command> [options]

Commands:
  check [PATH…]    check plans for mistakes and training-science warnings
  fmt [PATH…]      format plans (--check to list files that would change, --write to rewrite them)
  export FILE      a plan as JSON, Markdown tables, the preview page or an iCalendar file (--format json|md|html|ics)
  diff OLD NEW     what changed between two versions of a plan, in training terms (also git's diff driver)

Run "split-plan <command> --help" for a command's options.`;

const COMMANDS: Record<string, { run: (args: string[], out: (text: string) => void, err: (text: string) => void) => Promise<number>; usage: string }> = {
    check: { run: check, usage: CHECK_USAGE },
    fmt: { run: fmt, usage: FMT_USAGE },
    export: { run: exportCommand, usage: EXPORT_USAGE },
    diff: { run: diff, usage: DIFF_USAGE },
};

/**
 * Runs the command line and returns its exit status; never throws. Every message on standard error is one line of
 * plain text and may quote the user (a path, an argument, a configuration key): its controls are shown as escapes.
 */
export async function main(argv: string[], out: (text: string) => void = (text) => process.stdout.write(text + '\n'),
    writeErr: (text: string) => void = (text) => process.stderr.write(text + '\n')): Promise<number> {
    const err = (text: string) => writeErr(terminalText(text));
    const [name, ...args] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        out(USAGE);
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
        out(VERSION);
        return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        err(`split-plan: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})`);
        return 2;
    }
    if (args.includes('--help') || args.includes('-h')) {
        out(command.usage);
        return 0;
    }
    try {
        return await command.run(args, out, err);
    } catch (error) {
        err(`split-plan ${name}: ${describe(error)}`);
        return 2;
    }
}

/** Usage and file-system problems are one clear line; anything else is a bug, still one line and status 2. */
function describe(error: unknown): string {
    if (error instanceof UsageError) return error.message;
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return (error as Error).message.split(/\r?\n/)[0].replace(/\. To specify.*$/, '');
    return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

