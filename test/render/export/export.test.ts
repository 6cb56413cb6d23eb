import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
// marked comes with @vscode/vsce (a dev dependency); a real GFM parser tells whether a table survives user text.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/language/config/settings.js';
import { WEEKDAYS } from '../../../src/language/facts/defaults.js';
import type { WeekModel } from '../../../src/language/model/week-model.js';
import { renderIcs } from '../../../src/render/export/export-ics.js';
import { buildPreviewModel } from '../../../src/render/preview/preview-model.js';
import { renderStandalonePage } from '../../../src/render/preview/preview-html.js';
import { exportPlan, planExportSchema, prettyJson, renderJson, type PlanExport } from '../../../src/render/export/export-json.js';
import { renderMarkdown } from '../../../src/render/export/export-markdown.js';
import { escapeMarkdown } from '../../../src/words/escapes.js';
import { check, splitServices } from '../../helpers.js';

// SPEC §6 `split-plan export`: the JSON document (validated against its zod schema), Markdown tables (parsed by a
// GFM parser), iCalendar (parsed by ical.js), and the command through the real bundle.

const NODE = process.execPath;
const CLI = resolve('out/cli/split-plan.cjs');
const EXAMPLES = ['bro-split', 'hybrid', 'legs-twice'].map((name) => resolve('examples', `${name}.split`));

async function load(text: string, path?: string) {
    const { document, diagnostics } = await check(text, path);
    const { week, settings } = (await splitServices()).model.WeekModels.get(document);
    return { week, settings, diagnostics };
}

const loadExample = (name: string) => {
    const path = resolve('examples', `${name}.split`);
    return load(readFileSync(path, 'utf8'), path);
};

function exportOf(week: WeekModel, settings: Settings): PlanExport {
    const parsed = planExportSchema.safeParse(JSON.parse(renderJson(week, settings)));
    if (!parsed.success) throw new Error(`the export does not match its schema: ${JSON.stringify(parsed.error.issues, null, 2)}`);
    return parsed.data;
}

async function exportExample(name: string): Promise<PlanExport> {
    const { week, settings } = await loadExample(name);
    return exportOf(week, settings);
}

function session(plan: PlanExport, day: string, title: string | null) {
    const found = plan.sessions.find((candidate) => candidate.day === day && candidate.title === title);
    if (!found) throw new Error(`no session ${day} ${title}`);
    return found;
}

