import type { Range } from 'vscode-languageserver';
import { REGIONS, type Region } from '../facts/defaults.js';
import type { Settings } from '../config/settings.js';
import type { SessionModel, WeekModel } from './week-model.js';
import { lineRange } from '../utils/cst.js';
import { previousTraining } from '../rules/week.js';
import { perObject } from '../utils/per-object.js';

/** Shared by the hover and inlay hint providers: how long each region a session trains has rested (SPEC §3.3, §3.4). */

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

/** The session model of a session node, when the week has it. */
export function sessionModelOf(week: WeekModel, node: unknown): SessionModel | undefined {
    return sessionsByNode(week).get(node);
}

/** Indexed once per week model: the outline asks for every session of a plan that may hold thousands. */
const sessionsByNode = perObject((week: WeekModel): ReadonlyMap<unknown, SessionModel> =>
    new Map(week.sessions.map((session) => [session.node, session])));

/**
 * The range of a session's header line, from the weekday to the end of the line's text (a trailing comment included),
 * read from the CST: the header ends where the session's first newline token starts.
 */
export function headerLineRange(session: SessionModel): Range | undefined {
    return session.node.$cstNode && lineRange(session.node.$cstNode, true);
}
