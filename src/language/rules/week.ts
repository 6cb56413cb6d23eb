import type { Range } from 'vscode-languageserver-types';
import type { AstNode } from 'langium';
import { MINUTES_PER_WEEK, REGION_MUSCLES, type Muscle, type Region } from '../defaults.js';
import type { ItemModel, SessionModel, WeekModel } from '../model/week-model.js';

/** Shared vocabulary of the rules: gaps on the cyclic week, words for messages, anchors. */

/** Minutes from the start of `from` to the start of `to`, the week taken as a cycle; a session meets itself a week later. */
export function gapMinutes(from: SessionModel, to: SessionModel): number {
    if (from === to) return MINUTES_PER_WEEK;
    return (((to.start - from.start) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
}

/** The session before `session` in the cycle among `sessions` (itself when it is the only one), with the gap. */
export function previousInCycle(session: SessionModel, sessions: readonly SessionModel[]): { previous: SessionModel; gap: number } {
    let best = { previous: session, gap: MINUTES_PER_WEEK };
    for (const other of sessions) {
        const gap = gapMinutes(other, session);
        if (other !== session && gap < best.gap) best = { previous: other, gap };
    }
    return best;
}

/** "24 h", "47 h 30 min". */
export function formatHours(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = Math.round(minutes % 60);
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "Monday 18:00". */
export function when(session: SessionModel): string {
    return `${session.dayName} ${session.time}`;
}

export function regionName(region: Region): string {
    return region[0].toUpperCase() + region.slice(1);
}

/** Whether an item is valid strength work with a primary muscle in the region. */
export function worksRegion(item: ItemModel, region: Region): boolean {
    return item.valid && item.kind === 'strength'
        && (item.exercise?.primary ?? []).some((muscle) => (REGION_MUSCLES[region] as readonly Muscle[]).includes(muscle));
}

/** Valid cardio that is not a warm-up (SPEC §4.1: a warm-up is low intensity and at most `warmupMinutes`). */
export function isHardCardio(item: ItemModel, warmupMinutes: number): boolean {
    if (!item.valid || item.kind !== 'cardio') return false;
    return !(item.intensity === 'low' && item.minutes !== undefined && item.minutes <= warmupMinutes);
}

export function hasStrength(session: SessionModel): boolean {
    return session.items.some((item) => item.valid && item.kind === 'strength');
}

/**
 * "The plan line": the `plan` statement, else the first line of the file (SPEC §4.1).
 */
export function planAnchor(week: WeekModel): { node: AstNode; range?: Range } {
    if (week.plan.titleNode) return { node: week.plan.titleNode };
    const firstLine = week.root.$cstNode?.root.fullText.split(/\r\n|\r|\n/, 1)[0] ?? '';
    return { node: week.root, range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } } };
}

/**
 * A combined session (SPEC §4.1): it trains legs and back, with at least two exercises working each, so that one
 * deadlift on leg day does not make it a back day.
 */
export function isCombinedLegsAndBack(session: SessionModel): boolean {
    return (['legs', 'back'] as const).every((region) => session.regions.includes(region) && exercisesWorking(session, region).size >= 2);
}

export function exercisesWorking(session: SessionModel, region: Region): Set<string> {
    return new Set(session.items.filter((item) => worksRegion(item, region)).map((item) => item.exercise!.name));
}