function item(plan: PlanExport, day: string, title: string | null, name: string) {
    const found = session(plan, day, title).items.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no item ${name} on ${day}`);
    return found;
}

// User text that must stay text: table pipes, HTML, emphasis, links, entities, iCalendar's separators, non-ASCII.
const HOSTILE = `plan "'><img src=x onerror=alert(1)> a|b"
goal general
exercise "Cable | Rope <b>Fly</b>" primary chest isolation

monday "Push | <script>alert(1)</script>" at 18:00
  "Cable | Rope <b>Fly</b>"  3x12 "a|b; c, d \\ e — Übung ✓ <img src=x onerror=alert(1)>"
  Bench Press                4x8 @ 60kg "*not bold* _nor this_ [link](/x) &amp; \`code\` ~~gone~~ #"
  Squat                      4x8
wednesday "Legs"
  Squat                      4x8
  Leg Press                  3x12 "a long note, long enough that the description line has to be folded at least twice, with ünïcödé on the way"
`;

describe('export --format json: what a name was taken as and the fields of SPEC §6', () => {
    it('gives a variant and an abbreviation the exercise they were taken as, Row by its prescription, and the rest as a range', async () => {
        const { week, settings } = await load('monday\n  Tempo Run 30min\n  DB Curls 3x12 rest 90s\n  Row 2000m\n  Row 4x10\n  Moon Squatting 3x5\n');
        const items = exportOf(week, settings).sessions[0].items;
        expect(items.map((entry) => [entry.name, entry.exercise])).toEqual([
            ['Tempo Run', 'Run'], ['DB Curls', 'Dumbbell Curl'], ['Row', 'Rowing Machine'], ['Row', 'Barbell Row'], ['Moon Squatting', null],
        ]);
        expect(items[1]).toMatchObject({ rest: { min: 90, max: 90 }, setsRange: null, repsPerSet: null, amrapFrom: null, pace: null, power: null });
        expect(items[0].rest).toBeNull();
    });
});

describe('export --format json', () => {
    it.each(EXAMPLES)('%s matches the schema and the week model', async (path) => {
        const { week, settings, diagnostics } = await load(readFileSync(path, 'utf8'), path);
        expect(diagnostics.filter((diagnostic) => diagnostic.severity === 1)).toEqual([]);
        const plan = exportOf(week, settings);
        expect(plan.version).toBe(1);
        expect(plan.sessions.map((entry) => entry.day)).toEqual(week.sessions.map((entry) => WEEKDAYS[entry.day]));
        for (const entry of plan.sessions) {
            expect(entry.time).toMatch(/^\d\d:\d\d$/);
            expect(entry.startMinute).toBe(WEEKDAYS.indexOf(entry.day as (typeof WEEKDAYS)[number]) * 1440 + Number(entry.time.slice(0, 2)) * 60 + Number(entry.time.slice(3)));
        }
        expect(plan.weeklySets).toEqual(week.weeklySets);
        expect(Object.keys(plan.weeklySets)).toHaveLength(18);
    });

    it('pins the bro split: weekly sets, sets per region, drop sets, rest-pause, loads, cardio', async () => {
        const plan = await exportExample('bro-split');
        expect(plan.plan).toEqual({ title: 'Bro Split with Legs and Back Twice', goal: 'hypertrophy', age: null, hrmax: null, heartRateMax: null, ftp: null, units: 'kg' });
        expect(plan.weeklySets.quadriceps).toBe(19.5);
        expect(plan.weeklySets.lats).toBe(18);
        expect(plan.weeklySets.biceps).toBe(16.5);
        expect(plan.weeklySets.neck).toBe(0);
        expect(session(plan, 'friday', 'Legs and Back').regions).toEqual({ legs: 15, back: 7, chest: 0, shoulders: 0, biceps: 0, triceps: 0, core: 0 });
        expect(session(plan, 'friday', 'Legs and Back').trains).toEqual(['legs', 'back']);
        expect(session(plan, 'monday', 'Back').regions.back).toBe(14);
        expect(session(plan, 'tuesday', 'Legs')).toMatchObject({ time: '17:30', timeWritten: true, startMinute: 1440 + 17 * 60 + 30 });
        expect(session(plan, 'wednesday', 'Chest')).toMatchObject({ time: '18:00', timeWritten: false });
        expect(item(plan, 'friday', 'Legs and Back', 'Leg Extension').drops).toEqual([4, 5]);
        expect(item(plan, 'wednesday', 'Chest', 'Cable Crossover').drops).toEqual([2, 3]);
        expect(item(plan, 'friday', 'Legs and Back', 'Hammer Strength Row').drops).toEqual([4]);
        expect(item(plan, 'friday', 'Legs and Back', 'Seated Calf Raise')).toMatchObject({ sets: 1, reps: { min: 75, max: 75 }, restPause: { pauseSeconds: 15 } });
        expect(item(plan, 'monday', 'Back', 'Pull-Up')).toMatchObject({ exercise: 'Pull-Up', kind: 'strength', sets: 4, reps: { min: 8, max: 12 }, load: { type: 'rpe', value: 8 }, intensity: null, restPause: false });
        expect(item(plan, 'monday', 'Back', 'Barbell Row')).toMatchObject({ load: { type: 'weight', value: 70, unit: 'kg' }, restSeconds: 120 });
        expect(item(plan, 'monday', 'Back', 'Lat Pulldown').load).toEqual({ type: 'rir', value: 2, max: null });
        expect(item(plan, 'monday', 'Back', 'Kelso Shrug')).toMatchObject({ exercise: 'Kelso Shrug', primary: ['middle back'], secondary: ['traps'] });
        const squat = item(plan, 'tuesday', 'Legs', 'Squat');
        expect(squat).toMatchObject({ sets: 4, reps: { min: 5, max: 8 }, load: { type: 'weight', value: 140, unit: 'kg' } });
        expect(squat.groups.map((group) => [group.sets, group.reps, group.load])).toEqual([
            [1, { min: 5, max: 5 }, { type: 'weight', value: 140, max: null, unit: 'kg', each: false }],
            [3, { min: 8, max: 8 }, { type: 'weight', value: 110, max: null, unit: 'kg', each: false }],
        ]);
        expect(item(plan, 'tuesday', 'Legs', 'Romanian Deadlift').load).toEqual({ type: 'percent', value: 75, max: null });
        expect(item(plan, 'tuesday', 'Legs', 'Bulgarian Split Squat')).toMatchObject({ sets: 3, groups: [{ each: true }] });
        expect(item(plan, 'wednesday', 'Chest', 'Dip')).toMatchObject({ reps: null, groups: [{ amrap: true }], notes: ['bodyweight, stop one rep before form breaks'] });
        expect(item(plan, 'thursday', null, 'Incline Walk')).toMatchObject({ kind: 'cardio', intensity: 'low', effort: 'easy', minutes: 30, meters: null, sets: 0, reps: null });
        expect(item(plan, 'thursday', 'Arms', 'Plank').groups[0]).toMatchObject({ sets: 3, seconds: 45, reps: null });
        expect(session(plan, 'sunday', null)).toMatchObject({ rest: true, items: [], trains: [] });
    });

    it('pins the hybrid plan: heart rate, distances, repeats and their intensity', async () => {
        const plan = await exportExample('hybrid');
        expect(plan.plan).toMatchObject({ goal: 'general', age: 30, hrmax: null, heartRateMax: 187 });
        const longRun = item(plan, 'saturday', 'Long Run', 'Run');
        expect(longRun).toMatchObject({ kind: 'cardio', meters: 14000, minutes: null, load: { type: 'bpm', value: 140 }, intensity: 'moderate', impact: 'high' });
        const intervals = session(plan, 'wednesday', 'Intervals').items;
        expect(intervals[1]).toMatchObject({ name: 'Run', sets: 6, meters: 4800, intensity: 'high', effort: 'hard', restSeconds: 90 });
        expect(intervals[2]).toMatchObject({ load: { type: 'zone', zone: 5 }, intensity: 'high', notes: ['strides, relaxed and fast'] });
        expect(item(plan, 'thursday', 'Lower B', 'Seated Calf Raise').restPause).toBe(true);
        expect(session(plan, 'tuesday', 'Upper A').regions).toEqual({ legs: 0, back: 7, chest: 4, shoulders: 3, biceps: 3, triceps: 3, core: 0 });
    });

    it('pins legs twice: declared exercises, mobility, drop ranges', async () => {
        const plan = await exportExample('legs-twice');
        expect(plan.weeklySets.glutes).toBe(18.5);
        expect(session(plan, 'thursday', 'Volume Legs').regions.legs).toBe(18);
        expect(item(plan, 'thursday', 'Volume Legs', 'Seated Leg Curl').drops).toEqual([3, 4]);
        expect(item(plan, 'thursday', 'Volume Legs', 'Pendulum Squat')).toMatchObject({ exercise: 'Pendulum Squat', primary: ['quadriceps'], secondary: ['glutes', 'adductors'], drops: [4] });
        expect(item(plan, 'monday', 'Heavy Legs', 'Dynamic Warm-Up')).toMatchObject({ kind: 'mobility', intensity: 'low', minutes: 10 });
        expect(item(plan, 'friday', 'Upper B', 'Triceps Pushdown').restPause).toBe(true);
        expect(session(plan, 'wednesday', null).rest).toBe(true);
    });

    it('keeps the name as written beside the exercise it names; an unknown name names none', async () => {
        const { week, settings } = await load('monday "Legs"\n  squats 4 x 10 @ 100\n  Flamingo Hop 3x10\n');
        const plan = exportOf(week, settings);
        expect(plan.sessions[0].items[0]).toMatchObject({ name: 'squats', exercise: 'Squat', load: { type: 'weight', value: 100, unit: 'kg' } });
        expect(plan.sessions[0].items[1]).toMatchObject({ name: 'Flamingo Hop', exercise: null, kind: null, primary: [] });
        expect(plan.plan.title).toBeNull();
    });

    it('applies the configured default time', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'split-export-'));
        writeFileSync(join(folder, '.splitrc.json'), JSON.stringify({ defaultTime: '06:45' }));
        const { week, settings } = await load('tuesday "Legs"\n  Squat 4x10\n', join(folder, 'plan.split'));
        expect(exportOf(week, settings).sessions[0]).toMatchObject({ day: 'tuesday', time: '06:45', timeWritten: false, startMinute: 1440 + 405 });
    });

    it('keeps small objects on one line and stays valid JSON', () => {
        const value = { a: { min: 8, max: 12 }, list: [1, 2], empty: [], nested: { deep: Array.from({ length: 40 }, (_, index) => ({ index })) } };
        const text = prettyJson(value);
        expect(JSON.parse(text)).toEqual(value);
        expect(text).toContain('"a": { "min": 8, "max": 12 }');
        expect(text.split('\n').every((line) => line.length <= 120)).toBe(true);
    });
});

describe('export --format md', () => {
    it.each(EXAMPLES)('%s: a title, every weekday in order, session tables, weekly sets', async (path) => {
        const { week, settings } = await load(readFileSync(path, 'utf8'), path);
        const md = renderMarkdown(week, settings);
        expect(md.startsWith(`# ${escapeMarkdown(week.plan.title!)}\n`)).toBe(true);
        const days = [...md.matchAll(/^## (\w+)$/gm)].map((match) => match[1]);
        expect(days).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
        expect(md).toContain('## Weekly sets per muscle\n\n| Muscle | Sets | |\n|---|---:|---|\n');
        // Every table line has exactly four unescaped pipes: three cells.
        for (const line of md.split('\n').filter((text) => text.startsWith('|'))) expect(line.match(/(?<!\\)\|/g)).toHaveLength(4);
        // Weekly sets: only muscles with sets, most first.
        const rows = md.slice(md.indexOf('## Weekly sets')).split('\n').filter((line) => /^\| [a-z ]+ \| [\d.]+ \|/.test(line));
        const sets = rows.map((line) => Number(line.split('|')[2]));
        expect(sets.length).toBe(Object.values(week.weeklySets).filter((value) => value > 0).length);
        expect([...sets].sort((a, b) => b - a)).toEqual(sets);
        expect(sets.every((value) => value > 0)).toBe(true);
        // The GFM parser sees one table per session plus the weekly sets, each row with three cells.
        const html = await marked.parse(md, { gfm: true });
        expect(html.match(/<table>/g)).toHaveLength(week.sessions.filter((entry) => !entry.rest && entry.items.length > 0).length + 1);
        for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) expect(row.match(/<t[dh][ >]/g)).toHaveLength(3);
    });

    it('pins the bro split: headings, rows, rest days, volume markers', async () => {
        const { week, settings } = await loadExample('bro-split');
        const md = renderMarkdown(week, settings);
        expect(md).toContain('# Bro Split with Legs and Back Twice\n\nGoal: hypertrophy · units: kg\n');
        expect(md).toContain('## Monday\n\n### "Back" · 18:00\n\nTrains back (14 sets).\n\n| Exercise | Sets x reps | Notes |\n|---|---|---|\n');
        expect(md).toContain('| Pull-Up | 4x8-12 | @ RPE 8 |');
        expect(md).toContain('| Barbell Row | 4x8 | @ 70 kg, rest 2 min |');
        expect(md).toContain('| Squat | 1x5 @ 140 kg, 3x8 @ 110 kg |   |');
        expect(md).toContain('| Leg Extension | 5x15 | drop sets 4–5 |');
        expect(md).toContain('| Leg Extension | 3x12-15 | drop set 3 |');
        expect(md).toContain('| Seated Calf Raise | 1x75 | rest-pause, 15 s pauses |');
        expect(md).toContain('| Dip | 2xAMRAP | *bodyweight, stop one rep before form breaks* |');
        expect(md).toContain('| Bulgarian Split Squat | 3x10 each |   |');
        expect(md).toContain('### Cardio session · 07:00\n\n| Exercise | Sets x reps | Notes |\n|---|---|---|\n| Incline Walk | 30 min | easy |');
        expect(md).toContain('### "Legs and Back" · 18:00\n\nTrains legs (15 sets), back (7 sets).');
        expect(md).toContain('## Sunday\n\nRest day.\n');
        expect(md).toContain('| quadriceps | 19.5 |  |');
        expect(md).toContain('| traps | 7 | below 10 |');
        expect(md).not.toContain('| neck |');
    });

    it('marks muscles above the configured high volume', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'split-export-'));
        writeFileSync(join(folder, '.splitrc.json'), JSON.stringify({ volume: { low: 2, high: 5 } }));
        const { week, settings } = await load('monday\n  Leg Extension 6x10\nthursday\n  Leg Extension 1x10\n', join(folder, 'plan.split'));
        const md = renderMarkdown(week, settings);
        expect(md).toContain('| quadriceps | 7 | above 5 |');
        expect(md).toContain('Rest day.');
    });

    it('escapes user text so that tables never break and nothing becomes HTML or markup', async () => {
        expect(escapeMarkdown('"><img src=x onerror=alert(1)>')).toBe('"\\>\\<img src=x onerror=alert(1)\\>');
        expect(escapeMarkdown('a|b')).toBe('a\\|b');
        expect(escapeMarkdown('Tom & Jerry &amp; co')).toBe('Tom & Jerry \\&amp; co');
        const { week, settings } = await load(HOSTILE);
        const md = renderMarkdown(week, settings);
        expect(md.startsWith("# '\\>\\<img src=x onerror=alert(1)\\> a\\|b\n")).toBe(true);
        expect(md).toContain('### "Push \\| \\<script\\>alert(1)\\</script\\>" · 18:00');
        for (const line of md.split('\n').filter((text) => text.startsWith('|'))) expect(line.match(/(?<!\\)\|/g)).toHaveLength(4);
        const html = await marked.parse(md, { gfm: true });
        // Notes are set in italics (<em>); nothing the user wrote becomes markup.
        expect(html).not.toMatch(/<(img|script|b|a|strong|code|del)[\s>]/);
        expect(html.match(/<em>/g)).toHaveLength(3); // the three notes
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(html).toContain('Cable | Rope &lt;b&gt;Fly&lt;/b&gt;');
        expect(html).toContain('*not bold* _nor this_ [link](/x) &amp;amp; `code` ~~gone~~ #');
        for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) expect(row.match(/<t[dh][ >]/g)).toHaveLength(3);
        // The plan title heading keeps its text, trailing `#` included.
        expect(html).toContain("<h1>&#39;&gt;&lt;img src=x onerror=alert(1)&gt; a|b</h1>");
    });
});

