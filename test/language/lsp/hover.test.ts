import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent, Range } from 'vscode-languageserver';
import type { SplitLspServices } from '../../../src/language/split-lsp-module.js';
import { lspServices, openDocument } from './lsp-services.js';
import { BUILTIN_LIBRARY_URI } from '../../../src/language/library/builtin-library.js';

// Hovers (SPEC §7) through the provider itself: exact numbers from the week model.

let Split: SplitLspServices;

beforeAll(async () => {
    Split = await lspServices();
});

const open = (text: string, uri?: URI): Promise<LangiumDocument> => openDocument(Split, text, uri);

/** The hover at the `nth` occurrence of `probe` (1-based), one character into it. */
async function hoverAt(document: LangiumDocument, probe: string, nth = 1, into = 1): Promise<Hover | undefined> {
    const text = document.textDocument.getText();
    let offset = -1;
    for (let count = 0; count < nth; count++) offset = text.indexOf(probe, offset + 1);
    if (offset < 0) throw new Error(`"${probe}" is not in the text`);
    return Split.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset + into),
    });
}

async function hover(text: string, probe: string, nth = 1): Promise<string> {
    const result = await hoverAt(await open(text), probe, nth);
    if (!result) throw new Error(`no hover at "${probe}"`);
    const contents = result.contents as MarkupContent;
    expect(contents.kind).toBe('markdown');
    return contents.value;
}

function lines(markdown: string): string[] {
    return markdown.split('\n');
}

describe('exercise names', () => {
    it('in an item: muscles, mechanic, kind, description, aliases; the range is the name', async () => {
        const document = await open('monday\n  Squat 4x8\n');
        const result = (await hoverAt(document, 'Squat'))!;
        const value = (result.contents as MarkupContent).value;
        expect(lines(value)).toEqual(expect.arrayContaining([
            '**Squat** · built-in exercise',
            '- Primary: quadriceps, glutes',
            '- Secondary: hamstrings, adductors, lower back',
            '- Mechanic: compound',
            '- Kind: strength',
            '- Trains: legs',
            'Also called: Back Squat, Barbell Squat, Barbell Back Squat',
        ]));
        expect(value).toContain('sit down between the heels');
        expect(result.range).toEqual<Range>({ start: { line: 1, character: 2 }, end: { line: 1, character: 7 } });
    });

    it('a multi-word name as written ("Squats" is Squat)', async () => {
        const value = await hover('friday\n  Seated Calf Raises 4x15\n', 'Calf');
        expect(value).toContain('“Seated Calf Raises” is Seated Calf Raise.');
        expect(value).toContain('- Primary: calves');
    });

    it('cardio: kind and impact', async () => {
        const value = await hover('thursday\n  Run 30min easy\n', 'Run');
        expect(lines(value)).toEqual(expect.arrayContaining(['- Kind: cardio', '- Impact: high', 'Also called: Running, Treadmill Run, Outdoor Run, Intervals, Interval Run, Fartlek, Parkrun, Road Run']));
        expect(value).not.toContain('Trains:');
    });

    it('a declaration in the file: its doc comment is the description', async () => {
        const text = '/** A plate-loaded machine row with independent arms; chest supported. */\n'
            + 'exercise "Chest Supported Row" alias "CSR" primary lats, middle back secondary biceps compound\n\nmonday\n  Chest Supported Row 5x10\n';
        const document = await open(text);
        for (const [probe, nth] of [['Chest Supported Row', 1], ['CSR', 1], ['Chest Supported Row', 2]] as const) {
            const value = ((await hoverAt(document, probe, nth))!.contents as MarkupContent).value;
            expect(lines(value)).toEqual(expect.arrayContaining([
                '**Chest Supported Row**', '- Primary: lats, middle back', '- Secondary: biceps', '- Mechanic: compound', '- Kind: strength',
                'A plate-loaded machine row with independent arms; chest supported.', 'Also called: CSR',
            ]));
        }
    });

    it('a name inside the built-in library document', async () => {
        const library = Split.shared.workspace.LangiumDocuments.getDocument(BUILTIN_LIBRARY_URI)!;
        const result = (await hoverAt(library, '"Leg Extension"'))!;
        const value = (result.contents as MarkupContent).value;
        expect(lines(value)).toEqual(expect.arrayContaining([
            '**Leg Extension** · built-in exercise', '- Primary: quadriceps', '- Mechanic: isolation',
            'Also called: Quad Extension, Knee Extension, Machine Leg Extension',
        ]));
        expect(value).toContain('isolate the quadriceps');
    });

    it('an unknown name says so', async () => {
        expect(await hover('monday\n  Moon Squatting 4x8\n', 'Moon')).toMatch(/^\*\*Moon Squatting\*\*: not a known exercise/);
    });

    it('a name taken by abbreviation or as a variant says what it was taken as (SPEC §7)', async () => {
        expect(await hover('thursday\n  Tempo Run 30min\n', 'Tempo')).toMatch(/^“Tempo Run”: taken as Run\.\n\n\*\*Run\*\*/);
        expect(await hover('monday\n  DB Curls 3x12\n', 'DB')).toMatch(/^“DB Curls”: taken as Dumbbell Curl\.\n/);
        expect(await hover('monday\n  Row 4x8\n', 'Row')).toMatch(/^“Row” is Barbell Row\.\n/);
        expect(await hover('monday\n  Row 2000m\n', 'Row')).toMatch(/^“Row” is Rowing Machine\.\n/);
    });

    it('shows controls and bidi controls in a name as escapes', async () => {
        const value = await hover('monday\n  "Moon\u202e|\x1b[2J Squatting" 4x8\n', 'Moon');
        expect(value.startsWith('**Moon\\\\u202e\\|\\\\x1b\\[2J Squatting**: not a known exercise')).toBe(true);
        expect(value).not.toMatch(/(?!\n)[\p{Cc}\p{Bidi_Control}]/u);
    });
});

