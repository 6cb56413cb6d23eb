import { parseArgs } from 'node:util';
import { paint } from './report/paint.js';
import { MUSCLES } from '../language/facts/defaults.js';
import type { ItemModel, SessionModel, WeekModel } from '../language/model/week-model.js';
import { normalizeName } from '../language/references/names.js';
import { terminalText } from '../words/escapes.js';
import { prescriptionWithNotes } from '../words/prescription-text.js';
import { number, when } from '../words/words.js';
import { buildReport, type JsonDiagnostic } from './report/check-report.js';
import { UsageError } from './files.js';
import { loadTexts, readPlan } from './workspace.js';

export const DIFF_USAGE = `Usage: split-plan diff OLD NEW
       split-plan diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE

Shows what changed between two versions of a plan in training terms: sessions added, removed or moved,
exercises added, removed or changed, weekly sets per muscle, and diagnostics that appear or disappear.
--git makes it git's external diff driver: in .gitattributes  *.split diff=split
                                          and                 git config diff.split.command "split-plan diff --git"`;

/** One version of a plan: its week and its diagnostics. */
export interface PlanVersion {
    readonly week: WeekModel;
    readonly diagnostics: readonly JsonDiagnostic[];
}

/** What changed, in training terms. Each list holds lines ready to print, in the order of the week. */
export interface PlanDiff {
    readonly plan: string[];
    readonly sessions: string[];
    readonly exercises: string[];
    readonly weeklySets: string[];
    readonly diagnostics: string[];
}

export async function diff(args: string[], out: (text: string) => void): Promise<number> {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { git: { type: 'boolean', default: false } } });
    let path: string;
    let oldText: string;
    let newText: string;
    let title: string;
    if (values.git) {
        // git runs the driver with: path old-file old-hex old-mode new-file new-hex new-mode (from the repository's root).
        if (positionals.length !== 7) throw new UsageError(`--git takes git's seven arguments, got ${positionals.length}`);
        const [gitPath, oldFile, , , newFile] = positionals;
        path = gitPath;
        oldText = oldFile === '/dev/null' ? '' : readPlan(oldFile).text;
        newText = newFile === '/dev/null' ? '' : readPlan(newFile).text;
        title = `diff --split a/${gitPath} b/${gitPath}`;
    } else {
        if (positionals.length !== 2) throw new UsageError('diff takes two plans: split-plan diff OLD NEW');
        const [oldPath, newPath] = positionals;
        path = newPath;
        oldText = readPlan(oldPath).text;
        newText = readPlan(newPath).text;
        title = `split-plan diff ${oldPath} → ${newPath}`;
    }
    // Each version on its own, as the file at `path`: its imports and configuration are those next to it.
    const [before, after] = await Promise.all([oldText, newText].map(async (text) => {
        const { services, plans } = await loadTexts([{ path, text }]);
        return { week: services.model.WeekModels.get(plans[0].document).week, diagnostics: buildReport(plans).files[0].diagnostics };
    }));
    out(formatDiff(title, diffPlans(before, after)));
    return 0;
}

export function diffPlans(before: PlanVersion, after: PlanVersion): PlanDiff {
    return {
        plan: diffPlanInfo(before.week, after.week),
        ...diffSessions(before.week, after.week),
        weeklySets: MUSCLES
            .filter((muscle) => before.week.weeklySets[muscle] !== after.week.weeklySets[muscle])
            .map((muscle) => `${muscle} ${number(before.week.weeklySets[muscle])} → ${number(after.week.weeklySets[muscle])}`),
        diagnostics: diffDiagnostics(before.diagnostics, after.diagnostics),
    };
}

function diffPlanInfo(before: WeekModel, after: WeekModel): string[] {
    const fields = [
        ['plan', before.plan.title, after.plan.title],
        ['goal', before.plan.goal, after.plan.goal],
        ['age', before.plan.age, after.plan.age],
        ['hrmax', before.plan.hrmax, after.plan.hrmax],
        ['units', before.plan.units, after.plan.units],
    ] as const;
    return fields.filter(([, old, now]) => old !== now).map(([name, old, now]) => `${name} ${show(old)} → ${show(now)}`);
}

