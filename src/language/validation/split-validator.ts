import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import {
    isAgeStatement, isFtpStatement, isGoalStatement, isHrMaxStatement, isPlanTitle, isSession, isUnitsStatement,
    type AgeStatement, type BrokenSession, type Exercise, type FtpStatement, type HrMaxStatement, type Import, type Item, type Plan, type Session, type SplitAstType,
} from '../generated/ast.js';
import { DEFAULTS, MUSCLES } from '../facts/defaults.js';
import { toMuscle } from '../model/exercise-info.js';
import { parseTime } from '../model/week-model.js';
import { suggestNames, writtenName } from '../references/names.js';
import { misspeltWeekday } from './weekday-typo.js';
import { timeOfDayMessage } from '../parser/broken-lines.js';
import { RULE_CATALOG, type Severity } from '../facts/rule-catalog.js';
import { lineRange } from '../utils/cst.js';
import type { Finding } from '../rules/rule.js';
import { WEEK_RULES } from '../rules/index.js';
import type { SplitServices } from '../split-module.js';
import { firstErrorLine, isImportFailure, unresolvedImportMessage, type SplitImports } from '../workspace/split-imports.js';
import type { SplitWeekModels } from '../model/split-week-models.js';

export function registerValidationChecks(services: SplitServices): void {
    const validator = services.validation.SplitValidator;
    const checks: ValidationChecks<SplitAstType> = {
        Plan: [validator.checkHeader, validator.checkWeek],
        Session: validator.checkSession,
        BrokenSession: validator.checkItems,
        Import: validator.checkImport,
        Exercise: validator.checkExercise,
        AgeStatement: validator.checkAge,
        HrMaxStatement: validator.checkHrMax,
        FtpStatement: validator.checkFtp,
    };
    services.validation.ValidationRegistry.register(checks, validator);
}

/**
 * Adapts the rules' findings to Langium and checks what the lenient grammar accepts but the language forbids
 * (SPEC §2). Language-shape problems carry the code `syntax`.
 */
export class SplitValidator {
    private readonly imports: SplitImports;
    private readonly weekModels: SplitWeekModels;

    constructor(services: SplitServices) {
        this.imports = services.references.Imports;
        this.weekModels = services.model.WeekModels;
    }

    checkWeek(plan: Plan, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(plan);
        const { week, settings } = this.weekModels.get(document);
        for (const rule of WEEK_RULES) {
            // The severity the rule found; the goal, the configuration and suppressions apply later, to every code alike.
            for (const finding of rule.check(week, settings)) report(finding, finding.severity ?? RULE_CATALOG[finding.code].severity, accept);
        }
    }

    /** Header statements come before the first session, each at most once (SPEC §2.2). */
    checkHeader(plan: Plan, accept: ValidationAcceptor): void {
        const seen = new Map<string, number>();
        let sessionSeen = false;
        for (const statement of plan.statements) {
            if (isSession(statement)) {
                sessionSeen = true;
                continue;
            }
            const keyword = headerKeyword(statement);
            if (!keyword) continue;
            if (sessionSeen) {
                accept('error', `\`${keyword}\` belongs in the header, before the first session`, { node: statement, range: statementLine(statement), code: 'syntax' });
            }
            const line = seen.get(keyword);
            if (line !== undefined && keyword !== 'import') {
                accept('error', `\`${keyword}\` is already given on line ${line}`, { node: statement, range: statementLine(statement), code: 'syntax' });
            }
            seen.set(keyword, (statement.$cstNode?.range.start.line ?? 0) + 1);
        }
    }

    checkSession(session: Session, accept: ValidationAcceptor): void {
        if (session.time !== undefined && parseTime(session.time) === undefined) {
            accept('error', timeOfDayMessage(), { node: session, property: 'time', code: 'syntax' });
        }
        if (session.rest && session.items.length > 0) {
            accept('error', 'A rest day holds no exercises: remove `rest` or the items below it', { node: session, property: 'rest', code: 'syntax' });
        }
        // Items are checked here rather than each by Langium: a check registered per item cost an asynchronous call
        // per item, a third of what checking a 10,000-line plan allocated.
        this.checkItems(session, accept);
    }

    /** The items of a session, also of one whose header is broken (SPEC §2.1). */
    checkItems(session: Session | BrokenSession, accept: ValidationAcceptor): void {
        for (const item of session.items) this.checkItem(item, accept);
    }

