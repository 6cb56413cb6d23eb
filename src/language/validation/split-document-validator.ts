import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled, ValidationRegistry,
    type AstNode, type LangiumDocument, type MaybePromise, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver-types';
import { isBrokenSession, isItem, isSession, type Plan } from '../generated/ast.js';
import { misspeltWeekday } from './weekday-typo.js';
import { writtenName } from '../references/names.js';
import { isRuleCode, LSP_SEVERITY, severityName } from '../facts/rule-catalog.js';
import type { Goal } from '../facts/defaults.js';
import { decideSeverity } from './severity.js';
import type { Settings } from '../config/settings.js';
import type { SplitServices } from '../split-module.js';
import type { SplitScopeProvider } from '../references/split-scope-provider.js';
import type { SplitWeekModels } from '../model/split-week-models.js';
import { suppressions } from './suppressions.js';
import { ruleDocumentationUrl } from '../rules/documentation.js';

/**
 * The one place every diagnostic passes through, in the editor and on the command line alike: Langium's lexer,
 * parser and linker errors get Split's codes and messages, then configuration and in-file suppressions apply.
 */
export class SplitDocumentValidator extends DefaultDocumentValidator {
    private readonly scopeProvider: SplitScopeProvider;
    private readonly weekModels: SplitWeekModels;

    constructor(services: SplitServices) {
        super(services);
        this.scopeProvider = services.references.ScopeProvider;
        this.weekModels = services.model.WeekModels;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {},
        cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await this.collectDiagnostics(document, options, cancelToken);
        const { week, settings } = this.weekModels.get(document);
        const firstStatementLine = (document.parseResult.value as Plan).statements[0]?.$cstNode?.range.start.line ?? Infinity;
        const text = document.textDocument.getText();
        // Lines end as the lexer and LSP end them: \r\n, \n or a lone \r. Measured only for a plan with syntax errors.
        let lineLengths: number[] | undefined;
        const lineLength = (line: number) => (lineLengths ??= text.split(/\r\n|\r|\n/).map((each) => each.length))[line] ?? 0;
        return applySettings(oneErrorPerBrokenLine(diagnostics).map((diagnostic) => withSplitCode(diagnostic, lineLength)), text, firstStatementLine, week.plan.goal, settings);
    }

    /**
     * Langium's own collection (its `stopAfter…` options aside, which Split never sets), with two differences: the
     * checks' findings are added one by one, for Langium spreads them into one call, which overflows the stack past
     * about 120,000 of them; and a failure outside the checks is reported as an internal error rather than only
     * logged, so that neither the editor nor the command line presents an unfinished check as a complete one.
     */
    private async collectDiagnostics(document: LangiumDocument, options: ValidationOptions, cancelToken: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(document.parseResult, diagnostics, options);
            this.processParsingErrors(document.parseResult, diagnostics, options);
            this.processLinkingErrors(document, diagnostics);
        }
        try {
            for (const diagnostic of await this.validateAst(document.parseResult.value, options, cancelToken)) diagnostics.push(diagnostic);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            diagnostics.push({ ...internalError(error), severity: DiagnosticSeverity.Error, source: this.getSource() });
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    /**
     * Checks are registered down to sessions (split-validator.ts), none below: the walk skips their items, with
     * their prescriptions, loads and modifiers, most of a plan's nodes. test/language/language.test.ts keeps the registrations to that.
     */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        return isSession(node) || isBrokenSession(node) ? { validateNode: true, validateChildren: false } : super.validateSingleNodeOptions(node, options);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        // A misspelt weekday is reported as such by the validator, not as an unknown exercise.
        const references = document.references.filter((reference) => reference.error
            && !(isItem(reference.error.info.container) && misspeltWeekday(reference.error.info.container)));
        if (references.length === 0) return;
        const scope = this.scopeProvider.exerciseScope(document.parseResult.value as Plan);
        for (const reference of references) {
            const name = writtenName(reference.$refText);
            const suggestions = scope.suggestions(name);
            const hint = suggestions.length > 0
                ? `; did you mean ${suggestions.map((suggestion) => `"${suggestion}"`).join(' or ')}?`
                : '; declare it with `exercise "…" primary …` or import a file that does';
            diagnostics.push({
                severity: DiagnosticSeverity.Warning,
                range: reference.$refNode!.range,
                message: `Unknown exercise "${name}"${hint}`,
                code: 'unknown-exercise',
                data: { kind: 'unknown-exercise', name, suggestions },
                source: this.getSource(),
            });
        }
    }
}