/** Sessions are paired by title when titles are unique, then by day and time, then by day. */
function diffSessions(before: WeekModel, after: WeekModel): Pick<PlanDiff, 'sessions' | 'exercises'> {
    const pairs: Array<[SessionModel, SessionModel]> = [];
    const left = [...before.sessions];
    const right = [...after.sessions];
    const pairBy = (key: (session: SessionModel) => string | undefined) => {
        for (const old of [...left]) {
            const oldKey = key(old);
            if (oldKey === undefined || left.filter((other) => key(other) === oldKey).length > 1) continue;
            const matches = right.filter((now) => key(now) === oldKey);
            if (matches.length !== 1) continue;
            pairs.push([old, matches[0]]);
            left.splice(left.indexOf(old), 1);
            right.splice(right.indexOf(matches[0]), 1);
        }
    };
    pairBy((session) => (session.title ? session.title.toLowerCase() : undefined));
    pairBy((session) => `${session.day} ${session.time}`);
    pairBy((session) => String(session.day));

    const sessions: string[] = [];
    const exercises: string[] = [];
    const events: Array<{ start: number; line: string; kind: 'session' | 'exercise' }> = [];
    for (const session of right) events.push({ start: session.start, kind: 'session', line: `+ ${label(session)}` });
    for (const session of left) events.push({ start: session.start, kind: 'session', line: `- ${label(session)}` });
    for (const [old, now] of pairs) {
        if (old.start !== now.start) events.push({ start: now.start, kind: 'session', line: `~ ${label(old)} moved to ${when(now)}` });
        if (old.rest !== now.rest) events.push({ start: now.start, kind: 'session', line: `~ ${label(now)} ${now.rest ? 'is now a rest day' : 'is no longer a rest day'}` });
        for (const line of diffItems(old, now)) events.push({ start: now.start, kind: 'exercise', line: `${label(now)} · ${line}` });
    }
    for (const event of events.sort((a, b) => a.start - b.start)) (event.kind === 'session' ? sessions : exercises).push(event.line);
    return { sessions, exercises };
}

/** Items are paired by exercise, in order; a changed prescription reads "Squat 4x10 → 5x8", as every output writes it. */
function diffItems(before: SessionModel, after: SessionModel): string[] {
    const remaining = [...before.items];
    const lines: string[] = [];
    for (const item of after.items) {
        const match = remaining.find((old) => exerciseKey(old) === exerciseKey(item));
        if (!match) {
            lines.push(`+ ${item.name} ${prescriptionWithNotes(item)}`);
            continue;
        }
        remaining.splice(remaining.indexOf(match), 1);
        if (JSON.stringify(meaning(match)) !== JSON.stringify(meaning(item))) lines.push(`${item.name} ${prescriptionWithNotes(match)} → ${prescriptionWithNotes(item)}`);
    }
    for (const item of remaining) lines.push(`- ${item.name} ${prescriptionWithNotes(item)}`);
    return lines;
}

function diffDiagnostics(before: readonly JsonDiagnostic[], after: readonly JsonDiagnostic[]): string[] {
    const key = (diagnostic: JsonDiagnostic) => `${diagnostic.severity}  ${diagnostic.code}  ${diagnostic.message}`;
    const count = (list: readonly JsonDiagnostic[]) => list.reduce((counts, diagnostic) => counts.set(key(diagnostic), (counts.get(key(diagnostic)) ?? 0) + 1), new Map<string, number>());
    const old = count(before);
    const now = count(after);
    return [
        ...[...now].filter(([text, n]) => n > (old.get(text) ?? 0)).map(([text]) => `+ ${text}`),
        ...[...old].filter(([text, n]) => n > (now.get(text) ?? 0)).map(([text]) => `- ${text}`),
    ];
}

function exerciseKey(item: ItemModel): string {
    return normalizeName(item.exercise?.name ?? item.name);
}

/** What an item prescribes, without the way it is written ("4 x 10" is "4x10"). */
function meaning(item: ItemModel): unknown {
    const { groups, amount, load, effort, drops, restPause, restSeconds, notes } = item.prescription;
    return { groups, amount, load, effort, drops, restPause, restSeconds, notes };
}

function label(session: SessionModel): string {
    return `${session.dayName}${session.title ? ` "${session.title}"` : ''}${session.rest ? ' rest' : ` ${session.time}`}`;
}

function show(value: string | number | undefined): string {
    return value === undefined ? '(none)' : String(value);
}

export function formatDiff(title: string, changes: PlanDiff): string {
    const sections: Array<[string, string[]]> = [
        ['Plan', changes.plan], ['Sessions', changes.sessions], ['Exercises', changes.exercises],
        ['Weekly sets', changes.weeklySets], ['Diagnostics', changes.diagnostics],
    ];
    const shown = sections.filter(([, lines]) => lines.length > 0);
    const heading = paint('bold', terminalText(title));
    if (shown.length === 0) return `${heading}\nNo changes in training terms.`;
    return [heading, ...shown.flatMap(([name, lines]) => [paint('bold', name), ...lines.map((line) => `  ${colour(terminalText(line))}`)])].join('\n');
}

function colour(line: string): string {
    return line.startsWith('+ ') ? paint('green', line) : line.startsWith('- ') ? paint('red', line) : line;
}
