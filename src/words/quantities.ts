import { number } from './words.js';

// Every quantity of a plan written one way, in hovers, exports, the preview and the command line: the number, a
// space, the unit (`140 kg`, `45 s`, `0.3 mi`), which the language reads back too. A quantity stays in the unit
// it was most likely written in: the model keeps seconds and meters only.

const METERS_PER_MILE = 1609.344;

/** `45 s`, `30 min`, `1 h`: the largest unit that holds the time a whole number of times. */
export function durationText(seconds: number): string {
    if (seconds >= 3600 && seconds % 3600 === 0) return `${number(seconds / 3600)} h`;
    if (seconds >= 60 && seconds % 60 === 0) return `${number(seconds / 60)} min`;
    return `${number(seconds)} s`;
}

/**
 * `400 m`, `5 km`, `0.3 mi`. Miles when the distance is a number of them with at most two decimals but no whole
 * number of meters, as only a distance written in miles is (`0.3mi` is 482.8032 m; `5km` and `400m` are whole).
 */
export function distanceText(meters: number): string {
    const miles = meters / METERS_PER_MILE;
    if (!isWhole(meters) && isWhole(miles * 100)) return `${number(miles)} mi`;
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

/** Whole up to floating-point error (0.3 × 1609.344 × 100 / 1609.344 is 30.000000000000004). */
function isWhole(value: number): boolean {
    return Math.abs(value - Math.round(value)) < 1e-6;
}