describe('export --format ics', () => {
    const NOW = new Date(Date.UTC(2025, 5, 1, 12, 30, 5));
    const FROM = new Date(2025, 0, 1); // a Wednesday

    function parse(text: string) {
        const calendar = new ICAL.Component(ICAL.parse(text));
        return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) })) };
    }

    function expectWellFormed(text: string) {
        expect(text.endsWith('\r\n')).toBe(true);
        const lines = text.slice(0, -2).split('\r\n');
        for (const line of lines) {
            expect(line).not.toMatch(/[\r\n]/);
            expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        }
        expect(lines[0]).toBe('BEGIN:VCALENDAR');
        expect(lines.at(-1)).toBe('END:VCALENDAR');
    }

    it.each(EXAMPLES)('%s: one weekly event per session, on its weekday and at its time', async (path) => {
        const { week } = await load(readFileSync(path, 'utf8'), path);
        const text = renderIcs(week, { now: NOW, from: FROM, version: '9.9.9' });
        expectWellFormed(text);
        const { calendar, events } = parse(text);
        expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
        expect(calendar.getFirstPropertyValue('prodid')).toBe('-//split-plan//Split 9.9.9//EN');
        expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
        const sessions = week.sessions.filter((entry) => !entry.rest);
        expect(events).toHaveLength(sessions.length);
        events.forEach(({ vevent, event }, index) => {
            const entry = sessions[index];
            const start = event.startDate;
            expect((start.dayOfWeek() + 5) % 7).toBe(entry.day); // ical.js: 1 = Sunday
            expect(`${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`).toBe(entry.time);
            expect(start.zone?.tzid).toBe('floating');
            // The first date on or after 2025-01-01 with that weekday: within the first week.
            expect(start.year).toBe(2025);
            expect(start.month).toBe(1);
            expect(start.day).toBe(1 + ((entry.day - 2 + 7) % 7));
            const rule = vevent.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur>;
            expect(rule.freq).toBe('WEEKLY');
            const occurrences = event.iterator();
            const first = occurrences.next()!;
            const second = occurrences.next()!;
            expect(second.subtractDate(first).toSeconds()).toBe(7 * 24 * 3600);
            // The plan's one untitled session is Thursday's incline walk.
            expect(event.summary).toBe(entry.title ?? 'Cardio session');
            expect(event.uid).toMatch(/^[0-9a-f]{16}@split-plan$/);
            expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-06-01T12:30:05Z');
            expect(event.duration.toSeconds() % 900).toBe(0);
            expect(event.description.split('\n')).toHaveLength(entry.items.length);
        });
        expect(new Set(events.map(({ event }) => event.uid)).size).toBe(events.length);
    });

    it('pins the hybrid plan: descriptions, durations, dates', async () => {
        const { week } = await loadExample('hybrid');
        const { events } = parse(renderIcs(week, { now: NOW, from: FROM }));
        const byTitle = new Map(events.map(({ event }) => [event.summary, event]));
        expect(byTitle.get('Lower A')!.description).toBe('Squat 4x5 @ RPE 7, rest 3 min\nRomanian Deadlift 3x8 @ 70%\nWalking Lunge 3x10 each\nStanding Calf Raise 3x12\nCycling 15 min, easy');
        expect(byTitle.get('Lower A')!.startDate.toString()).toBe('2025-01-06T17:30:00');
        expect(byTitle.get('Intervals')!.startDate.toString()).toBe('2025-01-01T18:30:00');
        expect(byTitle.get('Easy Run')!.duration.toString()).toBe('PT30M');
        expect(byTitle.get('Intervals')!.duration.toString()).toBe('PT1H15M');
        expect(byTitle.get('Long Run')!.description).toBe('Run 14 km @ 140 bpm, moderate intensity, "keep it conversational; walk the hills if you must"');
    });

    it('round-trips commas, semicolons, backslashes, newlines and non-ASCII, folding long lines', async () => {
        const { week } = await load(HOSTILE);
        const text = renderIcs(week, { now: NOW, from: FROM });
        expectWellFormed(text);
        expect(text).toMatch(/\r\n [^\r\n]/); // some line was folded
        const { calendar, events } = parse(text);
        expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe("'><img src=x onerror=alert(1)> a|b");
        expect(events.map(({ event }) => event.summary)).toEqual(['Push | <script>alert(1)</script>', 'Legs']);
        expect(events[0].event.description.split('\n')).toEqual([
            'Cable | Rope <b>Fly</b> 3x12, "a|b; c, d \\ e — Übung ✓ <img src=x onerror=alert(1)>"',
            'Bench Press 4x8 @ 60 kg, "*not bold* _nor this_ [link](/x) &amp; `code` ~~gone~~ #"',
            'Squat 4x8',
        ]);
        expect(events[1].event.description).toBe('Squat 4x8\nLeg Press 3x12, "a long note, long enough that the description line has to be folded at least twice, with ünïcödé on the way"');
    });

    it('keeps UIDs when the plan is exported again on another day, and changes them with the plan', async () => {
        const { week } = await loadExample('bro-split');
        const uids = (text: string) => parse(text).events.map(({ event }) => event.uid);
        const first = uids(renderIcs(week, { now: NOW, from: FROM }));
        expect(uids(renderIcs(week, { now: new Date(), from: new Date(2031, 6, 9) }))).toEqual(first);
        const { week: renamed } = await load(readFileSync(EXAMPLES[0], 'utf8').replace('plan "Bro Split', 'plan "Other Split'), EXAMPLES[0]);
        expect(uids(renderIcs(renamed, { now: NOW, from: FROM }))).not.toEqual(first);
    });

    it('gives a session without items an hour and a default summary', async () => {
        const { week } = await load('plan "P"\nmonday at 06:00\nsunday rest\n');
        const { events } = parse(renderIcs(week, { now: NOW, from: FROM }));
        expect(events).toHaveLength(1);
        expect(events[0].event.summary).toBe('Session');
        expect(events[0].event.duration.toString()).toBe('PT1H');
        expect(events[0].event.startDate.toString()).toBe('2025-01-06T06:00:00');
    });
});

