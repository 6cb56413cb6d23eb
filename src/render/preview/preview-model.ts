import type { AstNode } from 'langium';
import { MUSCLES, REGIONS, REGION_MUSCLES, type Muscle } from '../../language/facts/defaults.js';
import type { Settings } from '../../language/config/settings.js';
import type { ItemModel, SessionModel, WeekModel } from '../../language/model/week-model.js';
import { previousTraining } from '../../language/model/recovery.js';
import { prescriptionText } from '../../words/prescription-text.js';
import { DAY_NAMES } from '../../words/words.js';
import type { PreviewItem, PreviewModel, PreviewSession, PreviewSeverity } from './preview-schema.js';

export { parsePreviewModel, previewModelSchema } from './preview-schema.js';
export type * from './preview-schema.js';

/** What the preview needs of a diagnostic: an LSP `Diagnostic` fits (message as text or markup). */
export interface PreviewDiagnosticInput {
    readonly code?: string | number;
    readonly severity?: number;
    readonly message: string | { readonly value: string };
    readonly range: { readonly start: { readonly line: number; readonly character: number } };
}

const SEVERITIES: Record<number, PreviewSeverity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/**
 * The preview's view model (SPEC §7): the week as seven days of sessions, the regions each day trains, weekly sets
 * per muscle against the volume band, the recovery timeline per region and the plan's diagnostics, as plain JSON
 * that previewModelSchema describes. Pure: computed once from the week model by the language server (or the
 * command line's `export --format html`); the webview only renders it.
 */
export function buildPreviewModel(week: WeekModel, settings: Settings, diagnostics: readonly PreviewDiagnosticInput[],
    uri?: string, version?: number): PreviewModel {
    const sessions = week.sessions.map((session) => ({ model: session, view: previewSession(session, settings) }));
    return {
        ...(uri !== undefined ? { uri } : {}),
        ...(version !== undefined ? { version } : {}),
        plan: {
            title: week.plan.title ?? null,
            goal: week.plan.goal,
            units: week.plan.units,
            age: week.plan.age ?? null,
            heartRateMax: week.plan.heartRateMax ?? null,
        },
        days: DAY_NAMES.map((name, day) => ({
            day, name, sessions: sessions.filter(({ model }) => model.day === day).map(({ view }) => view),
        })),
        heat: REGIONS.map((region) => ({
            region,
            days: DAY_NAMES.map((_, day) => week.sessions
                .filter((session) => session.day === day)
                .reduce((total, session) => total + session.regionSets[region], 0)),
        })),
        volume: { low: settings.volume.low, high: settings.volume.high, minSets: settings.recovery.minSets },
        muscles: weeklyMuscles(week),
        recovery: REGIONS.map((region) => {
            const training = week.sessions.filter((session) => session.regions.includes(region));
            const predecessors = previousTraining(week, region);
            const minimum = settings.recovery.minHours[region] * 60;
            return {
                region,
                minHours: settings.recovery.minHours[region],
                sessions: training.map((session) => {
                    const { gap } = predecessors.get(session)!;
                    return {
                        start: session.start, day: session.day, time: session.time, title: session.title ?? null,
                        line: lineOf(session.node), sets: session.regionSets[region], gapMinutes: gap, violated: gap < minimum,
                    };
                }),
            };
        }),
        diagnostics: diagnostics
            .map((diagnostic) => ({
                code: diagnostic.code === undefined ? null : String(diagnostic.code),
                severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
                message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
                line: Math.max(0, diagnostic.range.start.line),
                character: Math.max(0, diagnostic.range.start.character),
            }))
            .sort((a, b) => a.line - b.line || a.character - b.character),
    };
}

function previewSession(session: SessionModel, settings: Settings): PreviewSession {
    return {
        title: session.title ?? null,
        time: session.time,
        timeWritten: session.timeWritten,
        rest: session.rest,
        start: session.start,
        line: lineOf(session.node),
        items: session.items.map(previewItem),
        regions: REGIONS
            .filter((region) => session.regionSets[region] > 0)
            .map((region) => ({ region, sets: session.regionSets[region], trains: session.regionSets[region] >= settings.recovery.minSets })),
    };
}

function previewItem(item: ItemModel): PreviewItem {
    return {
        name: item.name,
        exercise: item.exercise?.name ?? null,
        prescription: prescriptionText(item),
        kind: item.kind ?? null,
        intensity: item.intensity ?? null,
        notes: [...item.prescription.notes],
        sets: item.valid && item.kind === 'strength' && item.exercise ? item.prescription.sets : 0,
        valid: item.valid,
        line: lineOf(item.node),
    };
}

/** Weekly sets per muscle, primary (1 a set) and secondary (half a set) apart, as the week model counts them (SPEC §3.5). */
function weeklyMuscles(week: WeekModel): PreviewModel['muscles'] {
    // Grouped by region, in the vocabulary's order; forearms and neck (no region) last.
    const ordered = [...new Set<Muscle>([...REGIONS.flatMap((region) => REGION_MUSCLES[region]), ...MUSCLES])];
    return ordered.map((muscle) => ({
        muscle,
        region: REGIONS.find((region) => (REGION_MUSCLES[region] as readonly Muscle[]).includes(muscle)) ?? null,
        ...week.weeklySetsBySource[muscle],
        // The same numbers as hovers, the volume rule and exports.
        total: week.weeklySets[muscle],
    }));
}

function lineOf(node: AstNode): number {
    return node.$cstNode?.range.start.line ?? 0;
}