describe('prescriptions', () => {
    it('4x10 @ 100kg: 40 reps, 4,000 kg; the range is the set groups', async () => {
        const document = await open('monday\n  Squat 4x10 @ 100kg\n');
        const result = (await hoverAt(document, '4x10'))!;
        expect(lines((result.contents as MarkupContent).value)).toEqual(expect.arrayContaining([
            '**Squat**: 4 sets', '- 4x10 = 40 reps', '  - @ 100 kg; volume 40 reps × 100 kg = 4,000 kg',
        ]));
        expect(result.range).toEqual<Range>({ start: { line: 1, character: 8 }, end: { line: 1, character: 20 } });
        // The load is part of the prescription.
        expect(((await hoverAt(document, '100kg'))!.contents as MarkupContent).value).toContain('4,000 kg');
    });

    it('4x10 @ 140kg: 40 reps × 140 kg = 5,600 kg', async () => {
        expect(await hover('monday\n  Deadlift 4x10 @ 140kg\n', '4x10')).toContain('40 reps × 140 kg = 5,600 kg');
    });

    it('a rep range: 24–36 reps, and a volume range', async () => {
        const value = await hover('monday\n  Barbell Row 3x8-12 @ 60kg\n', '3x8');
        expect(value).toContain('- 3x8-12 = 24–36 reps');
        expect(value).toContain('24–36 reps × 60 kg = 1,440–2,160 kg');
    });

    it('loads in the plan\'s units when none is written', async () => {
        expect(await hover('units lb\nmonday\n  Bench Press 5x5 @ 225\n', '5x5')).toContain('25 reps × 225 lb = 5,625 lb');
    });

    it('AMRAP, timed holds, per side', async () => {
        expect(await hover('monday\n  Pull-Up 3xAMRAP\n', '3x')).toContain('- 3xAMRAP: 3 sets of as many reps as possible');
        expect(await hover('monday\n  Plank 3x45s\n', '3x')).toContain('- 3x45 s: 3 holds = 135 s under tension');
        const each = await hover('monday\n  Bulgarian Split Squat 3x8 each @ 20kg\n', '3x8');
        expect(each).toContain('**Bulgarian Split Squat**: 3 sets');
        expect(each).toContain('- 3x8 each = 24 reps per side');
        expect(each).toContain('24 reps per side × 20 kg = 480 kg per side');
    });

    it('set groups: each group, then the total', async () => {
        const value = await hover('monday\n  Squat 1x5 @ 140kg, 3x8 @ 120kg\n', '3x8');
        expect(lines(value)).toEqual(expect.arrayContaining([
            '**Squat**: 4 sets',
            '- 1x5 = 5 reps', '  - @ 140 kg; volume 5 reps × 140 kg = 700 kg',
            '- 3x8 = 24 reps', '  - @ 120 kg; volume 24 reps × 120 kg = 2,880 kg',
            'Total: 4 sets, 29 reps, volume 3,580 kg',
        ]));
    });

    it('percent of one-rep max, RPE, rest and notes', async () => {
        expect(await hover('monday\n  Squat 4x6 @ 75%\n', '4x6')).toContain('@ 75% of your one-rep max');
        expect(await hover('monday\n  Pull-Up 4x8 @ RPE 8\n', '4x8')).toContain('@ RPE 8: about 2 reps left in reserve');
        const value = await hover('monday\n  Barbell Row 4x10 rest 90s "slow eccentric"\n', '4x10');
        expect(value).toContain('- Rest 90 s between sets');
        expect(value).toContain('> slow eccentric');
    });

    it('cardio: duration and intensity with %HRmax from age', async () => {
        const value = await hover('age 30\nthursday\n  Run 30min @ 150bpm\n', '30min');
        expect(lines(value)).toEqual(expect.arrayContaining([
            '**Run**: 30 min of cardio, high intensity',
            '- 30 min',
            '- Intensity: high: 150 bpm = 80% of HRmax 187 bpm (low below 64%, moderate from 64%, high from 77%)',
            '- Impact: high',
        ]));
    });

    it('cardio: hrmax wins; without either a bpm target is moderate', async () => {
        expect(await hover('age 30\nhrmax 200\nthursday\n  Run 30min @ 140bpm\n', '30min')).toContain('- Intensity: moderate: 140 bpm = 70% of HRmax 200 bpm');
        expect(await hover('thursday\n  Run 30min @ 150bpm\n', '30min')).toContain('- Intensity: moderate: 150 bpm is taken as moderate without `age` or `hrmax`');
    });

    it('cardio: distance, repeats, words and zones', async () => {
        expect(await hover('thursday\n  Cycling 20km easy\n', '20km')).toContain('**Cycling**: 20 km of cardio, low intensity');
        const repeats = await hover('thursday\n  Run 8x400m\n', '8x');
        expect(repeats).toContain('- 8x400 m = 3.2 km of repeats');
        expect(repeats).toContain('- Intensity: high (repeats)');
        expect(await hover('thursday\n  Swim 45min @ Z2\n', '45min')).toContain('- Intensity: low (zone 2)');
        expect(await hover('thursday\n  Walk 1h\n', '1h')).toContain('- Intensity: moderate (the default when no intensity is written)');
    });

    it('an invalid prescription shows its problem', async () => {
        const value = await hover('monday\n  Squat 3x12-8\n', '3x');
        expect(value).toContain('⚠ The rep range 12-8 runs backwards');
        expect(value).toContain('counts for nothing');
    });
});

