import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver';
import type { LoadModel, SetGroupModel } from '../../src/language/model/prescription.js';
import type { SplitLspServices } from '../../src/language/split-lsp-module.js';
import { exportPlan, type ItemExport } from '../../src/render/export/export-json.js';
import { renderIcs } from '../../src/render/export/export-ics.js';
import { renderMarkdown } from '../../src/render/export/export-markdown.js';
import { buildPreviewModel } from '../../src/render/preview/preview-model.js';
import { groupText, loadText } from '../../src/words/prescription-text.js';
import { distanceText, durationRangeText, durationText, type Distance } from '../../src/words/quantities.js';
import { unitMeters } from '../../src/language/facts/vocabulary.js';
import { lspServices, openDocument } from '../language/lsp/lsp-services.js';

// Every output writes a quantity the same way (issue 12): the hover, the Markdown and iCalendar exports and the
// preview model, each through its real provider or renderer, hold the one text of src/words/; the JSON export keeps
// numbers only (SPEC §6), and those numbers read back as that same text.

let Split: SplitLspServices;

beforeAll(async () => {
    Split = await lspServices();
});

interface Case {
    /** The plan's header lines, if any. */
    readonly header?: string;
    /** One item line, without its indentation. */
    readonly item: string;
    /** How every output writes the quantity. */
    readonly written: string;
    /** The same text, from the JSON export's numbers. */
    readonly fromJson: (item: ItemExport) => string;
}

const CASES: Record<string, Case> = {
    'sets × reps': { item: 'Squat 4x10', written: '4x10', fromJson: (item) => groupText(group(item)) },
    'a rep range': { item: 'Barbell Row 3x8-12', written: '3x8-12', fromJson: (item) => groupText(group(item)) },
    'per side': { item: 'Bulgarian Split Squat 3x8 each', written: '3x8 each', fromJson: (item) => groupText(group(item)) },
    'AMRAP': { item: 'Pull-Up 3xAMRAP', written: '3xAMRAP', fromJson: (item) => groupText(group(item)) },
    'a load in kg': { item: 'Deadlift 4x5 @ 140kg', written: '140 kg', fromJson: (item) => load(item) },
    'a load in lb': { header: 'units lb', item: 'Bench Press 5x5 @ 225', written: '225 lb', fromJson: (item) => load(item) },
    'a decimal load': { item: 'Overhead Press 5x5 @ 42.5kg', written: '42.5 kg', fromJson: (item) => load(item) },
    'percent of one-rep max': { item: 'Squat 4x6 @ 75%', written: '75%', fromJson: (item) => load(item) },
    'RPE': { item: 'Pull-Up 4x8 @ RPE 8', written: 'RPE 8', fromJson: (item) => load(item) },
    'RIR': { item: 'Squat 3x5 @ RIR 2', written: 'RIR 2', fromJson: (item) => load(item) },
    'heart rate': { header: 'age 30', item: 'Run 30min @ 150bpm', written: '150 bpm', fromJson: (item) => load(item) },
    'kilometres': { item: 'Run 5km', written: '5 km', fromJson: (item) => distanceText(inUnit(item.meters!, 'km')) },
    'meters': { item: 'Run 400m', written: '400 m', fromJson: (item) => distanceText(inUnit(item.meters!, 'm')) },
    'miles': { item: 'Run 3mi', written: '3 mi', fromJson: (item) => distanceText(inUnit(item.meters!, 'mi')) },
    'a tenth of miles': { item: 'Run 0.3mi', written: '0.3 mi', fromJson: (item) => distanceText(inUnit(item.meters!, 'mi')) },
    'distance repeats': { item: 'Run 8x400m', written: '8x400 m', fromJson: (item) => groupText(group(item)) },
    'a duration': { item: 'Cycling 45min easy', written: '45 min', fromJson: (item) => durationText(item.minutes! * 60) },
    'hours': { item: 'Walk 1h', written: '1 h', fromJson: (item) => durationText(item.minutes! * 60) },
    'timed holds': { item: 'Plank 3x45s', written: '3x45 s', fromJson: (item) => groupText(group(item)) },
    'rest': { item: 'Barbell Row 4x10 rest 90s', written: '90 s', fromJson: (item) => durationText(item.restSeconds!) },
    'rest in minutes': { item: 'Squat 5x5 rest 3min', written: '3 min', fromJson: (item) => durationText(item.restSeconds!) },
    // SPEC v2 §2.5
    'at least N reps': { item: 'Squat 1x5+', written: '1x5+', fromJson: (item) => groupText(group(item)) },
    'a set range': { item: 'Romanian Deadlift 3-4x8', written: '3-4x8', fromJson: (item) => groupText(group(item)) },
    'a pyramid with commas': { item: 'Bench Press 4x10,8,6,4', written: '4x10,8,6,4', fromJson: (item) => groupText(group(item)) },
    'a pyramid with slashes': { item: 'Bench Press 3x12/10/8', written: '3x12,10,8', fromJson: (item) => groupText(group(item)) },
    'a range of holds': { item: 'Plank 3x20-30s', written: '3x20-30 s', fromJson: (item) => groupText(group(item)) },
    'a load range': { item: 'Squat 4x6 @ 60-70%', written: '60-70%', fromJson: (item) => load(item) },
    'an RPE range': { item: 'Squat 4x6 @ RPE 7-8', written: 'RPE 7-8', fromJson: (item) => load(item) },
    'a weight range': { item: 'Barbell Row 4x10 @ 100-110kg', written: '100-110 kg', fromJson: (item) => load(item) },
    'a weight per implement': { item: 'Dumbbell Bench Press 3x10 @ 24kg each', written: '24 kg each', fromJson: (item) => load(item) },
    'hours and minutes': { item: 'Cycling 1h30min easy', written: '1 h 30 min', fromJson: (item) => durationText(item.minutes! * 60) },
    'percent of HRmax': { item: 'Run 30min @ 70% HRmax', written: '70% HRmax', fromJson: (item) => load(item) },
    'percent of FTP': { header: 'ftp 250', item: 'Cycling 1h @ 75% FTP', written: '75% FTP', fromJson: (item) => load(item) },
    'watts': { header: 'ftp 250', item: 'Cycling 45min @ 200W', written: '200 W', fromJson: (item) => load(item) },
    'a pace': { item: 'Run 10km @ 5:00/km easy', written: '5:00/km', fromJson: (item) => load(item) },
    'a rest range': { item: 'Bench Press 4x8 rest 2-3min', written: '2-3 min', fromJson: (item) => durationRangeText(item.rest!.min, item.rest!.max) },
    'a rest range in seconds': { item: 'Barbell Row 4x10 rest 90-180s', written: '90-180 s', fromJson: (item) => durationRangeText(item.rest!.min, item.rest!.max) },
};

