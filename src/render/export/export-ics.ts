import { WEEKDAYS } from '../../language/facts/defaults.js';
import type { ItemModel, SessionModel, WeekModel } from '../../language/model/week-model.js';
import { escapeIcsText } from '../../words/escapes.js';
import { itemLine } from '../../words/prescription-text.js';
import { planName, sessionName } from '../../words/words.js';

// `split-plan export --format ics`: an iCalendar file (RFC 5545) with one weekly recurring event per session, for
// importing into a calendar application.
//
// - DTSTART is a floating local date-time ("at 18:00 wherever you are"): the first date on or after `from`
//   (default: today) that falls on the session's weekday; RRULE:FREQ=WEEKLY repeats it.
// - UID is stable across exports of the same plan, so re-importing updates events instead of duplicating them:
//   a hash of the plan title, weekday, time and the session's position among sessions at that same day and time.
// - DURATION is an estimate, rounded up to a quarter hour (at least 15 min): cardio and mobility take their
//   written time (a distance without one counts 6 min/km; repeats add their rest between them), every strength
//   set takes 1 min plus its rest (the written `rest`, else 2 min). A session with nothing to estimate lasts 1 h.
// - DESCRIPTION lists the items, one per line (`Squat 4x6 @ 75%`).

export interface IcsOptions {
    /** The first day the calendar may start on (its local date is used); default: today. */
    readonly from?: Date;
    /** DTSTAMP: when the file was made; default: now. */
    readonly now?: Date;
    /** PRODID's version. */
    readonly version?: string;
}

const CRLF = '\r\n';

export function renderIcs(week: WeekModel, options: IcsOptions = {}): string {
    const from = options.from ?? new Date();
    const stamp = utcStamp(options.now ?? new Date());
    const title = planName(week.plan.title);
    const lines = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `PRODID:-//split-plan//Split ${options.version ?? ''}//EN`.replace(' //', '//'),
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        `X-WR-CALNAME:${escapeIcsText(title)}`,
    ];
    const sessions = week.sessions.filter((session) => !session.rest);
    for (const session of sessions) {
        const position = sessions.filter((other) => other.start === session.start).indexOf(session);
        lines.push(
            'BEGIN:VEVENT',
            `UID:${hash(`${title}\u0000${WEEKDAYS[session.day]}\u0000${session.time}\u0000${position}`)}@split-plan`,
            `DTSTAMP:${stamp}`,
            `DTSTART:${firstDate(from, session.day)}T${session.time.replace(':', '')}00`,
            `DURATION:${durationValue(sessionMinutes(session))}`,
            'RRULE:FREQ=WEEKLY',
            `SUMMARY:${escapeIcsText(sessionName(session))}`,
        );
        if (session.items.length > 0) lines.push(`DESCRIPTION:${escapeIcsText(session.items.map(itemLine).join('\n'))}`);
        lines.push('END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    return lines.map(fold).join(CRLF) + CRLF;
}

/** RFC 5545 §3.1: lines of at most 75 octets, continued on lines that start with a space; never inside a UTF-8 character. */
export function fold(line: string): string {
    const parts: string[] = [];
    let current = '';
    let octets = 0;
    let limit = 75;
    for (const character of line) {
        const code = character.codePointAt(0)!;
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (octets + size > limit) {
            parts.push(current);
            current = '';
            octets = 0;
            limit = 74; // the leading space of a continuation line is the 75th octet
        }
        current += character;
        octets += size;
    }
    parts.push(current);
    return parts.join(`${CRLF} `);
}

/** The estimate of the header comment, in minutes. */
export function sessionMinutes(session: SessionModel): number {
    let total = 0;
    for (const item of session.items) total += itemMinutes(item);
    if (total === 0) return 60;
    return Math.max(15, Math.ceil(total / 15) * 15);
}

function itemMinutes(item: ItemModel): number {
    if (!item.valid) return 0;
    const { prescription } = item;
    const restMinutes = (prescription.restSeconds ?? 0) / 60;
    if (item.kind === 'cardio' || item.kind === 'mobility') {
        if (prescription.amount) {
            return prescription.amount.seconds !== undefined ? prescription.amount.seconds / 60 : (prescription.amount.meters ?? 0) / 1000 * 6;
        }
        return prescription.groups.reduce((total, group) => {
            const each = group.seconds !== undefined ? group.seconds / 60 : group.meters !== undefined ? group.meters / 1000 * 6 : 1;
            return total + group.sets * each + Math.max(0, group.sets - 1) * restMinutes;
        }, 0);
    }
    return prescription.sets * (1 + (prescription.restSeconds !== undefined ? restMinutes : 2));
}

/** `PT1H`, `PT45M`, `PT1H30M`. */
function durationValue(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

/** YYYYMMDD of the first date on or after `from`'s local date that is weekday `day` (0 = Monday). */
function firstDate(from: Date, day: number): string {
    const fromDay = (from.getDay() + 6) % 7;
    const date = new Date(Date.UTC(from.getFullYear(), from.getMonth(), from.getDate() + ((day - fromDay + 7) % 7)));
    return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** 20250106T093000Z */
function utcStamp(date: Date): string {
    return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T`
        + `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** FNV-1a, 64 bits, as 16 hex digits: short, stable and the same everywhere (no dependency on node:crypto). */
function hash(text: string): string {
    let value = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) {
        value ^= BigInt(byte);
        value = (value * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return value.toString(16).padStart(16, '0');
}

function pad(value: number): string {
    return String(value).padStart(2, '0');
}