describe('the notations of SPEC v2 §2.5', () => {
    it.each([
        ['monday\n  Squat 1x5+ @ 85%\n', '1x5', '- 1x5+: 1 set of at least 5 reps, then as many as possible'],
        ['monday\n  Romanian Deadlift 3-4x8\n', '3-4', '- 3-4x8: 3 to 4 sets (counted as 3.5) of 8 reps'],
        ['monday\n  Bench Press 4x10,8,6,4 @ 60kg\n', '4x10', '- 4x10,8,6,4: 4 sets of 10, 8, 6, 4 reps = 28 reps'],
        ['monday\n  Bench Press 4x10,8,6,4 @ 60kg\n', '4x10', '  - @ 60 kg; volume 28 reps × 60 kg = 1,680 kg'],
        ['monday\n  Plank 3x20-30s\n', '3x20', '- 3x20-30 s: 3 holds = 60-90 s under tension'],
        ['monday\n  Squat 4x6 @ 60-70%\n', '4x6', '  - @ 60-70% of your one-rep max; checks use the heavier end'],
        ['monday\n  Dumbbell Bench Press 3x10 @ 24kg each\n', '3x10', '  - @ 24 kg each: per implement (each dumbbell or kettlebell)'],
        ['monday\n  Squat 4x6 rest 2-3min\n', '4x6', '- Rest 2-3 min between sets'],
        ['monday\n  Run 10km @ 5:00/km easy\n', '10km', '- @ 5:00/km: a pace sets no intensity by itself'],
        ['ftp 250\nmonday\n  Cycling 45min @ 200W\n', '45min', '- Intensity: moderate: 200 W = 80% of FTP 250 W (low below 76%, moderate from 76%, high from 91%)'],
        ['monday\n  Run 30min @ 70% HRmax\n', '30min', '- Intensity: moderate: 70% of HRmax (low below 64%, moderate from 64%, high from 77%)'],
        ['monday\n  Sled Push 10min\n', '10min', '**Sled Push**: 10 min of conditioning, moderate intensity'],
    ])('%j at %s: %s', async (text, probe, line) => {
        expect(lines(await hover(text, probe))).toContain(line);
    });

    it('ftp: its meaning and its power bands', async () => {
        expect(await hover('ftp 250\n', 'ftp')).toContain('moderate from 76 %, high from 91 %');
    });
});

