import type { Range } from 'vscode-languageserver-types';
import type { AstNode } from 'langium';
import { MINUTES_PER_WEEK, REGIONS, type Region } from '../facts/defaults.js';
import type { ItemModel, SessionModel, WeekModel } from '../model/week-model.js';
import { perObject } from '../utils/per-object.js';

/** Shared vocabulary of the rules: gaps on the cyclic week, anchors (their words are in src/words/). */

/** Minutes from the start of `from` to the start of `to`, the week taken as a cycle; a session meets itself a week later. */
export function gapMinutes(from: SessionModel, to: SessionModel): number {
    if (from === to) return MINUTES_PER_WEEK;
    return (((to.start - from.start) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
}

/** The session before another in the cycle, and the minutes between their starts. */
export interface Predecessor {
    readonly previous: SessionModel;
    readonly gap: number;
}

/**
 * For every session that trains `region`, the previous session that trained it, the week taken as a cycle: the nearest
 * earlier start, the first written of those that start at the same time, itself a week later when it is the only one.
 * Computed once per week model for every region (the recovery rule asks for all) with one sort each, so a plan of
 * thousands of sessions stays fast.
 */
export function previousTraining(week: WeekModel, region: Region): ReadonlyMap<SessionModel, Predecessor> {
    return predecessorsOfWeek(week).get(region)!;
}

const predecessorsOfWeek = perObject((week: WeekModel) => new Map(REGIONS.map((region) =>
    [region, predecessorsInCycle(week.sessions.filter((session) => session.regions.includes(region)))])));

function predecessorsInCycle(sessions: readonly SessionModel[]): Map<SessionModel, Predecessor> {
    // Sessions starting together, in start order; the sort is stable, so each group keeps the order they are written in.
    const groups: SessionModel[][] = [];
    for (const session of [...sessions].sort((a, b) => a.start - b.start)) {
        const last = groups.at(-1);
        if (last && last[0].start === session.start) last.push(session);
        else groups.push([session]);
    }
    const predecessors = new Map<SessionModel, Predecessor>();
    groups.forEach((group, index) => {
        const before = groups[(index + groups.length - 1) % groups.length][0];
        for (const session of group) {
            const together = group.find((other) => other !== session);
            predecessors.set(session, together ? { previous: together, gap: 0 } : { previous: before, gap: gapMinutes(before, session) });
        }
    });
    return predecessors;
}

/** Whether an item is valid strength work with a primary muscle in the region. */
export function worksRegion(item: ItemModel, region: Region): boolean {
    return item.valid && item.kind === 'strength'
        && item.exercise !== undefined && item.exercise.regions.includes(region);
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
    return COMBINED.every((region) => session.regions.includes(region) && twoExercisesWork(session, region));
}

const COMBINED = ['legs', 'back'] as const;

/** Whether two different exercises of the session work the region: the first two names are enough to tell. */
function twoExercisesWork(session: SessionModel, region: Region): boolean {
    let first: string | undefined;
    for (const item of session.items) {
        if (!worksRegion(item, region)) continue;
        const name = item.exercise!.name;
        if (first === undefined) first = name;
        else if (name !== first) return true;
    }
    return false;
}
