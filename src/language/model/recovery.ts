import { MINUTES_PER_WEEK, REGIONS, type Region } from '../facts/defaults.js';
import type { Settings } from '../config/settings.js';
import type { SessionModel, WeekModel } from './week-model.js';
import { perObject } from '../utils/per-object.js';

// The week taken as a cycle (SPEC §3.3): gaps between sessions, each session's predecessor per region, and how long
// each region a session trains has rested. Rules, hovers, inlay hints and the preview all ask here.

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

export interface RegionRecovery {
    readonly region: Region;
    /** Sets the session gives the region. */
    readonly sets: number;
    /** The previous session training the region in the cyclic week; the session itself when it is the only one. */
    readonly previous: SessionModel;
    /** Minutes since that session started (a week when it is the only one). */
    readonly gap: number;
    /** The configured minimum, in hours. */
    readonly minHours: number;
}

/** For each region the session trains, in the order of REGIONS: its sets and the time since it was last trained. */
export function regionRecovery(session: SessionModel, week: WeekModel, settings: Settings): RegionRecovery[] {
    return REGIONS.filter((region) => session.regions.includes(region)).map((region) => {
        const { previous, gap } = previousTraining(week, region).get(session)!;
        return { region, sets: session.regionSets[region], previous, gap, minHours: settings.recovery.minHours[region] };
    });
}