describe('drop and rest-pause', () => {
    it('drop 4-5: what to do and on which sets, with the dropped weight', async () => {
        const document = await open('tuesday\n  Leg Extension 5x15 @ 50kg drop 4-5\n');
        const result = (await hoverAt(document, 'drop'))!;
        const value = (result.contents as MarkupContent).value;
        expect(value).toMatch(/^\*\*Drop set\*\*: after the set, cut the weight by about 30% and continue without rest/);
        expect(value).toContain('Here: on sets 4 and 5 of 5.');
        expect(value).toContain('For example 50 kg → about 35 kg.');
        expect(value).toContain('counts as one set');
        expect(result.range).toEqual<Range>({ start: { line: 1, character: 28 }, end: { line: 1, character: 36 } });
    });

    it('drop last and drop 4,5', async () => {
        expect(await hover('friday\n  Triceps Pushdown 3x12 drop last\n', 'last')).toContain('Here: on set 3 of 3.');
        expect(await hover('friday\n  Leg Extension 5x15 drop 4,5\n', 'drop')).toContain('Here: on sets 4 and 5 of 5.');
    });

    it('a drop on a set that does not exist shows the problem', async () => {
        expect(await hover('friday\n  Leg Extension 3x15 drop 4\n', 'drop')).toContain('⚠ There is no set 4 to drop from');
    });

    it('rest-pause: 10–15 s between mini-sets, and 1x75 is the total', async () => {
        const value = await hover('tuesday\n  Seated Calf Raise 1x75 rest-pause 15s\n', 'rest-pause');
        expect(value).toMatch(/^\*\*Rest-pause\*\*: take the set close to failure, rest 10–15 s \(here 15 s\) and continue with mini-sets at the same weight/);
        expect(value).toContain('With 1 × 75 the 75 is the total reps across all mini-sets, not one straight set.');
        expect(value).toContain('counts as one set');
    });
});