/** The JSON export's meters, in a unit (the JSON keeps meters only, SPEC §6). */
function inUnit(meters: number, unit: string): Distance {
    return { value: meters / unitMeters(unit)!, unit };
}

/** The item's load as the model has it (the JSON schema's zone is any whole number from 1 to 5). */
function load(item: ItemExport): string {
    return loadText(item.load as LoadModel);
}

/** The item's one set group, as the model has it (the JSON writes absent values as null). */
function group(item: ItemExport): SetGroupModel {
    expect(item.groups).toHaveLength(1);
    const { seconds, meters, load: groupLoad, setsRange, repsPerSet, amrapFrom, secondsRange, ...rest } = item.groups[0];
    const distance = meters === null ? undefined : inUnit(meters, 'm');
    return {
        ...rest, seconds: seconds ?? undefined, meters: meters ?? undefined, distance, load: (groupLoad ?? undefined) as LoadModel | undefined,
        setsRange: setsRange ?? undefined, repsPerSet: repsPerSet ?? undefined, amrapFrom: amrapFrom ?? undefined, secondsRange: secondsRange ?? undefined,
    };
}

/** What each output writes for the plan of one item. */
async function outputs({ header, item }: Case): Promise<{ hover: string; markdown: string; ics: string; preview: string; json: ItemExport }> {
    const session = 'monday "Day"\n  ';
    const text = `${header ? `${header}\n` : ''}${session}${item}\n`;
    const document = await openDocument(Split, text);
    const { week, settings } = Split.model.WeekModels.get(document);
    // The prescription's hover: at the first character after the exercise name.
    const name = week.sessions[0].items[0].node.exercise.$refNode!;
    const result = await Split.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(name.end + 2),
    });
    const calendar = new ICAL.Component(ICAL.parse(renderIcs(week)));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    return {
        hover: (result!.contents as MarkupContent).value,
        markdown: renderMarkdown(week, settings),
        ics: event.description,
        preview: buildPreviewModel(week, settings, []).days[0].sessions[0].items[0].prescription,
        json: exportPlan(week, settings).sessions[0].items[0],
    };
}

describe('every output writes a quantity the same way', () => {
    for (const [name, quantity] of Object.entries(CASES)) {
        it(`${name}: ${quantity.item} → ${quantity.written}`, async () => {
            const { hover, markdown, ics, preview, json } = await outputs(quantity);
            expect({ hover, markdown, ics, preview }).toEqual({
                hover: expect.stringContaining(quantity.written),
                markdown: expect.stringContaining(quantity.written),
                ics: expect.stringContaining(quantity.written),
                preview: expect.stringContaining(quantity.written),
            });
            expect(quantity.fromJson(json)).toBe(quantity.written);
        });
    }

    it('keeps 0.3mi in miles and its exact meters in the JSON export', async () => {
        const { json, markdown } = await outputs(CASES['a tenth of miles']);
        expect(json.meters).toBeCloseTo(0.3 * 1609.344, 9);
        expect(markdown).not.toMatch(/482\.8/);
    });
});
