import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import { MarkupKind, type Hover, type HoverParams, type Range } from 'vscode-languageserver';
import {
    isAgeStatement, isDropModifier, isExercise, isFtpStatement, isGoalStatement, isHrMaxStatement, isImport, isItem, isPlanTitle,
    isRestPauseModifier, isSession, isUnitsStatement,
    type Exercise, type Item,
} from '../generated/ast.js';
import { DEFAULTS, GOALS, REGIONS, estimateHrMax } from '../facts/defaults.js';
import { vocabularyWord, wordDocumentation } from '../facts/vocabulary.js';
import type { Settings } from '../config/settings.js';
import { exerciseInfo, type ExerciseInfo } from '../model/exercise-info.js';
import type { SetGroupModel } from '../model/prescription.js';
import type { ItemModel, SessionModel, WeekModel } from '../model/week-model.js';
import { goalChangesText } from '../rules/goals.js';
import { isNewline } from '../utils/cst.js';
import { escapeMarkdown } from '../../words/escapes.js';
import { isBuiltin } from '../library/builtin-library.js';
import type { SplitWeekModels } from '../model/split-week-models.js';
import type { SplitLspServices } from '../split-lsp-module.js';
import { headerLineRange } from './statement-lines.js';
import { takenAsText } from './taken-as.js';
import { regionRecovery } from '../model/recovery.js';
import { sessionModelOf } from '../model/session-facts.js';
import { prescriptionHover, setList } from './prescription-hover.js';
import { bpmText, durationText, percentText, weightText } from '../../words/quantities.js';
import { hoursText, number, regionName, when } from '../../words/words.js';

/**
 * Hovers (SPEC §7), in Markdown, read from the week model: exercises (in items and declarations, the built-in library
 * included), prescriptions, `drop` and `rest-pause`, session headers and header keywords.
 */
export class SplitHoverProvider implements HoverProvider {
    private readonly weekModels: SplitWeekModels;

    constructor(services: SplitLspServices) {
        this.weekModels = services.model.WeekModels;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden || (isLeafCstNode(leaf) && isNewline(leaf))) return undefined;
        const content = this.contentAt(document, leaf);
        return content && { contents: { kind: MarkupKind.Markdown, value: content.value }, range: content.range };
    }

    private contentAt(document: LangiumDocument, leaf: CstNode): { value: string; range: Range } | undefined {
        const node = leaf.astNode;
        const { week, settings } = this.weekModels.get(document);

        const exercise = AstUtils.getContainerOfType(node, isExercise);
        if (exercise) {
            if (isKeyword(leaf, 'exercise')) return { value: keywordDoc('exercise'), range: leaf.range };
            return { value: exerciseHover(exerciseInfo(exercise)), range: leaf.range };
        }

        const item = AstUtils.getContainerOfType(node, isItem);
        if (item) {
            const model = itemModelOf(week, item);
            if (!model) return undefined;
            const name = item.exercise.$refNode;
            if (name && name.offset <= leaf.offset && leaf.end <= name.end) {
                return { value: itemNameHover(model), range: name.range };
            }
            const drop = AstUtils.getContainerOfType(node, isDropModifier);
            if (drop) return { value: dropHover(model, drop), range: drop.$cstNode?.range ?? leaf.range };
            const restPause = AstUtils.getContainerOfType(node, isRestPauseModifier);
            if (restPause) return { value: restPauseHover(model), range: restPause.$cstNode?.range ?? leaf.range };
            return { value: prescriptionHover(model), range: prescriptionRange(item) ?? leaf.range };
        }

        if (isSession(node)) {
            const session = sessionModelOf(week, node);
            if (!session) return undefined;
            return { value: sessionHover(session, week, settings), range: headerLineRange(session) ?? leaf.range };
        }

        const statement = headerParagraph(node, week, settings);
        return statement ? { value: statement, range: leaf.range } : undefined;
    }
}

// ---- exercises ----