describe('split-plan export (the bundle)', () => {
    function run(args: string[], cwd = resolve('.')) {
        const result = spawnSync(NODE, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    }

    function temp(files: Record<string, string> = {}): string {
        const folder = mkdtempSync(join(tmpdir(), 'split-export-cli-'));
        for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
        return folder;
    }

    it.each(EXAMPLES)('exports %s as JSON matching the schema', (path) => {
        const result = run(['export', path, '--format', 'json']);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(planExportSchema.safeParse(JSON.parse(result.stdout)).success).toBe(true);
    });

    it('writes Markdown and iCalendar to standard output exactly', () => {
        const md = run(['export', 'examples/bro-split.split', '--format', 'md']);
        expect(md.status).toBe(0);
        expect(md.stdout.startsWith('# Bro Split with Legs and Back Twice\n')).toBe(true);
        const ics = run(['export', 'examples/hybrid.split', '--format', 'ics', '--start', '2025-01-01']);
        expect(ics.status).toBe(0);
        expect(ics.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//split-plan//Split ')).toBe(true);
        expect(ics.stdout.replace(/\r\n/g, '')).not.toContain('\n');
        const events = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
        expect(events.map((event) => event.startDate.toString().slice(0, 10))).toEqual(['2025-01-06', '2025-01-07', '2025-01-07', '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04']);
    });

    it('writes --output atomically, replacing an old file and leaving no temporary file', () => {
        const folder = temp({ 'out.json': 'old' });
        const result = run(['export', resolve('examples/legs-twice.split'), '--format', 'json', '--output', 'out.json'], folder);
        expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
        expect(JSON.parse(readFileSync(join(folder, 'out.json'), 'utf8')).plan.title).toBe('Legs Twice: Heavy and Volume');
        expect(readdirSync(folder)).toEqual(['out.json']);
    });

    it('takes the format from the --output extension when --format is not given', () => {
        const folder = temp();
        expect(run(['export', resolve('examples/hybrid.split'), '-o', 'week.ics'], folder).status).toBe(0);
        expect(readFileSync(join(folder, 'week.ics'), 'utf8').startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
        expect(run(['export', resolve('examples/hybrid.split'), '-o', 'week.md'], folder).status).toBe(0);
        expect(readFileSync(join(folder, 'week.md'), 'utf8').startsWith('# Hybrid: Lift and Run\n')).toBe(true);
    });

    it('exports a plan with errors as far as it is valid: the errors on stderr, exit 1', () => {
        const folder = temp({ 'bad.split': 'plan "Bad"\nmonday "Legs"\n  Squat 0x10\n  Leg Press 3x12-8\n  Leg Extension 3x12\n' });
        const result = run(['export', 'bad.split', '--format', 'md', '--output', 'bad.md'], folder);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr.split('\n').map((line) => line.replace(/ {2}(?!error).*? {2}/, '  …  '))).toEqual([
            'bad.split:3:9  error  …  invalid-prescription',
            'bad.split:4:13  error  …  invalid-prescription',
            'split-plan export: bad.split has 2 errors; exported as far as it is valid (what they are on counts for nothing)',
            '',
        ]);
        // The valid item counts; the two the errors are on count for nothing.
        expect(readFileSync(join(folder, 'bad.md'), 'utf8')).toContain('Trains legs (3 sets).');
    });

    it('exports a plan with warnings only', () => {
        const folder = temp({ 'warn.split': 'monday "Legs"\n  Squat 4x10\n  Flamingo Hop 3x10\ntuesday "Legs"\n  Squat 4x10\n' });
        const result = run(['export', 'warn.split', '--format', 'json'], folder);
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout).sessions[0].items[1]).toMatchObject({ name: 'Flamingo Hop', exercise: null });
    });

    it('exits 2 for usage and file problems', () => {
        const cases: Array<[string[], RegExp]> = [
            [['export', 'missing.split', '--format', 'json'], /missing\.split does not exist/],
            [['export', 'examples/hybrid.split', '--format', 'pdf'], /--format must be json, md, .*ics, not "pdf"/],
            [['export', 'examples/hybrid.split'], /export needs --format/],
            [['export', '--format', 'json'], /export needs a plan/],
            [['export', 'examples/hybrid.split', 'examples/bro-split.split', '--format', 'json'], /export takes one plan, got 2/],
            [['export', 'examples/hybrid.split', '--format', 'ics', '--start', '2025-02-30'], /--start takes a date as YYYY-MM-DD/],
            [['export', 'examples/hybrid.split', '--format', 'json', '--output', 'no/such/folder/x.json'], /cannot write no\/such\/folder\/x\.json/],
            [['export', 'examples', '--format', 'json'], /examples is a folder/],
            [['export', 'examples/hybrid.split', '--format', 'json', '--bogus'], /Unknown option '--bogus'/],
        ];
        for (const [args, message] of cases) {
            const result = run(args);
            expect({ args, status: result.status, stdout: result.stdout }).toEqual({ args, status: 2, stdout: '' });
            expect(result.stderr).toMatch(message);
        }
    });

    it('exits 2 on an invalid configuration', () => {
        const folder = temp({ '.splitrc.json': '{ "volum": {} }', 'plan.split': 'monday\n  Squat 4x10\n' });
        const result = run(['export', 'plan.split', '--format', 'json'], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('volum');
    });

    it('documents itself', () => {
        const help = run(['export', '--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('Usage: split-plan export FILE --format json|md');
        expect(help.stdout).toContain('A plan with errors is exported as far as it is valid');
        expect(run(['--help']).stdout).toMatch(/^ {2}export FILE /m);
    });
});

// The export helpers are pure: the same model gives the same text.
it('renders the same text twice', async () => {
    const { week, settings } = await loadExample('legs-twice');
    expect(renderJson(week, settings)).toBe(renderJson(week, settings));
    expect(renderMarkdown(week, settings)).toBe(renderMarkdown(week, settings));
    expect(exportPlan(week, settings).sessions).toHaveLength(week.sessions.length);
});

describe('an untitled plan and its untitled sessions are called the same in every output', () => {
    it('Markdown, iCalendar and the preview page', async () => {
        const { week, settings, diagnostics } = await load('monday at 07:00\n  Run 30min easy\ntuesday\n  Squat 4x8\n');
        const md = renderMarkdown(week, settings);
        const summaries = new ICAL.Component(ICAL.parse(renderIcs(week))).getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary'));
        const page = renderStandalonePage(buildPreviewModel(week, settings, diagnostics), '');
        expect(md).toMatch(/^# Training plan$/m);
        expect([md.match(/^### .*$/gm), summaries]).toEqual([['### Cardio session · 07:00', '### Strength session · 18:00'], ['Cardio session', 'Strength session']]);
        expect(page).toContain('<title>Training plan · Split</title>');
        expect([...page.matchAll(/<h4 class="session-title">([^<]*)<\/h4>/g)].map((match) => match[1])).toEqual(['Cardio session', 'Strength session']);
    });
});