    private checkItem(item: Item, accept: ValidationAcceptor): void {
        const weekday = misspeltWeekday(item);
        if (weekday) {
            accept('error', `"${writtenName(item.exercise.$refText)}" is not a weekday: write ${weekday} or ${weekday.slice(0, 3)}`,
                { node: item, property: 'exercise', code: 'syntax' });
        } else if (item.groups.length === 0 && !item.amount) {
            accept('error', `Expected a prescription after "${writtenName(item.exercise.$refText)}", such as 4x10, 3x8-12, 30min or 5km`,
                { node: item, property: 'exercise', code: 'syntax' });
        }
    }

    checkImport(node: Import, accept: ValidationAcceptor): void {
        if (node.path === undefined) return; // the parser already reports the missing path
        const uri = this.imports.resolve(node);
        if (!uri) {
            accept('error', `Cannot import "${node.path.toWellFormed()}": the path holds half of a character (a broken emoji or symbol, shown as �) that no file name can hold; type the path again`,
                { node, property: 'path', code: 'unresolved-import' });
            return;
        }
        const imported = this.imports.lookup(node);
        if (isImportFailure(imported)) {
            accept('error', unresolvedImportMessage(node.path, uri, imported), { node, property: 'path', code: 'unresolved-import' });
            return;
        }
        const first = firstErrorLine(imported.parseResult);
        if (first !== undefined) {
            accept('error', `"${node.path}" does not parse (first error on its line ${first}): fix it there`,
                { node, property: 'path', code: 'unresolved-import' });
        }
    }

    checkExercise(exercise: Exercise, accept: ValidationAcceptor): void {
        if (!exercise.name?.trim()) accept('error', 'An exercise needs a name', { node: exercise, property: 'name', code: 'syntax' });
        if (exercise.primary.length === 0) {
            accept('error', `"${exercise.name}" needs \`primary\` muscles, e.g. primary quadriceps, glutes`, { node: exercise, property: 'name', code: 'syntax' });
        }
        for (const property of ['primary', 'secondary'] as const) {
            exercise[property].forEach((written, index) => {
                if (toMuscle(written)) return;
                const suggestion = suggestNames(written, MUSCLES, 1)[0];
                accept('error', `"${written}" is not a muscle of the vocabulary${suggestion ? `; did you mean "${suggestion}"?` : ''} (${MUSCLES.join(', ')})`,
                    { node: exercise, property, index, code: 'syntax' });
            });
        }
        for (const [property, what] of [['mechanics', 'mechanic'], ['kinds', 'kind'], ['impacts', 'impact']] as const) {
            if (exercise[property].length > 1) {
                accept('error', `Give one ${what}, not ${exercise[property].join(' and ')}`, { node: exercise, property, index: 1, code: 'syntax' });
            }
        }
    }

    checkAge(statement: AgeStatement, accept: ValidationAcceptor): void {
        const { min, max } = DEFAULTS.limits.age;
        if (!Number.isInteger(statement.age) || statement.age < min || statement.age > max) {
            accept('error', `age is whole years from ${min} to ${max}`, { node: statement, property: 'age', code: 'syntax' });
        }
    }

    checkHrMax(statement: HrMaxStatement, accept: ValidationAcceptor): void {
        const { min, max } = DEFAULTS.limits.hrmax;
        if (statement.hrmax < min || statement.hrmax > max) {
            accept('error', `hrmax is a maximum heart rate in bpm, from ${min} to ${max}`, { node: statement, property: 'hrmax', code: 'syntax' });
        }
    }

    checkFtp(statement: FtpStatement, accept: ValidationAcceptor): void {
        const { min, max } = DEFAULTS.limits.ftp;
        if (statement.ftp < min || statement.ftp > max) {
            accept('error', `ftp is a functional threshold power in watts, from ${min} to ${max}`, { node: statement, property: 'ftp', code: 'syntax' });
        }
    }
}

function report(finding: Finding, severity: Severity, accept: ValidationAcceptor): void {
    accept(severity === 'information' ? 'info' : severity, finding.message, {
        node: finding.node,
        property: finding.property,
        range: finding.range ?? (finding.property || !finding.node.$cstNode ? undefined : lineRange(finding.node.$cstNode)),
        code: finding.code,
        data: finding.fix,
    });
}

function headerKeyword(statement: Plan['statements'][number]): string | undefined {
    if (isPlanTitle(statement)) return 'plan';
    if (isGoalStatement(statement)) return 'goal';
    if (isAgeStatement(statement)) return 'age';
    if (isHrMaxStatement(statement)) return 'hrmax';
    if (isFtpStatement(statement)) return 'ftp';
    if (isUnitsStatement(statement)) return 'units';
    if (statement.$type === 'Import') return 'import';
    return undefined;
}


function statementLine(statement: Plan['statements'][number]) {
    return statement.$cstNode && lineRange(statement.$cstNode);
}