function exerciseHover(info: ExerciseInfo): string {
    const lines = [`**${escapeMarkdown(info.name ?? '')}**${sourceOf(info.node)}`, ''];
    lines.push(`- Primary: ${info.primary.length ? info.primary.join(', ') : '—'}`);
    if (info.secondary.length) lines.push(`- Secondary: ${info.secondary.join(', ')}`);
    if (info.mechanic) lines.push(`- Mechanic: ${info.mechanic}`);
    lines.push(`- Kind: ${info.kind}`);
    if (info.kind === 'cardio' || info.impact) lines.push(`- Impact: ${info.impact ?? 'not given'}`);
    if (info.kind === 'strength' && info.regions.length) lines.push(`- Trains: ${info.regions.join(', ')}`);
    if (info.description) lines.push('', escapeMarkdown(info.description));
    if (info.aliases.length) lines.push('', `Also called: ${info.aliases.map(escapeMarkdown).join(', ')}`);
    return lines.join('\n');
}

function sourceOf(node: Exercise): string {
    const document = AstUtils.getDocument(node);
    return isBuiltin(document.uri) ? ' · built-in exercise' : '';
}

function itemNameHover(item: ItemModel): string {
    if (!item.exercise) {
        return `**${escapeMarkdown(item.name)}**: not a known exercise. Check the spelling, or declare it with \`exercise "${escapeMarkdown(item.name)}" primary …\`.`;
    }
    const written = takenAsText(item.name, item.exercise);
    const notes = item.prescription.notes.map((note) => `> ${escapeMarkdown(note)}`);
    return [written ? `${written}.\n` : '', exerciseHover(item.exercise), ...(notes.length ? ['', ...notes] : [])]
        .filter((line, index) => index > 0 || line)
        .join('\n');
}

function itemModelOf(week: WeekModel, node: unknown): ItemModel | undefined {
    for (const session of week.sessions) {
        const item = session.items.find((candidate) => candidate.node === node);
        if (item) return item;
    }
    return undefined;
}

/** The range of an item's prescription: its set groups or amount, load and effort. */
function prescriptionRange(item: Item): Range | undefined {
    const first = item.groups[0]?.$cstNode ?? item.amount?.$cstNode;
    const last = item.groups.at(-1)?.$cstNode ?? item.amount?.$cstNode;
    return first && last ? { start: first.range.start, end: last.range.end } : undefined;
}

// ---- drop and rest-pause ----

function dropHover(item: ItemModel, node: AstNode): string {
    const p = item.prescription;
    const problem = item.problems.find((candidate) => candidate.node === node);
    const cut = percentText(Math.round((1 - DEFAULTS.dropSet.keptFraction) * 100));
    const lines = [`**Drop set**: after the set, cut the weight by about ${cut} and continue without rest, to failure or close to it.`, ''];
    if (problem) {
        lines.push(`⚠ ${escapeMarkdown(problem.message)}`);
    } else if (p.drops.length) {
        lines.push(`Here: on ${setList(p.drops)} of ${p.sets}.`);
        const example = dropExample(p.groups, p.drops[0]);
        if (example) lines.push(`For example ${example}.`);
    }
    lines.push('', 'A drop set counts as one set in the weekly volume.');
    return lines.join('\n');
}

/** "140 kg → about 97.5 kg" for the group holding a set, when its load is a weight: the weight kept, to a plate. */
function dropExample(groups: readonly SetGroupModel[], set: number): string | undefined {
    let first = 1;
    for (const group of groups) {
        if (set < first + group.sets) {
            if (group.load?.type !== 'weight') return undefined;
            const { keptFraction, plateStep } = DEFAULTS.dropSet;
            const step = plateStep[group.load.unit];
            const dropped = Math.round((group.load.value * keptFraction) / step) * step;
            return `${weightText(group.load.value, group.load.unit)} → about ${weightText(dropped, group.load.unit)}`;
        }
        first += group.sets;
    }
    return undefined;
}

function restPauseHover(item: ItemModel): string {
    const pause = item.prescription.restPause?.pauseSeconds;
    const lines = [
        `**Rest-pause**: take the set close to failure, rest 10–15 s${pause !== undefined ? ` (here ${durationText(pause)})` : ''} `
        + 'and continue with mini-sets at the same weight until the reps are done.',
        '',
    ];
    const group = item.prescription.groups.length === 1 ? item.prescription.groups[0] : undefined;
    if (group?.reps && group.sets === 1) {
        const reps = group.reps.min === group.reps.max ? `${group.reps.min}` : `${group.reps.min}–${group.reps.max}`;
        lines.push(`With 1 × ${reps} the ${reps} is the total reps across all mini-sets, not one straight set.`, '');
    } else {
        lines.push('With `1xN`, N is the total reps across all mini-sets.', '');
    }
    lines.push('A rest-pause set counts as one set in the weekly volume.');
    return lines.join('\n');
}

