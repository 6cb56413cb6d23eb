// The rules of SPEC §4.1 at their boundaries, goals (§4.3), configuration (§5) and in-file suppressions (§4.4).
// Each test filters the diagnostics to the code under test and pins code, severity, the 1-based anchor line and a
// key part of the message (days, times, hours, region, threshold).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { check, messageText, summarize } from './helpers.js';

// ---- helpers ---------------------------------------------------------------------------------------------------

/** A plan from its lines (so that line numbers are easy to read: the first string is line 1). */
function plan(...lines: string[]): string {
    return lines.join('\n') + '\n';
}

interface Found {
    /** `line:code:severity`, 1-based lines. */
    readonly summary: string[];
    readonly messages: string[];
    readonly diagnostics: Diagnostic[];
}

function only(diagnostics: readonly Diagnostic[], code: string): Found {
    const found = diagnostics.filter((diagnostic) => diagnostic.code === code);
    return { summary: summarize(found), messages: found.map(messageText), diagnostics: found };
}

/** The diagnostics of one code for a plan given as text. */
async function run(code: string, text: string, path?: string): Promise<Found> {
    const { diagnostics } = await check(text, path);
    return only(diagnostics, code);
}

const tempDirs: string[] = [];
afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes `.splitrc.json` and the plan into a fresh folder, and checks the plan as that file. */
async function runWithConfig(code: string, config: object, text: string): Promise<Found> {
    const dir = mkdtempSync(join(tmpdir(), 'split-rules-'));
    tempDirs.push(dir);
    writeFileSync(join(dir, '.splitrc.json'), JSON.stringify(config, null, 2));
    const path = join(dir, 'plan.split');
    writeFileSync(path, text);
    const { diagnostics } = await check(text, path);
    // The configuration must have been read without problems, or the test would pass for the wrong reason.
    expect(diagnostics.filter((diagnostic) => /splitrc/i.test(messageText(diagnostic)))).toEqual([]);
    return only(diagnostics, code);
}

/** Codes of the rules over the week (not the language-shape ones). */
const WEEK_LEVEL_CODES = [
    'recovery-window', 'cardio-before-strength', 'run-after-legs', 'legs-and-back-same-day', 'combined-needs-compound',
    'muscle-frequency', 'weekly-volume', 'no-rest-day', 'heart-rate',
];

// ---- recovery-window -------------------------------------------------------------------------------------------

