import { DEFAULTS } from '../facts/defaults.js';
import { repeatsDistance, type LoadModel, type SetGroupModel } from '../model/prescription.js';
import type { ItemModel } from '../model/week-model.js';
import { escapeMarkdown } from '../../words/escapes.js';
import { groupText, loadText } from '../../words/prescription-text.js';
import { bpmText, distanceText, durationRangeText, durationText, percentText, wattsText, weightText } from '../../words/quantities.js';
import { number, plural } from '../../words/words.js';

// The hover of a prescription (SPEC §7): total sets and reps, the load and what it asks, volume when a weight is
// known; for cardio and conditioning its amount, intensity and why, and impact.

export function prescriptionHover(item: ItemModel): string {
    const p = item.prescription;
    const title = item.exercise?.name ?? item.name;
    const lines: string[] = [];
    if (p.groups.length === 0 && !p.amount) {
        return `**${escapeMarkdown(title)}**: no prescription. Write the sets and reps (\`4x10\`), or a duration or distance for cardio (\`30min\`, \`5km\`).`;
    }
    const cardio = item.kind === 'cardio' || item.kind === 'mobility';
    if (item.conditioning) lines.push(`**${escapeMarkdown(title)}** prescribed like cardio is conditioning: it counts as cardio and adds no sets`, '');
    lines.push(`**${escapeMarkdown(title)}**: ${cardio ? cardioSummary(item) : plural(p.sets, 'set')}`, '');

    if (cardio) {
        for (const group of p.groups) lines.push(`- ${repeatsLine(group)}`);
        if (p.amount) lines.push(`- ${p.amount.seconds !== undefined ? durationText(p.amount.seconds) : p.amount.distance ? distanceText(p.amount.distance) : '?'}`);
        if (p.load) lines.push(`- ${loadLine(p.load)}`);
        lines.push(`- Intensity: ${intensityLine(item)}`);
        if (item.impact) lines.push(`- Impact: ${item.impact}`);
    } else {
        for (const group of p.groups) lines.push(...strengthLines(group));
        const volume = totalVolume(p.groups);
        if (p.groups.length > 1) {
            const reps = totalReps(p.groups);
            const parts = [plural(p.sets, 'set')];
            if (reps) parts.push(`${reps}${p.groups.some((group) => group.each) ? ' (per side where marked each)' : ''}`);
            if (volume) parts.push(`volume ${volume}`);
            lines.push('', `Total: ${parts.join(', ')}`);
        }
    }
    if (p.drops.length) lines.push(`- Drop set on ${setList(p.drops)}: each counts as one set`);
    if (p.restPause) lines.push(`- Rest-pause${p.restPause.pauseSeconds !== undefined ? ` with ${durationText(p.restPause.pauseSeconds)} pauses` : ''}: counts as one set`);
    if (p.rest) lines.push(`- Rest ${durationRangeText(p.rest.min, p.rest.max)} between sets`);
    for (const note of p.notes) lines.push('', `> ${escapeMarkdown(note)}`);
    if (item.problems.length) {
        lines.push('', ...item.problems.map((problem) => `⚠ ${escapeMarkdown(problem.message)}`), '', 'An invalid prescription counts for nothing in the week.');
    }
    return lines.join('\n');
}