// ---- sessions ----

function sessionHover(session: SessionModel, week: WeekModel, settings: Settings): string {
    const title = `**${session.dayName}${session.title ? ` “${escapeMarkdown(session.title)}”` : ''}**`;
    if (session.rest) return `${title}: a rest day.`;
    const lines = [`${title}: starts ${when(session)}${session.timeWritten ? '' : ' (the default start time)'}`, ''];
    const recovery = regionRecovery(session, week, settings);
    if (recovery.length === 0) {
        lines.push(`Trains no region (a region counts from ${settings.recovery.minSets} sets of strength work in one session).`);
    } else {
        lines.push('| region | sets | since last trained | minimum |', '|---|---:|---|---:|');
        for (const entry of recovery) {
            const since = entry.previous === session
                ? `${hoursText(entry.gap)} (only this session)`
                : `${hoursText(entry.gap)} (after ${when(entry.previous)}${entry.previous.title ? ` “${escapeMarkdown(entry.previous.title)}”` : ''})`;
            const short = entry.gap < entry.minHours * 60 ? ' ⚠' : '';
            lines.push(`| ${regionName(entry.region)} | ${number(entry.sets)} | ${since}${short} | ${entry.minHours} h |`);
        }
    }
    const partial = REGIONS.filter((region) => !session.regions.includes(region) && session.regionSets[region] > 0);
    if (partial.length) {
        lines.push('', `Also works, below ${settings.recovery.minSets} sets: ${partial.map((region) => `${region} ${number(session.regionSets[region])}`).join(', ')}.`);
    }
    return lines.join('\n');
}

// ---- header statements ----

/** A header keyword's documentation (facts/vocabulary.ts). */
function keywordDoc(keyword: string, usage = true): string {
    return wordDocumentation(vocabularyWord(keyword, keyword === 'exercise' ? 'declaration' : 'header'), usage);
}

function headerParagraph(node: AstNode, week: WeekModel, settings: Settings): string | undefined {
    if (isPlanTitle(node)) return keywordDoc('plan');
    if (isUnitsStatement(node)) return `${keywordDoc('units')} This plan: ${week.plan.units}.`;
    if (isImport(node)) return keywordDoc('import');
    if (isGoalStatement(node)) {
        const goals = GOALS.map((goal) => `${goal === week.plan.goal ? `**${goal}**` : goal}: ${goalChangesText(goal)}`).join('; ');
        return `${keywordDoc('goal', false)} ${goals}.`;
    }
    if (isAgeStatement(node)) {
        const { age } = week.plan;
        const tanaka = settings.heartRate.formula === 'tanaka';
        const formula = tanaka ? '208 − 0.7 × age (Tanaka 2001)' : '220 − age';
        const example = age !== undefined
            ? ` Here ${tanaka ? `208 − 0.7 × ${age}` : `220 − ${age}`} = ${bpmText(estimateHrMax(age, settings.heartRate.formula))}.` : '';
        const wins = week.plan.hrmax !== undefined ? ` The \`hrmax ${week.plan.hrmax}\` line wins over this estimate.` : '';
        return `${keywordDoc('age', false)} HRmax is estimated as ${formula}.${example}${wins}`;
    }
    if (isHrMaxStatement(node)) {
        const { moderateFromPercent, highFromPercent } = DEFAULTS.heartRate;
        return `${keywordDoc('hrmax', false)} `
            + `Cardio at a \`bpm\` target is low intensity below ${moderateFromPercent} % of it, moderate from ${moderateFromPercent} %, high from ${highFromPercent} % (ACSM, Garber 2011).`;
    }
    if (isFtpStatement(node)) {
        const { moderateFromPercent, highFromPercent } = DEFAULTS.power;
        return `${keywordDoc('ftp', false)} `
            + `Cardio at a power target is low intensity below ${moderateFromPercent} % of it, moderate from ${moderateFromPercent} %, high from ${highFromPercent} % (Coggan's zones).`;
    }
    return undefined;
}

// ---- words ----

function isKeyword(leaf: CstNode, value: string): boolean {
    return GrammarAST.isKeyword(leaf.grammarSource) && leaf.grammarSource.value === value;
}

/** "set 4 and 5", "sets 3, 4 and 5". */
