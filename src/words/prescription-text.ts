// Type-only imports: the words stay free of runtime dependencies while reading the week model's shapes.
import type { ItemModel } from '../language/model/week-model.js';
import type { LoadModel, SetGroupModel } from '../language/model/prescription.js';
import { bpmText, distanceText, durationRangeText, durationText, paceText, percentText, rangeText, wattsText, weightText } from './quantities.js';
import { number } from './words.js';

// The one way an item's prescription reads as text, in hovers, exports, the preview and `diff`: rebuilt from the
// week model rather than copied from the source text, so `4 x 10` and `4×10` both read "4x10" and comments never
// leak out. Quantities are written as quantities.ts writes them, which the language reads back.

/** `140 kg`, `24 kg each`, `60-70%`, `RPE 7-8`, `RIR 2`, `70% HRmax`, `75% FTP`, `250 W`, `150 bpm`, `Z2`, `5:00/km`. */
export function loadText(load: LoadModel): string {
    switch (load.type) {
        case 'weight': return `${weightText(load.value, load.unit, load.max)}${load.each ? ' each' : ''}`;
        case 'percent': return percentText(load.value, load.max);
        case 'percent-hrmax': return `${percentText(load.value, load.max)} HRmax`;
        case 'percent-ftp': return `${percentText(load.value, load.max)} FTP`;
        case 'watts': return wattsText(load.value, load.max);
        case 'rpe': return `RPE ${rangeText(load.value, load.max)}`;
        case 'rir': return `RIR ${rangeText(load.value, load.max)}`;
        case 'bpm': return bpmText(load.value, load.max);
        case 'zone': return `Z${load.zone}`;
        case 'pace': return paceText(load.secondsPer, load.per);
    }
}

/**
 * One set group without its load: `4x10`, `3-4x8`, `3x8-12`, `1x5+`, `4x10,8,6,4`, `3xAMRAP`, `3x45 s`, `3x20-30 s`,
 * `8x400 m`, `3x10 each`.
 */
export function groupText(group: SetGroupModel): string {
    const each = group.amrap ? 'AMRAP'
        : group.repsPerSet ? group.repsPerSet.map(number).join(',')
        : group.amrapFrom !== undefined ? `${number(group.amrapFrom)}+`
        : group.reps ? rangeText(group.reps.min, group.reps.max)
        : group.secondsRange ? durationRangeText(group.secondsRange.min, group.secondsRange.max)
        : group.seconds !== undefined ? durationText(group.seconds)
        : group.distance !== undefined ? distanceText(group.distance)
        : '?';
    const sets = group.setsRange ? rangeText(group.setsRange.min, group.setsRange.max) : number(group.sets);
    return `${sets}x${each}${group.each ? ' each' : ''}`;
}

/**
 * The load of the whole item, when one load applies to every set (`4x8 @ 70kg`, `30min @ Z2`); undefined when
 * there is none or the set groups carry different loads (those are then part of `setsText`).
 */
export function itemLoad(item: ItemModel): LoadModel | undefined {
    const { prescription } = item;
    if (prescription.load) return prescription.load;
    const loads = prescription.groups.map((group) => group.load);
    if (loads.length === 0 || loads.some((load) => load === undefined)) return loads.length === 1 ? loads[0] : undefined;
    const first = JSON.stringify(loads[0]);
    return loads.every((load) => JSON.stringify(load) === first) ? loads[0] : undefined;
}

/** The load the first set is done with (the item's, else its first group's): what `load` means in the JSON export. */
export function firstLoad(item: ItemModel): LoadModel | undefined {
    return item.prescription.load ?? item.prescription.groups.find((group) => group.load)?.load;
}

/**
 * Sets and reps (or the cardio amount), without the item's single load: `4x8-12`, `1x5 @ 140kg, 3x8 @ 110kg`
 * (groups with loads of their own keep them), `30min`, `6x800m`; "" when nothing is prescribed.
 */
export function setsText(item: ItemModel): string {
    const { prescription } = item;
    const shared = itemLoad(item);
    if (prescription.groups.length > 0) {
        return prescription.groups
            .map((group) => groupText(group) + (group.load && !shared ? ` @ ${loadText(group.load)}` : ''))
            .join(', ');
    }
    if (prescription.amount?.seconds !== undefined) return durationText(prescription.amount.seconds);
    if (prescription.amount?.distance !== undefined) return distanceText(prescription.amount.distance);
    return '';
}

/** `drop sets 4–5`, `drop set 3`, `drop sets 1, 3`: consecutive sets as a range. */
export function dropsText(drops: readonly number[]): string | undefined {
    if (drops.length === 0) return undefined;
    const runs: Array<[number, number]> = [];
    for (const set of drops) {
        const last = runs.at(-1);
        if (last && set === last[1] + 1) last[1] = set;
        else runs.push([set, set]);
    }
    const text = runs.map(([from, to]) => (from === to ? `${from}` : to === from + 1 && runs.length > 1 ? `${from}, ${to}` : `${from}–${to}`)).join(', ');
    return `drop ${drops.length === 1 ? 'set' : 'sets'} ${text}`;
}

/**
 * What else the item asks, in reading order: drop sets, rest-pause, rest between sets, the intensity of cardio
 * (the written word, or the band of a zone or pulse), then its notes (as written: escape them for the target format).
 */
export function detailTexts(item: ItemModel): { details: string[]; notes: string[] } {
    const { prescription } = item;
    const details: string[] = [];
    const drops = dropsText(prescription.drops);
    if (drops) details.push(drops);
    if (prescription.restPause) {
        const pause = prescription.restPause.pauseSeconds;
        details.push(pause !== undefined ? `rest-pause, ${durationText(pause)} pauses` : 'rest-pause');
    }
    if (prescription.rest) details.push(`rest ${durationRangeText(prescription.rest.min, prescription.rest.max)}`);
    if (item.kind === 'cardio' && item.intensity) {
        details.push(prescription.effort ?? `${item.intensity} intensity`);
    } else if (prescription.effort) {
        details.push(prescription.effort);
    }
    return { details, notes: [...prescription.notes] };
}

/**
 * The prescription after the name, without notes: `4x6 @ 75%, rest 3 min`, `1x5 @ 140 kg, 3x8 @ 110 kg`,
 * `30 min, easy` (plain text, unescaped).
 */
export function prescriptionText(item: ItemModel): string {
    const load = itemLoad(item);
    const head = [setsText(item), load ? `@ ${loadText(load)}` : ''].filter(Boolean).join(' ');
    return [head, ...detailTexts(item).details].filter(Boolean).join(', ');
}

/** `4x6 @ 75%, rest 3 min, "slow"`: the prescription and its notes, quoted (plain text, unescaped). */
export function prescriptionWithNotes(item: ItemModel): string {
    return [prescriptionText(item), ...quotedNotes(item)].filter(Boolean).join(', ');
}

/** `Squat 4x6 @ 75%, rest 3 min, "slow"`: one line per item, as in a calendar entry's description (plain text, unescaped). */
export function itemLine(item: ItemModel): string {
    return [[item.name, prescriptionText(item)].filter(Boolean).join(' '), ...quotedNotes(item)].join(', ');
}

function quotedNotes(item: ItemModel): string[] {
    return item.prescription.notes.map((note) => `"${note}"`);
}
