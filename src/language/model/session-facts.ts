import type { Region } from '../facts/defaults.js';
import type { ItemModel, SessionModel, WeekModel } from './week-model.js';
import { perObject } from '../utils/per-object.js';

// Facts about items and sessions that several rules and views ask for.

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

/** The session model of a session node, when the week has it. */
export function sessionModelOf(week: WeekModel, node: unknown): SessionModel | undefined {
    return sessionsByNode(week).get(node);
}

/** Indexed once per week model: the outline asks for every session of a plan that may hold thousands. */
const sessionsByNode = perObject((week: WeekModel): ReadonlyMap<unknown, SessionModel> =>
    new Map(week.sessions.map((session) => [session.node, session])));
