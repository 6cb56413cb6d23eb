import { number } from './words.js';

// Every quantity of a plan written one way, in hovers, exports, the preview and the command line: the number, a
// space, the unit (`140 kg`, `45 s`, `0.3 mi`), which the language reads back too. A distance stays in the unit it
// was written in (the model keeps it), metric ones in meters below a kilometre and in kilometres above.

/** A distance as written: `0.3mi` is 0.3 of `mi` (the unit in lower case, as the vocabulary spells it). */
export interface Distance {
    readonly value: number;
    readonly unit: string;
}

/** `45 s`, `30 min`, `1 h`: the largest unit that holds the time a whole number of times. */
export function durationText(seconds: number): string {
    if (seconds >= 3600 && seconds % 3600 === 0) return `${number(seconds / 3600)} h`;
    if (seconds >= 60 && seconds % 60 === 0) return `${number(seconds / 60)} min`;
    return `${number(seconds)} s`;
}

/** `400 m`, `5 km`, `3.2 km` (for 3200 m), `0.3 mi`: metric distances in meters or kilometres, others as written. */
export function distanceText({ value, unit }: Distance): string {
    if (unit !== 'm' && unit !== 'km') return `${number(value)} ${unit}`;
    const meters = unit === 'km' ? value * 1000 : value;
    return meters >= 1000 ? `${number(meters / 1000)} km` : `${number(meters)} m`;
}

/** `140 kg`, `225 lb`. */
export function weightText(value: number, unit: 'kg' | 'lb'): string {
    return `${number(value)} ${unit}`;
}

/** `75%`. */
export function percentText(value: number): string {
    return `${number(value)}%`;
}

/** `150 bpm`. */
export function bpmText(value: number): string {
    return `${number(value)} bpm`;
}