/** The lines of a strength set group: the group as written = its total, then the load and the volume. */
function strengthLines(group: SetGroupModel): string[] {
    const side = group.each ? ' per side' : '';
    const lines: string[] = [];
    const sets = group.setsRange ? `${number(group.setsRange.min)} to ${plural(group.setsRange.max, 'set')} (counted as ${number(group.sets)})` : plural(group.sets, 'set');
    if (group.amrap) {
        lines.push(`- ${groupText(group)}: ${sets} of as many reps as possible${side}`);
    } else if (group.amrapFrom !== undefined) {
        lines.push(`- ${groupText(group)}: ${sets} of at least ${plural(group.amrapFrom, 'rep')}, then as many as possible${side}`);
    } else if (group.repsPerSet) {
        lines.push(`- ${groupText(group)}: ${plural(group.repsPerSet.length, 'set')} of ${group.repsPerSet.map(number).join(', ')} reps = ${number(group.repsPerSet.reduce((sum, reps) => sum + reps, 0))} reps${side}`);
    } else if (group.setsRange && group.reps) {
        lines.push(`- ${groupText(group)}: ${sets} of ${group.reps.min === group.reps.max ? number(group.reps.min) : `${number(group.reps.min)}–${number(group.reps.max)}`} reps${side}`);
    } else if (group.reps) {
        const total = `${number(group.sets * group.reps.min)}${group.reps.max !== group.reps.min ? `–${number(group.sets * group.reps.max)}` : ''}`;
        lines.push(`- ${groupText(group)} = ${total} reps${side}`);
    } else if (group.seconds !== undefined) {
        const total = group.secondsRange ? durationRangeText(group.sets * group.secondsRange.min, group.sets * group.secondsRange.max) : durationText(group.sets * group.seconds);
        lines.push(`- ${groupText(group)}: ${plural(group.sets, 'hold')} = ${total} under tension${side}`);
    } else if (group.distance !== undefined) {
        lines.push(`- ${groupText(group)} = ${distanceText(repeatsDistance([group])!)}${side}`);
    } else {
        lines.push(`- ${plural(group.sets, 'set')}${side}`);
    }
    if (group.load) {
        const volume = groupVolume(group);
        lines.push(`  - ${loadLine(group.load)}${volume ? `; volume ${volume.text}` : ''}`);
    }
    return lines;
}

/** Reps × weight for a group with reps and a weight: "40 reps × 140 kg = 5,600 kg". */
function groupVolume(group: SetGroupModel): { min: number; max: number; unit: 'kg' | 'lb'; text: string } | undefined {
    // A range of sets or of loads has no one volume.
    if (!group.reps || group.load?.type !== 'weight' || group.setsRange || group.load.max !== undefined || group.load.each) return undefined;
    const { value, unit } = group.load;
    const side = group.each ? ' per side' : '';
    const pyramid = group.repsPerSet?.reduce((sum, reps) => sum + reps, 0);
    const min = pyramid ?? group.sets * group.reps.min;
    const max = pyramid ?? group.sets * group.reps.max;
    const reps = min === max ? `${number(min)}` : `${number(min)}–${number(max)}`;
    const total = min === max ? weightText(min * value, unit) : `${number(min * value)}–${weightText(max * value, unit)}`;
    return { min: min * value, max: max * value, unit, text: `${reps} reps${side} × ${weightText(value, unit)} = ${total}${side}` };
}

function totalVolume(groups: readonly SetGroupModel[]): string | undefined {
    const volumes = groups.map(groupVolume);
    if (volumes.some((volume) => !volume) || new Set(volumes.map((volume) => volume!.unit)).size !== 1) return undefined;
    const min = volumes.reduce((sum, volume) => sum + volume!.min, 0);
    const max = volumes.reduce((sum, volume) => sum + volume!.max, 0);
    return `${max !== min ? `${number(min)}–` : ''}${weightText(max, volumes[0]!.unit)}`;
}

function totalReps(groups: readonly SetGroupModel[]): string | undefined {
    if (groups.some((group) => !group.reps || group.setsRange)) return undefined;
    const reps = (group: SetGroupModel, end: 'min' | 'max') => group.repsPerSet?.reduce((sum, each) => sum + each, 0) ?? group.sets * group.reps![end];
    const min = groups.reduce((sum, group) => sum + reps(group, 'min'), 0);
    const max = groups.reduce((sum, group) => sum + reps(group, 'max'), 0);
    return `${number(min)}${max !== min ? `–${number(max)}` : ''} reps`;
}

