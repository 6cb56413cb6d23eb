import { number } from './words.js';

// Every quantity of a plan written one way, in hovers, exports, the preview and the command line: the number, a
// space, the unit (`140 kg`, `45 s`, `0.3 mi`), which the language reads back too. A distance stays in the unit it
// was written in (the model keeps it), metric ones in meters below a kilometre and in kilometres above.

/** A distance as written: `0.3mi` is 0.3 of `mi` (the unit in lower case, as the vocabulary spells it). */
export interface Distance {
    readonly value: number;
    readonly unit: string;
}

/** `45 s`, `30 min`, `1 h`, `1 h 30 min`: the largest unit that holds the time a whole number of times, hours and minutes together. */
export function durationText(seconds: number): string {
    if (seconds >= 3600 && seconds % 3600 === 0) return `${number(seconds / 3600)} h`;
    if (seconds > 3600 && seconds % 60 === 0) return `${number(Math.floor(seconds / 3600))} h ${number((seconds % 3600) / 60)} min`;
    if (seconds >= 60 && seconds % 60 === 0) return `${number(seconds / 60)} min`;
    return `${number(seconds)} s`;
}

/** `2-3 min`, `90-180 s`, `20-30 s`: both ends in the one unit that holds both whole; one duration when they are equal. */
export function durationRangeText(min: number, max: number): string {
    if (min === max) return durationText(min);
    const unit = min % 60 === 0 && max % 60 === 0 && min >= 60 ? { size: 60, name: 'min' } : { size: 1, name: 's' };
    return `${rangeText(min / unit.size, max / unit.size)} ${unit.name}`;
}

/** `8`, `7-8`: a number, or a range of numbers when its ends differ (no upper end, as JSON writes it: null). */
export function rangeText(min: number, max?: number | null): string {
    return max === undefined || max === null || min === max ? number(min) : `${number(min)}-${number(max)}`;
}

/** `400 m`, `5 km`, `3.2 km` (for 3200 m), `0.3 mi`: metric distances in meters or kilometres, others as written. */
export function distanceText({ value, unit }: Distance): string {
    if (unit !== 'm' && unit !== 'km') return `${number(value)} ${unit}`;
    const meters = unit === 'km' ? value * 1000 : value;
    return meters >= 1000 ? `${number(meters / 1000)} km` : `${number(meters)} m`;
}

/** `140 kg`, `225 lb`, `100-110 kg`. */
export function weightText(value: number, unit: 'kg' | 'lb', max?: number | null): string {
    return `${rangeText(value, max)} ${unit}`;
}

/** `75%`, `60-70%`. */
export function percentText(value: number, max?: number | null): string {
    return `${rangeText(value, max)}%`;
}

/** `150 bpm`. */
export function bpmText(value: number, max?: number | null): string {
    return `${rangeText(value, max)} bpm`;
}

/** `250 W`. */
export function wattsText(value: number, max?: number | null): string {
    return `${rangeText(value, max)} W`;
}

/** `5:00/km`, `8:30/mi`: minutes and seconds per kilometre or mile. */
export function paceText(secondsPer: number, per: string): string {
    return `${Math.floor(secondsPer / 60)}:${String(secondsPer % 60).padStart(2, '0')}/${per}`;
}