describe('session headers', () => {
    const plan = 'sunday "Legs" at 18:00\n  Squat 4x8\n  Leg Press 3x10\nmonday "Legs again"\n  Leg Extension 4x12\n  Barbell Curl 3x10\n';

    it('when it starts, the regions with sets, the hours since last trained and the minimum', async () => {
        const document = await open(plan);
        for (const probe of ['monday', '"Legs again"']) {
            const result = (await hoverAt(document, probe))!;
            expect(lines((result.contents as MarkupContent).value)).toEqual([
                '**Monday “Legs again”**: starts Monday 18:00 (the default start time)',
                '',
                '| region | sets | since last trained | minimum |',
                '|---|---:|---|---:|',
                '| Legs | 4 | 24 h (after Sunday 18:00 “Legs”) ⚠ | 48 h |',
                '| Biceps | 3 | 168 h (only this session) | 24 h |',
            ]);
            expect(result.range).toEqual<Range>({ start: { line: 3, character: 0 }, end: { line: 3, character: 19 } });
        }
        const sunday = ((await hoverAt(document, 'sunday'))!.contents as MarkupContent).value;
        expect(sunday).toContain('**Sunday “Legs”**: starts Sunday 18:00\n');
        expect(sunday).toContain('| Legs | 7 | 144 h (after Monday 18:00 “Legs again”) | 48 h |');
    });

    it('the time: hovering `at HH:MM`', async () => {
        const value = await hover('thursday "Shoulders" at 07:30\n  Overhead Press 4x8\n', '07:30');
        expect(value).toContain('**Thursday “Shoulders”**: starts Thursday 07:30\n');
        expect(value).toContain('| Shoulders | 4 | 168 h (only this session) | 48 h |');
    });

    it('the minimum comes from the settings (.splitrc.json)', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'split-hover-'));
        writeFileSync(join(folder, '.splitrc.json'), JSON.stringify({ recovery: { minHours: { legs: 72 } } }));
        const document = await open(plan, URI.file(join(folder, 'plan.split')));
        const value = ((await hoverAt(document, 'monday'))!.contents as MarkupContent).value;
        expect(value).toContain('| Legs | 4 | 24 h (after Sunday 18:00 “Legs”) ⚠ | 72 h |');
    });

    it('regions below the minimum sets, sessions that train nothing, rest days', async () => {
        const value = await hover('wednesday\n  Bench Press 4x8\n  Barbell Curl 2x10\n', 'wednesday');
        expect(value).toContain('| Chest | 4 | 168 h (only this session) | 48 h |');
        expect(value).toContain('Also works, below 3 sets: biceps 2.');
        expect(await hover('thursday at 07:00\n  Run 30min easy\n', 'thursday')).toBe(
            '**Thursday**: starts Thursday 07:00\n\nTrains no region (a region counts from 3 sets of strength work in one session).');
        expect(await hover('saturday rest\n', 'rest')).toBe('**Saturday**: a rest day.');
    });
});

describe('header keywords', () => {
    const header = 'plan "Twice"\ngoal endurance\nage 30\nhrmax 190\nunits lb\nimport "lib/gym.split"\nexercise "Sled Push" primary quadriceps compound\n';

    it('one paragraph each', async () => {
        const document = await open(header);
        const at = async (probe: string) => ((await hoverAt(document, probe))!.contents as MarkupContent).value;
        expect(await at('plan')).toMatch(/^\*\*plan\*\* "Title": the plan's name/);
        const goal = await at('goal');
        expect(goal).toContain('**endurance**: `run-after-legs` becomes information, `cardio-before-strength` becomes information, `muscle-frequency` off, `weekly-volume` off');
        expect(goal).toContain('general: `weekly-volume` hints off');
        expect(goal).toContain('hypertrophy: the default severities');
        const age = await at('age');
        expect(age).toContain('HRmax is estimated as 208 − 0.7 × age (Tanaka 2001). Here 208 − 0.7 × 30 = 187 bpm.');
        expect(age).toContain('The `hrmax 190` line wins over this estimate.');
        expect(await at('hrmax')).toMatch(/^\*\*hrmax\*\*: your measured maximum heart rate in bpm; it wins over the estimate from `age`/);
        expect(await at('units')).toContain('This plan: lb.');
        expect(await at('import')).toMatch(/^\*\*import\*\* "path\.split": brings that file's own `exercise` declarations into scope/);
        expect(await at('exercise')).toMatch(/^\*\*exercise\*\* "Name" \[alias "Other", …\] primary m1, m2/);
        // The value of a statement explains it too; the goal's own word is bold.
        expect(await at('endurance')).toBe(goal);
    });

    it('the 220 − age formula when configured', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'split-hover-'));
        writeFileSync(join(folder, '.splitrc.json'), JSON.stringify({ heartRate: { formula: '220-age' } }));
        const document = await open('age 40\n', URI.file(join(folder, 'plan.split')));
        expect(((await hoverAt(document, 'age'))!.contents as MarkupContent).value).toContain('HRmax is estimated as 220 − age. Here 220 − 40 = 180 bpm.');
    });

    it('nothing on comments and blank lines', async () => {
        const document = await open('// a comment\n\nmonday\n  Squat 4x8\n');
        expect(await hoverAt(document, 'comment')).toBeUndefined();
        expect(await hoverAt(document, '\n\n', 1, 1)).toBeUndefined();
    });
});