describe('recovery-window (SPEC §4.1, §3.3, §3.4)', () => {
    const code = 'recovery-window';

    it('legs exactly 48 h apart: no warning', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'wednesday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual([]);
    });

    it('legs 47 h 59 min apart: a warning on the second session header, naming region, gap, earlier session and minimum', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'wednesday at 17:59',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/legs/i);
        expect(found.messages[0]).toContain('47 h 59 min');
        expect(found.messages[0]).toMatch(/Monday/);
        expect(found.messages[0]).toContain('48 h');
    });

    it('the week wraps around: Sunday 18:00 → Monday 18:00 is 24 h, reported on Monday\'s header naming Sunday', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'sunday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['1:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/Sunday/);
        expect(found.messages[0]).toContain('24 h');
    });

    it('the wrap-around is reported on Monday even when Sunday comes first in the file', async () => {
        const found = await run(code, plan(
            'sunday at 18:00',
            '  Squat 3x5',
            'monday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/Sunday/);
    });

    it('two sessions on one day (07:00 and 18:00): the later one is warned, 11 h after the morning', async () => {
        const found = await run(code, plan(
            'monday at 07:00',
            '  Squat 3x5',
            'monday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toContain('11 h');
        expect(found.messages[0]).toContain('07:00');
    });

    it('sessions that start together are 0 h apart: each is warned, after the first of the others written', async () => {
        const found = await run(code, plan(
            'monday "A" at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Lunge 3x8',
            'monday "B" at 18:00',
            '  Leg Press 3x10',
        ));
        // In the order of the week: Monday's two, then Tuesday.
        expect(found.summary).toEqual(['1:recovery-window:warning', '5:recovery-window:warning', '3:recovery-window:warning']);
        expect(found.messages).toEqual([
            'Legs trained again 0 h after the session at 18:00; allow at least 48 h',
            'Legs trained again 0 h after the session at 18:00; allow at least 48 h',
            'Legs trained again 24 h after Monday 18:00; allow at least 48 h',
        ]);
    });

    it('a region trained in only one session meets itself 168 h later: no warning', async () => {
        const found = await run(code, plan(
            'monday',
            '  Squat 5x5',
            '  Leg Press 4x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('default time 18:00 applies when no `at` is written', async () => {
        const ok = await run(code, plan('monday', '  Squat 3x5', 'wednesday', '  Squat 3x5'));
        expect(ok.summary).toEqual([]);
        const warned = await run(code, plan('monday', '  Squat 3x5', 'wednesday at 17:00', '  Squat 3x5'));
        expect(warned.summary).toEqual(['3:recovery-window:warning']);
        expect(warned.messages[0]).toContain('47 h');
    });

    it('biceps (a small region) need 24 h: exactly 24 h is fine', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Barbell Curl 3x10',
            'tuesday at 18:00',
            '  Barbell Curl 3x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('biceps 23 h apart: a warning naming biceps, 23 h and the 24 h minimum', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Barbell Curl 3x10',
            'tuesday at 17:00',
            '  Barbell Curl 3x10',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/biceps/i);
        expect(found.messages[0]).toContain('23 h');
        expect(found.messages[0]).toContain('24 h');
    });

    it('triceps and core are small regions too (24 h), chest is large (48 h)', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Triceps Pushdown 3x12',
            '  Crunch 3x20',
            '  Bench Press 3x8',
            'tuesday at 18:00',
            '  Triceps Pushdown 3x12',
            '  Crunch 3x20',
            '  Bench Press 3x8',
        ));
        // 24 h: triceps and core are fine, chest is not.
        expect(found.summary).toEqual(['5:recovery-window:warning']);
        expect(found.messages[0]).toMatch(/chest/i);
    });

    it('2 sets (below minSets 3) do not train the region: no warning', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 2x5',
        ));
        expect(found.summary).toEqual([]);
    });

    it('3 sets train the region: a warning', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
        expect(found.messages[0]).toContain('24 h');
    });

    it('sets of different exercises working the region add up (2 + 1 = 3)', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 2x5',
            '  Leg Press 1x10',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
    });

    it('secondary muscles do not count (Bench Press works triceps and shoulders only as secondary)', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Bench Press 5x5',
            'tuesday at 07:00',
            '  Triceps Pushdown 3x12',
            '  Overhead Press 3x8',
        ));
        expect(found.summary).toEqual([]);
    });

    it('cardio and mobility items do not count (Run, Cycling and Yoga have primary leg muscles)', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Run 60min hard',
            'tuesday at 07:00',
            '  Cycling 60min hard',
            'tuesday at 18:00',
            '  Yoga 60min',
            'wednesday at 07:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual([]);
    });

    it('config recovery.minHours.legs 72: 48 h now warns, 72 h does not', async () => {
        const config = { recovery: { minHours: { legs: 72 } } };
        const warned = await runWithConfig(code, config, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'wednesday at 18:00',
            '  Squat 3x5',
        ));
        expect(warned.summary).toEqual(['3:recovery-window:warning']);
        expect(warned.messages[0]).toContain('48 h');
        expect(warned.messages[0]).toContain('72 h');
        const ok = await runWithConfig(code, config, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'thursday at 18:00',
            '  Squat 3x5',
        ));
        expect(ok.summary).toEqual([]);
    });

    it('config recovery.minHours only changes the region it names (back keeps 48 h)', async () => {
        const found = await runWithConfig(code, { recovery: { minHours: { legs: 72 } } }, plan(
            'monday at 18:00',
            '  Barbell Row 3x10',
            'wednesday at 18:00',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('config recovery.minSets 2: 2 sets now train the region', async () => {
        const found = await runWithConfig(code, { recovery: { minSets: 2 } }, plan(
            'monday at 18:00',
            '  Squat 2x5',
            'tuesday at 18:00',
            '  Squat 2x5',
        ));
        expect(found.summary).toEqual(['3:recovery-window:warning']);
    });

    it('config recovery.minSets 4: 3 sets no longer train the region', async () => {
        const found = await runWithConfig(code, { recovery: { minSets: 4 } }, plan(
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual([]);
    });
});

// ---- cardio-before-strength ------------------------------------------------------------------------------------

describe('cardio-before-strength (SPEC §4.1)', () => {
    const code = 'cardio-before-strength';

    it('an easy run of 10 min before strength is a warm-up: no warning', async () => {
        const found = await run(code, plan('monday', '  Run 10min easy', '  Squat 3x5'));
        expect(found.summary).toEqual([]);
    });

    it('an easy run of 11 min before strength is not a warm-up: a warning on the run', async () => {
        const found = await run(code, plan('monday', '  Run 11min easy', '  Squat 3x5'));
        expect(found.summary).toEqual(['2:cardio-before-strength:warning']);
        expect(found.messages[0]).toContain('Squat');
        expect(found.messages[0]).toContain('10 min');
    });

    it('a moderate run of 10 min before strength is not a warm-up: a warning on the run', async () => {
        const found = await run(code, plan('monday', '  Run 10min moderate', '  Squat 3x5'));
        expect(found.summary).toEqual(['2:cardio-before-strength:warning']);
    });

    it('a run without intensity is moderate, so not a warm-up', async () => {
        const found = await run(code, plan('monday', '  Run 5min', '  Bench Press 3x8'));
        expect(found.summary).toEqual(['2:cardio-before-strength:warning']);
    });

    it('the warning sits on the cardio item, even with other strength work before it', async () => {
        const found = await run(code, plan('monday', '  Bench Press 3x8', '  Cycling 20min hard', '  Barbell Row 3x10'));
        expect(found.summary).toEqual(['3:cardio-before-strength:warning']);
        expect(found.messages[0]).toContain('Barbell Row');
    });

    it('cardio after strength is fine', async () => {
        const found = await run(code, plan('monday', '  Bench Press 3x8', '  Run 30min hard', '  Cycling 30min moderate'));
        expect(found.summary).toEqual([]);
    });

    it('a cardio session 5 h 59 min before a strength session: a warning on the cardio item', async () => {
        const found = await run(code, plan(
            'monday at 12:01',
            '  Run 30min',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(found.summary).toEqual(['2:cardio-before-strength:warning']);
        expect(found.messages[0]).toContain('5 h 59 min');
        expect(found.messages[0]).toMatch(/Monday 18:00/);
        expect(found.messages[0]).toContain('6 h');
    });

    it('a cardio session exactly 6 h before a strength session: no warning', async () => {
        const found = await run(code, plan(
            'monday at 12:00',
            '  Run 30min',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(found.summary).toEqual([]);
    });

    it('a cardio session after a strength session is fine', async () => {
        const found = await run(code, plan(
            'monday at 12:00',
            '  Bench Press 3x8',
            'monday at 14:00',
            '  Run 30min hard',
        ));
        expect(found.summary).toEqual([]);
    });

    it('a warm-up-sized cardio session shortly before strength is fine', async () => {
        const found = await run(code, plan(
            'monday at 17:00',
            '  Run 10min easy',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(found.summary).toEqual([]);
    });

    it('the week wraps around: Sunday 23:00 cardio, Monday 04:00 strength (5 h)', async () => {
        const found = await run(code, plan(
            'monday at 04:00',
            '  Bench Press 3x8',
            'sunday at 23:00',
            '  Run 30min',
        ));
        expect(found.summary).toEqual(['4:cardio-before-strength:warning']);
        expect(found.messages[0]).toContain('5 h');
        expect(found.messages[0]).toMatch(/Monday 04:00/);
    });

    it('config cardio.warmupMinutes 15: 15 min easy is a warm-up, 16 min is not', async () => {
        const config = { cardio: { warmupMinutes: 15 } };
        const ok = await runWithConfig(code, config, plan('monday', '  Run 15min easy', '  Squat 3x5'));
        expect(ok.summary).toEqual([]);
        const warned = await runWithConfig(code, config, plan('monday', '  Run 16min easy', '  Squat 3x5'));
        expect(warned.summary).toEqual(['2:cardio-before-strength:warning']);
        expect(warned.messages[0]).toContain('15 min');
    });

    it('config cardio.minHoursBeforeStrength 3: 5 h 59 min is fine, 2 h 59 min warns', async () => {
        const config = { cardio: { minHoursBeforeStrength: 3 } };
        const ok = await runWithConfig(code, config, plan(
            'monday at 12:01',
            '  Run 30min',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(ok.summary).toEqual([]);
        const warned = await runWithConfig(code, config, plan(
            'monday at 15:01',
            '  Run 30min',
            'monday at 18:00',
            '  Bench Press 3x8',
        ));
        expect(warned.summary).toEqual(['2:cardio-before-strength:warning']);
        expect(warned.messages[0]).toContain('2 h 59 min');
        expect(warned.messages[0]).toContain('3 h');
    });
});

// ---- run-after-legs --------------------------------------------------------------------------------------------

describe('run-after-legs (SPEC §4.1, §3.6)', () => {
    const code = 'run-after-legs';
    const legsMonday = ['monday at 18:00', '  Squat 3x5'];

    it('a moderate run 23 h 59 min after legs: a warning on the run naming the gap and the leg session', async () => {
        const found = await run(code, plan(...legsMonday, 'tuesday at 17:59', '  Run 30min moderate'));
        expect(found.summary).toEqual(['4:run-after-legs:warning']);
        expect(found.messages[0]).toContain('23 h 59 min');
        expect(found.messages[0]).toMatch(/Monday 18:00/);
        expect(found.messages[0]).toContain('24 h');
    });

    it('a moderate run 24 h after legs: no warning', async () => {
        const found = await run(code, plan(...legsMonday, 'tuesday at 18:00', '  Run 30min moderate'));
        expect(found.summary).toEqual([]);
    });

    it('a hard run 47 h 59 min after legs: a warning naming 48 h', async () => {
        const found = await run(code, plan(...legsMonday, 'wednesday at 17:59', '  Run 30min hard'));
        expect(found.summary).toEqual(['4:run-after-legs:warning']);
        expect(found.messages[0]).toContain('47 h 59 min');
        expect(found.messages[0]).toContain('48 h');
        expect(found.messages[0]).toMatch(/hard/i);
    });

    it('a hard run 48 h after legs: no warning', async () => {
        const found = await run(code, plan(...legsMonday, 'wednesday at 18:00', '  Run 30min hard'));
        expect(found.summary).toEqual([]);
    });

    it('an easy run never warns, even right after legs', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            '  Run 30min easy',
            'tuesday at 07:00',
            '  Run 30min easy',
        ));
        expect(found.summary).toEqual([]);
    });

    it('low-impact cardio (Cycling) never warns, even hard right after legs', async () => {
        const found = await run(code, plan(
            'monday at 18:00',
            '  Squat 3x5',
            '  Cycling 30min hard',
            'tuesday at 07:00',
            '  Cycling 30min hard',
        ));
        expect(found.summary).toEqual([]);
    });

    it('a run with no intensity written is moderate (warns under 24 h)', async () => {
        const found = await run(code, plan(...legsMonday, 'tuesday at 07:00', '  Run 30min'));
        expect(found.summary).toEqual(['4:run-after-legs:warning']);
    });

    it('a session with fewer than 3 leg sets did not train legs', async () => {
        const found = await run(code, plan('monday at 18:00', '  Squat 2x5', 'tuesday at 07:00', '  Run 30min hard'));
        expect(found.summary).toEqual([]);
    });

    it('in one session, legs BEFORE the run: a warning on the run', async () => {
        const found = await run(code, plan('monday', '  Squat 3x5', '  Run 20min moderate'));
        expect(found.summary).toEqual(['3:run-after-legs:warning']);
        expect(found.messages[0]).toMatch(/session/);
    });

    it('in one session, legs AFTER the run: no run-after-legs', async () => {
        const found = await run(code, plan('monday', '  Run 20min moderate', '  Squat 3x5'));
        expect(found.summary).toEqual([]);
    });

    it('the week wraps around: Sunday 18:00 legs, Monday 07:00 run (13 h) warns, naming Sunday', async () => {
        const found = await run(code, plan(
            'monday at 07:00',
            '  Run 30min moderate',
            'sunday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['2:run-after-legs:warning']);
        expect(found.messages[0]).toMatch(/Sunday/);
        expect(found.messages[0]).toContain('13 h');
    });

    it('repeats (6x800m) count as hard: 30 h after legs warns, where a moderate run would not', async () => {
        const moderate = await run(code, plan(...legsMonday, 'wednesday at 00:00', '  Run 30min moderate'));
        expect(moderate.summary).toEqual([]);
        const repeats = await run(code, plan(...legsMonday, 'wednesday at 00:00', '  Run 6x800m'));
        expect(repeats.summary).toEqual(['4:run-after-legs:warning']);
        expect(repeats.messages[0]).toContain('30 h');
        expect(repeats.messages[0]).toContain('48 h');
    });
});

// ---- legs-and-back-same-day / combined-needs-compound ------------------------------------------------------------

describe('legs-and-back-same-day and combined-needs-compound (SPEC §4.1)', () => {
    const combined = [
        'monday "Legs and Back"',
        '  Squat 3x5',
        '  Leg Press 3x10',
        '  Barbell Row 3x10',
        '  Lat Pulldown 3x10',
    ];

    it('a combined session with no other legs or back session: a warning on its header', async () => {
        const { diagnostics } = await check(plan('plan "Combined"', ...combined));
        const found = only(diagnostics, 'legs-and-back-same-day');
        expect(found.summary).toEqual(['2:legs-and-back-same-day:warning']);
        expect(found.messages[0]).toMatch(/legs/i);
        expect(found.messages[0]).toMatch(/back/i);
        expect(found.messages[0]).toMatch(/Monday/);
        // Squat and Barbell Row are compound: nothing for combined-needs-compound.
        expect(only(diagnostics, 'combined-needs-compound').summary).toEqual([]);
    });

    it.each([
        ['one deadlift on leg day', ['  Deadlift 3x5']],
        ['one back exercise written twice, which is still one', ['  Barbell Row 3x10', '  barbell row 3x10']],
    ])('%s does not make a combined session', async (_what, back) => {
        const { diagnostics } = await check(plan('plan "Leg day"', 'monday "Legs"', '  Squat 3x5', '  Leg Press 3x10', ...back));
        expect(only(diagnostics, 'legs-and-back-same-day').summary).toEqual([]);
        expect(only(diagnostics, 'combined-needs-compound').summary).toEqual([]);
    });

    it('another legs day and another back day: no warning', async () => {
        const found = await run('legs-and-back-same-day', plan(
            'plan "Combined"',
            ...combined,
            'wednesday "Legs"',
            '  Squat 3x5',
            'friday "Back"',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('another legs day but no other back day: still a warning, naming back', async () => {
        const found = await run('legs-and-back-same-day', plan(
            'plan "Combined"',
            ...combined,
            'wednesday "Legs"',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['2:legs-and-back-same-day:warning']);
        expect(found.messages[0]).toMatch(/back/i);
        expect(found.messages[0]).not.toMatch(/for legs/i);
    });

    it('another session with only 2 sets for back does not train back: still a warning', async () => {
        const found = await run('legs-and-back-same-day', plan(
            'plan "Combined"',
            ...combined,
            'wednesday "Legs"',
            '  Squat 3x5',
            'friday "Back"',
            '  Barbell Row 2x10',
        ));
        expect(found.summary).toEqual(['2:legs-and-back-same-day:warning']);
    });

    it('a combined session with only isolation work for legs: combined-needs-compound information naming legs', async () => {
        const found = await run('combined-needs-compound', plan(
            'plan "Combined"',
            'monday "Legs and Back"',
            '  Leg Extension 3x12',
            '  Hamstring Curl 3x12',
            '  Barbell Row 3x10',
            '  Lat Pulldown 3x10',
        ));
        expect(found.summary).toEqual(['2:combined-needs-compound:information']);
        expect(found.messages[0]).toMatch(/legs/);
        expect(found.messages[0]).not.toMatch(/for back|or back/);
    });

    it('a combined session with only isolation work for back: combined-needs-compound naming back', async () => {
        const found = await run('combined-needs-compound', plan(
            'plan "Combined"',
            'monday "Legs and Back"',
            '  Squat 3x5',
            '  Leg Press 3x10',
            '  Back Extension 3x12',
            '  Face Pull 3x15',
        ));
        expect(found.summary).toEqual(['2:combined-needs-compound:information']);
        expect(found.messages[0]).toMatch(/back/);
    });

    it('combined-needs-compound applies even when legs and back have other days', async () => {
        const found = await run('combined-needs-compound', plan(
            'plan "Combined"',
            'monday "Legs and Back"',
            '  Leg Extension 3x12',
            '  Hamstring Curl 3x12',
            '  Barbell Row 3x10',
            '  Lat Pulldown 3x10',
            'thursday',
            '  Squat 3x5',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual(['2:combined-needs-compound:information']);
    });
});

// ---- muscle-frequency ------------------------------------------------------------------------------------------

describe('muscle-frequency (SPEC §4.1)', () => {
    const code = 'muscle-frequency';

    it('legs trained once: information on that session\'s header, naming legs and the day', async () => {
        const found = await run(code, plan(
            'plan "Once"',
            'tuesday',
            '  Barbell Row 3x10',
            'wednesday "Legs"',
            '  Squat 3x5',
            'friday',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual(['4:muscle-frequency:information']);
        expect(found.messages[0]).toMatch(/legs/i);
        expect(found.messages[0]).toMatch(/Wednesday/);
    });

    it('legs and back never trained: warnings on the `plan` statement line', async () => {
        const found = await run(code, plan(
            '// my pushing week',
            'goal strength',
            'plan "Push"',
            'monday',
            '  Bench Press 3x8',
        ));
        expect(found.summary).toEqual(['3:muscle-frequency:warning', '3:muscle-frequency:warning']);
        expect(found.messages.join('\n')).toMatch(/legs/i);
        expect(found.messages.join('\n')).toMatch(/back/i);
    });

    it('never trained and no `plan` statement: the warning goes on line 1', async () => {
        const found = await run(code, plan(
            '// my pushing week',
            'monday',
            '  Bench Press 3x8',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual(['1:muscle-frequency:warning', '2:muscle-frequency:information']);
        expect(found.messages[0]).toMatch(/legs/i);
        expect(found.messages[1]).toMatch(/back/i);
    });

    it('a session with 2 leg sets does not train legs', async () => {
        const found = await run(code, plan(
            'plan "P"',
            'monday',
            '  Squat 2x5',
            '  Barbell Row 3x10',
            'thursday',
            '  Squat 2x5',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual(['1:muscle-frequency:warning']);
        expect(found.messages[0]).toMatch(/legs/i);
    });

    it('legs and back twice a week: nothing', async () => {
        const found = await run(code, plan(
            'plan "Twice"',
            'monday',
            '  Squat 3x5',
            '  Barbell Row 3x10',
            'thursday',
            '  Squat 3x5',
            '  Barbell Row 3x10',
        ));
        expect(found.summary).toEqual([]);
    });

    it('a library-only file (no sessions) gets none of the week-level rules', async () => {
        const { diagnostics } = await check(plan(
            'plan "Library"',
            'exercise "Zercher Thing" primary quadriceps, glutes compound',
            'exercise "Odd Row" primary lats isolation',
        ));
        expect(summarize(diagnostics.filter((diagnostic) => WEEK_LEVEL_CODES.includes(String(diagnostic.code))))).toEqual([]);
    });
});

// ---- weekly-volume ---------------------------------------------------------------------------------------------

describe('weekly-volume (SPEC §4.1, §3.5)', () => {
    const code = 'weekly-volume';

    it('exactly 20 weekly sets: nothing', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 10x8', 'thursday', '  Bench Press 10x8'));
        expect(found.summary).toEqual([]);
    });

    it('21 weekly sets: information on the plan line naming the muscle and the threshold', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 10x8', 'thursday', '  Bench Press 11x8'));
        expect(found.summary).toEqual(['1:weekly-volume:information']);
        expect(found.messages[0]).toContain('chest 21');
        expect(found.messages[0]).toContain('20');
    });

    it('above 20 without a `plan` statement: on line 1', async () => {
        const found = await run(code, plan('', 'monday', '  Bench Press 21x8'));
        expect(found.summary).toEqual(['1:weekly-volume:information']);
    });

    it('one information names every muscle above the band', async () => {
        const found = await run(code, plan('plan "Big"', 'monday', '  Bench Press 21x8', '  Barbell Curl 22x10'));
        expect(found.summary).toEqual(['1:weekly-volume:information']);
        expect(found.messages[0]).toContain('chest 21');
        expect(found.messages[0]).toContain('biceps 22');
    });

    it('exactly 10 weekly sets: nothing', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 10x8'));
        expect(found.summary).toEqual([]);
    });

    it('9 weekly sets: a hint on the plan line naming the muscle and the threshold', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 9x8'));
        expect(found.summary).toEqual(['1:weekly-volume:hint']);
        expect(found.messages[0]).toContain('chest 9');
        expect(found.messages[0]).toContain('10');
    });

    it('a secondary muscle counts half: 19 primary + 2 secondary sets = 20 → nothing', async () => {
        // JM Press: primary triceps, secondary chest.
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 19x8', '  JM Press 2x10'));
        expect(found.summary).toEqual([]);
    });

    it('a secondary muscle counts half: 19 primary + 4 secondary sets = 21 → information', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 19x8', '  JM Press 4x10'));
        expect(found.summary).toEqual(['1:weekly-volume:information']);
        expect(found.messages[0]).toContain('chest 21');
    });

    it('a muscle that is only ever secondary never gets the hint (Bench Press: triceps, shoulders 5)', async () => {
        const found = await run(code, plan('plan "Chest"', 'monday', '  Bench Press 10x8'));
        expect(found.summary).toEqual([]);
    });

    it('the hint names every low primary muscle, with half sets shown', async () => {
        // Squat: primary quadriceps, glutes (3 each); secondary hamstrings, adductors, lower back (1.5, never hinted).
        const found = await run(code, plan('plan "Legs"', 'monday', '  Squat 3x5'));
        expect(found.summary).toEqual(['1:weekly-volume:hint']);
        expect(found.messages[0]).toContain('quadriceps 3');
        expect(found.messages[0]).toContain('glutes 3');
        expect(found.messages[0]).not.toContain('hamstrings');
        expect(found.messages[0]).not.toContain('lower back');
    });

    it('config volume.low 12 / high 15: 12 and 15 are inside the band, 11 and 16 are not', async () => {
        const config = { volume: { low: 12, high: 15 } };
        const low = await runWithConfig(code, config, plan('plan "Chest"', 'monday', '  Bench Press 11x8'));
        expect(low.summary).toEqual(['1:weekly-volume:hint']);
        expect(low.messages[0]).toContain('12');
        const atLow = await runWithConfig(code, config, plan('plan "Chest"', 'monday', '  Bench Press 12x8'));
        expect(atLow.summary).toEqual([]);
        const atHigh = await runWithConfig(code, config, plan('plan "Chest"', 'monday', '  Bench Press 15x8'));
        expect(atHigh.summary).toEqual([]);
        const high = await runWithConfig(code, config, plan('plan "Chest"', 'monday', '  Bench Press 16x8'));
        expect(high.summary).toEqual(['1:weekly-volume:information']);
        expect(high.messages[0]).toContain('chest 16');
        expect(high.messages[0]).toContain('15');
    });
});

// ---- no-rest-day -----------------------------------------------------------------------------------------------

describe('no-rest-day (SPEC §4.1)', () => {
    const code = 'no-rest-day';
    const sixDays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].flatMap((day) => [day, '  Bench Press 3x8']);

    it('seven training days: a warning on the plan line', async () => {
        const found = await run(code, plan('// seven', 'plan "Every day"', ...sixDays, 'sunday', '  Bench Press 3x8'));
        expect(found.summary).toEqual(['2:no-rest-day:warning']);
        expect(found.messages[0]).toMatch(/rest/i);
    });

    it('six training days (a weekday that does not appear is a rest day): nothing', async () => {
        const found = await run(code, plan('plan "Six"', ...sixDays));
        expect(found.summary).toEqual([]);
    });

    it.each([
        ['an easy run', '  Run 30min easy'],
        ['yoga', '  Yoga 30min'],
        ['an easy walk', '  Walk 45min easy'],
    ])('a day with only %s is restful: nothing', async (_what, item) => {
        const found = await run(code, plan('plan "Active rest"', ...sixDays, 'sunday', item));
        expect(found.summary).toEqual([]);
    });

    it('a `rest` day is restful: nothing', async () => {
        const found = await run(code, plan('plan "Rest"', ...sixDays, 'sunday rest'));
        expect(found.summary).toEqual([]);
    });

    it('a day with moderate cardio is not restful', async () => {
        const found = await run(code, plan('plan "Cardio"', ...sixDays, 'sunday', '  Run 30min moderate'));
        expect(found.summary).toEqual(['1:no-rest-day:warning']);
    });

    it('a day with easy cardio plus strength work is not restful', async () => {
        const found = await run(code, plan('plan "Cardio"', ...sixDays, 'sunday', '  Run 30min easy', '  Barbell Curl 3x10'));
        expect(found.summary).toEqual(['1:no-rest-day:warning']);
    });

    it('a restful session does not make a day restful when another session that day trains', async () => {
        const found = await run(code, plan('plan "Double"', ...sixDays, 'sunday at 07:00', '  Yoga 30min', 'sunday at 18:00', '  Barbell Curl 3x10'));
        expect(found.summary).toEqual(['1:no-rest-day:warning']);
    });
});

// ---- heart-rate ------------------------------------------------------------------------------------------------

describe('heart-rate (SPEC §4.1, §3.6)', () => {
    const code = 'heart-rate';

    it('age 40 (HRmax 180 by Tanaka): 179 bpm is fine', async () => {
        const found = await run(code, plan('age 40', 'monday', '  Run 30min @ 179bpm'));
        expect(found.summary).toEqual([]);
    });

    it('age 40 (HRmax 180 by Tanaka): 180 bpm warns on the item, naming 180', async () => {
        const found = await run(code, plan('age 40', 'monday', '  Run 30min @ 180bpm'));
        expect(found.summary).toEqual(['3:heart-rate:warning']);
        expect(found.messages[0]).toContain('180');
    });

    it('hrmax 190 wins over age 40: 185 bpm is fine, 190 bpm warns', async () => {
        const ok = await run(code, plan('age 40', 'hrmax 190', 'monday', '  Run 30min @ 185bpm'));
        expect(ok.summary).toEqual([]);
        const warned = await run(code, plan('age 40', 'hrmax 190', 'monday', '  Run 30min @ 190bpm'));
        expect(warned.summary).toEqual(['4:heart-rate:warning']);
        expect(warned.messages[0]).toContain('190');
    });

    it('hrmax without age: 189 bpm fine, 190 warns', async () => {
        const ok = await run(code, plan('hrmax 190', 'monday', '  Run 30min @ 189bpm'));
        expect(ok.summary).toEqual([]);
        const warned = await run(code, plan('hrmax 190', 'monday', '  Run 30min @ 190bpm'));
        expect(warned.summary).toEqual(['3:heart-rate:warning']);
    });

    it('bpm with neither age nor hrmax: information on the item, asking for age', async () => {
        const found = await run(code, plan('plan "No age"', 'monday', '  Run 30min @ 150bpm'));
        expect(found.summary).toEqual(['3:heart-rate:information']);
        expect(found.messages[0]).toMatch(/age/);
    });

    it('without any bpm target, nothing (even with no age)', async () => {
        const found = await run(code, plan('monday', '  Run 30min @ Z4', '  Cycling 20min hard'));
        expect(found.summary).toEqual([]);
    });

    it('age 20: 195 bpm warns under Tanaka (HRmax 194)', async () => {
        const found = await run(code, plan('age 20', 'monday', '  Run 30min @ 195bpm'));
        expect(found.summary).toEqual(['3:heart-rate:warning']);
        expect(found.messages[0]).toContain('194');
    });

    it('config heartRate.formula "220-age", age 20 (HRmax 200): 195 bpm is fine, 200 warns', async () => {
        const config = { heartRate: { formula: '220-age' } };
        const ok = await runWithConfig(code, config, plan('age 20', 'monday', '  Run 30min @ 195bpm'));
        expect(ok.summary).toEqual([]);
        const warned = await runWithConfig(code, config, plan('age 20', 'monday', '  Run 30min @ 200bpm'));
        expect(warned.summary).toEqual(['3:heart-rate:warning']);
        expect(warned.messages[0]).toContain('200');
    });
});

// ---- goals (SPEC §4.3) -----------------------------------------------------------------------------------------

describe('goals (SPEC §4.3)', () => {
    /** Line 2 goal; line 4 cardio before strength; line 6 run right after legs; legs once, back never; low quads. */
    function mixed(goal: string): string {
        return plan(
            'plan "Mixed"',
            goal ? `goal ${goal}` : '// no goal',
            'monday "Legs"',
            '  Run 20min moderate',
            '  Squat 3x5',
            '  Run 20min moderate',
            'tuesday',
            '  Bench Press 21x8',
        );
    }

    const expectedDefaults = [
        '4:cardio-before-strength:warning',
        '6:run-after-legs:warning',
        '3:muscle-frequency:information',
        '1:muscle-frequency:warning',
        '1:weekly-volume:information',
        '1:weekly-volume:hint',
    ];

    function relevant(diagnostics: readonly Diagnostic[]): string[] {
        const codes = ['cardio-before-strength', 'run-after-legs', 'muscle-frequency', 'weekly-volume'];
        return summarize(diagnostics.filter((diagnostic) => codes.includes(String(diagnostic.code)))).sort();
    }

    it.each(['', 'hypertrophy', 'strength'])('goal "%s" keeps the default severities', async (goal) => {
        const { diagnostics } = await check(mixed(goal));
        expect(relevant(diagnostics)).toEqual([...expectedDefaults].sort());
    });

    it('general turns weekly-volume hints off and keeps its information', async () => {
        const { diagnostics } = await check(mixed('general'));
        expect(relevant(diagnostics)).toEqual(expectedDefaults.filter((entry) => entry !== '1:weekly-volume:hint').sort());
    });

    it('endurance: run-after-legs and cardio-before-strength become information; muscle-frequency and weekly-volume off', async () => {
        const { diagnostics } = await check(mixed('endurance'));
        expect(relevant(diagnostics)).toEqual(['4:cardio-before-strength:information', '6:run-after-legs:information'].sort());
    });

    it('goal keywords are case-insensitive', async () => {
        const { diagnostics } = await check(mixed('Endurance'));
        expect(relevant(diagnostics)).toEqual(['4:cardio-before-strength:information', '6:run-after-legs:information'].sort());
    });

    it('goals leave the other rules alone (endurance keeps recovery-window a warning)', async () => {
        const found = await run('recovery-window', plan(
            'goal endurance',
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['4:recovery-window:warning']);
    });

    it('a severity configured in .splitrc.json wins over the goal', async () => {
        const found = await runWithConfig('run-after-legs', { rules: { 'run-after-legs': 'error' } }, mixed('endurance'));
        expect(found.summary).toEqual(['6:run-after-legs:error']);
    });

    it('a configured severity wins over the goal even where the goal would turn the rule off', async () => {
        const found = await runWithConfig('muscle-frequency', { rules: { 'muscle-frequency': 'warning' } }, mixed('endurance'));
        expect(found.summary.sort()).toEqual(['1:muscle-frequency:warning', '3:muscle-frequency:warning']);
    });

    it('a configured severity applies without a goal too', async () => {
        const found = await runWithConfig('cardio-before-strength', { rules: { 'cardio-before-strength': 'hint' } }, mixed(''));
        expect(found.summary).toEqual(['4:cardio-before-strength:hint']);
    });

    it('"off" in .splitrc.json removes the diagnostic, and only that one', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'split-rules-'));
        tempDirs.push(dir);
        writeFileSync(join(dir, '.splitrc.json'), JSON.stringify({ rules: { 'run-after-legs': 'off' } }));
        const path = join(dir, 'plan.split');
        const text = mixed('');
        writeFileSync(path, text);
        const { diagnostics } = await check(text, path);
        expect(only(diagnostics, 'run-after-legs').summary).toEqual([]);
        expect(only(diagnostics, 'cardio-before-strength').summary).toEqual(['4:cardio-before-strength:warning']);
    });
});

// ---- suppression comments (SPEC §4.4) --------------------------------------------------------------------------

describe('split-disable comments (SPEC §4.4)', () => {
    /** Tuesday (line 5): recovery-window (legs 24 h after Monday) and muscle-frequency (back only on Tuesday).
     *  Friday (line 10): recovery-window (biceps 23 h after Thursday). */
    function week(comment: string): string {
        return plan(
            'plan "Suppress"',
            'monday at 18:00',
            '  Squat 3x5',
            comment,
            'tuesday at 18:00',
            '  Squat 3x5',
            '  Barbell Row 3x10',
            'thursday at 18:00',
            '  Barbell Curl 3x10',
            'friday at 17:00',
            '  Barbell Curl 3x10',
        );
    }

    function on(diagnostics: readonly Diagnostic[], codes: string[]): string[] {
        return summarize(diagnostics.filter((diagnostic) => codes.includes(String(diagnostic.code)))).sort();
    }

    it('without a comment: both codes on Tuesday\'s header, recovery-window on Friday\'s', async () => {
        const { diagnostics } = await check(week('// nothing disabled'));
        expect(on(diagnostics, ['recovery-window', 'muscle-frequency'])).toEqual(
            ['5:muscle-frequency:information', '5:recovery-window:warning', '10:recovery-window:warning'].sort());
    });

    it('split-disable-next-line silences that code on the next line only, and no other code there', async () => {
        const { diagnostics } = await check(week('// split-disable-next-line recovery-window'));
        expect(on(diagnostics, ['recovery-window', 'muscle-frequency'])).toEqual(
            ['5:muscle-frequency:information', '10:recovery-window:warning'].sort());
    });

    it('split-disable-next-line takes a list of codes', async () => {
        const { diagnostics } = await check(week('// split-disable-next-line recovery-window, muscle-frequency'));
        expect(on(diagnostics, ['recovery-window', 'muscle-frequency'])).toEqual(['10:recovery-window:warning']);
    });

    it('split-disable-next-line naming another code silences nothing here', async () => {
        const { diagnostics } = await check(week('// split-disable-next-line no-rest-day'));
        expect(on(diagnostics, ['recovery-window', 'muscle-frequency'])).toEqual(
            ['5:muscle-frequency:information', '5:recovery-window:warning', '10:recovery-window:warning'].sort());
    });

    const sevenDays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
        .flatMap((day) => [day, '  Bench Press 3x8']);
    const fileCodes = ['no-rest-day', 'weekly-volume', 'recovery-window'];

    it('the plan without a file-level comment: no-rest-day and weekly-volume on the plan line', async () => {
        const { diagnostics } = await check(plan('// every day', 'plan "Daily"', ...sevenDays));
        const found = on(diagnostics, fileCodes);
        expect(found).toContain('2:no-rest-day:warning');
        expect(found).toContain('2:weekly-volume:information');
        expect(found.filter((entry) => entry.includes('recovery-window')).length).toBeGreaterThan(0);
    });

    it('split-disable before the first statement silences those codes in the whole file, and only those', async () => {
        const { diagnostics } = await check(plan('// split-disable no-rest-day, weekly-volume', 'plan "Daily"', ...sevenDays));
        const found = on(diagnostics, fileCodes);
        expect(found.filter((entry) => !entry.includes('recovery-window'))).toEqual([]);
        // Chest every 24 h: recovery-window is not silenced.
        expect(found.filter((entry) => entry.includes('recovery-window')).length).toBe(7);
    });

    it('the same comment after the first statement does nothing', async () => {
        const { diagnostics } = await check(plan('plan "Daily"', '// split-disable no-rest-day, weekly-volume', ...sevenDays));
        const found = on(diagnostics, ['no-rest-day', 'weekly-volume']);
        expect(found).toEqual(['1:no-rest-day:warning', '1:weekly-volume:information']);
    });
});

describe('details found while documenting the rules', () => {
    it('a block comment before `// split-disable` does not stop it applying to the whole file', async () => {
        const text = '/* My plan,\n   written in spring */\n// split-disable no-rest-day\nplan "x"\n' +
            ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => `${day}\n  Bench Press 3x8\n`).join('');
        const { diagnostics } = await check(text);
        expect(diagnostics.filter((diagnostic) => diagnostic.code === 'no-rest-day')).toEqual([]);
    });

    it('an unknown exercise does not make a day a training day (no-rest-day)', async () => {
        const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((day) => `${day}\n  Bench Press 3x8\n`).join('');
        const { diagnostics } = await check(`plan "x"\n${days}sunday\n  Mystery Lift 3x8\n`);
        expect(diagnostics.filter((diagnostic) => diagnostic.code === 'no-rest-day')).toEqual([]);
        const trained = await check(`plan "x"\n${days}sunday\n  Squat 3x8\n`);
        expect(summarize(trained.diagnostics.filter((diagnostic) => diagnostic.code === 'no-rest-day'))).toEqual(['1:no-rest-day:warning']);
    });

    it('an impossible heart rate is an invalid prescription, not also a heart-rate warning', async () => {
        const { diagnostics } = await check('plan "x"\nage 30\nmonday\n  Run 30min @ 300bpm\n');
        expect(summarize(diagnostics.filter((diagnostic) => ['heart-rate', 'invalid-prescription'].includes(String(diagnostic.code)))))
            .toEqual(['4:invalid-prescription:error']);
    });
});