/** The code of the diagnostic that says a check failed: a bug in Split, never a problem of the plan. */
const INTERNAL_ERROR = 'internal-error';

/** What a failed check says, at the start of the node it failed on (by default, of the plan). */
function internalError(error: unknown, at: Position = { line: 0, character: 0 }): { message: string; range: Range; code: string; data: { reason: string } } {
    const reason = (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0];
    return {
        message: `Split could not finish checking this plan (internal error: ${reason}): the problems shown may be incomplete; please report this`,
        range: { start: at, end: at },
        code: INTERNAL_ERROR,
        data: { reason },
    };
}

/** Why a check of the plan failed, if one did. */
export function internalErrorOf(diagnostics: readonly Diagnostic[] | undefined): string | undefined {
    const failure = diagnostics?.find((diagnostic) => diagnostic.code === INTERNAL_ERROR);
    return failure && (failure.data as { reason: string }).reason;
}

/**
 * A check that throws is reported as an internal error where it failed, as Langium reports it but with a code the
 * command line can tell from the plan's problems, and without a stack trace on the user's terminal.
 */
export class SplitValidationRegistry extends ValidationRegistry {
    protected override async handleException(functionality: () => MaybePromise<void>, _context: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            const { message, ...info } = internalError(error, node.$cstNode?.range.start);
            accept('error', message, { node, ...info });
        }
    }
}

function isLexerOrParserError(diagnostic: Diagnostic): boolean {
    const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
    return langiumCode === DocumentValidator.LexingError || langiumCode === DocumentValidator.ParsingError;
}

/**
 * A broken line gets one message: the parser's first. What the parser's error recovery made of the rest of that
 * line (e.g. `kg` read as the name of a new item) is noise and dropped.
 */
function oneErrorPerBrokenLine(diagnostics: Diagnostic[]): Diagnostic[] {
    const brokenAt = new Map<number, number>();
    for (const diagnostic of diagnostics.filter(isLexerOrParserError)) {
        const { line, character } = diagnostic.range.start;
        brokenAt.set(line, Math.min(character, brokenAt.get(line) ?? Infinity));
    }
    const reported = new Set<number>();
    return diagnostics.filter((diagnostic) => {
        const { line, character } = diagnostic.range.start;
        const column = brokenAt.get(line);
        if (column === undefined || diagnostic.code === INTERNAL_ERROR) return true;
        // What validation says about the language on a line the parser could not read adds nothing.
        if (!isLexerOrParserError(diagnostic)) return character < column && diagnostic.code !== 'syntax';
        if (reported.has(line)) return false;
        reported.add(line);
        return true;
    });
}

/**
 * Lexer and parser errors are `syntax` (SPEC §4.1). The parser reports a missing token on the newline that it
 * found instead, whose range ends past its line: such a range becomes the point at the end of the line.
 */
function withSplitCode(diagnostic: Diagnostic, lineLength: (line: number) => number): Diagnostic {
    if (!isLexerOrParserError(diagnostic)) return diagnostic;
    const { start, end } = diagnostic.range;
    const length = lineLength(end.line);
    const range = end.character > length ? { start: { line: start.line, character: Math.min(start.character, lineLength(start.line)) }, end: { line: end.line, character: length } } : diagnostic.range;
    return { ...diagnostic, range, code: 'syntax', data: undefined };
}

/**
 * Each coded diagnostic's severity as decideSeverity gives it (goal, configuration, `split-disable` comments), and
 * its documentation link. The diagnostics are this check's own, made for it: they are adjusted in place rather than
 * copied, for a large plan has thousands.
 */
export function applySettings(diagnostics: Diagnostic[], text: string, firstStatementLine: number, goal: Goal, settings: Settings): Diagnostic[] {
    const silenced = suppressions(text, firstStatementLine);
    return diagnostics.filter((diagnostic) => {
        const code = diagnostic.code;
        if (!isRuleCode(code)) return true;
        const suppressed = silenced.file.has(code) || silenced.lines.get(diagnostic.range.start.line)?.has(code) === true;
        const severity = decideSeverity({ code, found: severityName(diagnostic.severity), goal, settings, suppressed });
        if (severity === 'off') return false;
        diagnostic.severity = LSP_SEVERITY[severity];
        const href = ruleDocumentationUrl(code);
        if (href) diagnostic.codeDescription = { href };
        return true;
    });
}