/** The load as written, and what it asks where that is not plain. */
function loadLine(load: LoadModel): string {
    const written = `@ ${loadText(load)}`;
    const heavier = load.type === 'zone' || load.type === 'pace' || load.max === undefined ? '' : '; checks use the heavier end';
    switch (load.type) {
        case 'weight': return load.each ? `${written}: per implement (each dumbbell or kettlebell)${heavier}` : `${written}${heavier}`;
        case 'bpm': case 'watts': return written;
        case 'percent': return `${written} of your one-rep max${heavier}`;
        case 'percent-hrmax': return `${written}: of your maximum heart rate`;
        case 'percent-ftp': return `${written}: of your functional threshold power`;
        case 'rpe': return `${written}: about ${plural(Math.max(0, 10 - (load.max ?? load.value)), 'rep')} left in reserve${heavier}`;
        case 'rir': return `${written}: stop ${plural(load.value, 'rep')} short of failure (about RPE ${number(10 - load.value)})${heavier}`;
        case 'zone': return `${written}: heart-rate zone ${load.zone}`;
        case 'pace': return `${written}: a pace sets no intensity by itself`;
    }
}

function repeatsLine(group: SetGroupModel): string {
    if (group.distance !== undefined) return `${groupText(group)} = ${distanceText(repeatsDistance([group])!)} of repeats`;
    if (group.seconds !== undefined) return `${groupText(group)} = ${durationText(group.sets * group.seconds)} of repeats`;
    if (group.reps) return `${groupText(group)} = ${number(group.sets * group.reps.min)}`;
    return plural(group.sets, 'set');
}

function cardioSummary(item: ItemModel): string {
    const distance = item.prescription.amount?.distance ?? repeatsDistance(item.prescription.groups);
    const what = item.minutes !== undefined ? durationText(item.minutes * 60)
        : distance ? distanceText(distance)
        : plural(item.prescription.sets, 'set');
    return `${what} ${item.kind === 'mobility' ? 'of mobility work' : item.conditioning ? 'of conditioning' : 'of cardio'}, ${item.intensity ?? 'moderate'} intensity`;
}

/** `(low below 64%, moderate from 64%, high from 77%)`. */
function bands({ moderateFromPercent, highFromPercent }: { moderateFromPercent: number; highFromPercent: number }): string {
    return `(low below ${percentText(moderateFromPercent)}, moderate from ${percentText(moderateFromPercent)}, high from ${percentText(highFromPercent)})`;
}

/** SPEC §3.6: the intensity and what the model decided it from. */
function intensityLine(item: ItemModel): string {
    const intensity = item.intensity ?? 'moderate';
    const reason = item.intensityReason ?? { from: 'default' };
    switch (reason.from) {
        case 'mobility': return `${intensity} (mobility work)`;
        case 'effort': return `${intensity} (\`${reason.effort}\`)`;
        case 'zone': return `${intensity} (zone ${reason.zone})`;
        case 'heart rate': {
            if (reason.percentOfMax === undefined) {
                return `${intensity}: ${bpmText(reason.bpm ?? 0)} is taken as moderate without \`age\` or \`hrmax\``;
            }
            const of = reason.heartRateMax === undefined ? 'HRmax' : `HRmax ${bpmText(reason.heartRateMax)}`;
            const written = reason.bpm === undefined ? percentText(reason.percentOfMax) : `${bpmText(reason.bpm)} = ${percentText(Math.round(reason.percentOfMax))}`;
            return `${intensity}: ${written} of ${of} ${bands(DEFAULTS.heartRate)}`;
        }
        case 'power': {
            if (reason.percentOfFtp === undefined) return `${intensity}: ${wattsText(reason.watts ?? 0)} is taken as moderate without \`ftp\``;
            const written = reason.watts === undefined ? percentText(reason.percentOfFtp) : `${wattsText(reason.watts)} = ${percentText(Math.round(reason.percentOfFtp))}`;
            return `${intensity}: ${written} of FTP${reason.ftp === undefined ? '' : ` ${wattsText(reason.ftp)}`} ${bands(DEFAULTS.power)}`;
        }
        case 'repeats': return `${intensity} (repeats)`;
        case 'default': return `${intensity} (the default when no intensity is written)`;
    }
}


/** `set 3`, `sets 4 and 5`. */
export function setList(sets: readonly number[]): string {
    if (sets.length === 1) return `set ${sets[0]}`;
    return `sets ${sets.slice(0, -1).join(', ')} and ${sets.at(-1)}`;
}
