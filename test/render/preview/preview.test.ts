// The preview's view model (src/render/preview/preview-model.ts), its schema, and the escaping of everything that comes
// from the plan (src/render/preview/preview-html.ts), the last checked by parsing the HTML in a real browser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewModelSchema, type PreviewModel } from '../../../src/render/preview/preview-model.js';
import { escapeHtml, renderPreviewBody, renderStandalonePage, renderWebviewShell } from '../../../src/render/preview/preview-html.js';
import { EXAMPLES, ROOT, launchChromium, modelOfText, modelsOf, previewCss } from './preview-chromium.js';

// Browser globals, for the callbacks that page.evaluate runs in Chromium (the project compiles without the DOM library).
declare const window: any, document: any;
declare function getComputedStyle(element: unknown): any;

const models: Record<string, PreviewModel> = {};

beforeAll(async () => {
    const built = await modelsOf(EXAMPLES.map((name) => `${ROOT}examples/${name}.split`));
    EXAMPLES.forEach((name, index) => (models[name] = built[index]));
});

const muscle = (model: PreviewModel, name: string) => model.muscles.find((entry) => entry.muscle === name)!;
const heat = (model: PreviewModel, region: string) => model.heat.find((entry) => entry.region === region)!.days;
const recovery = (model: PreviewModel, region: string) => model.recovery.find((entry) => entry.region === region)!;

describe('the preview model of the examples', () => {
    it('lays out seven days of sessions with their items as every output writes them', () => {
        const bro = models['bro-split'];
        expect(bro.plan).toEqual({ title: 'Bro Split with Legs and Back Twice', goal: 'hypertrophy', units: 'kg', age: null, heartRateMax: null });
        expect(bro.days.map((day) => day.name)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
        expect(bro.days.map((day) => day.sessions.length)).toEqual([1, 1, 1, 2, 1, 1, 1]);
        const legs = bro.days[1].sessions[0];
        expect(legs).toMatchObject({ title: 'Legs', time: '17:30', timeWritten: true, rest: false, line: 65 });
        expect(legs.items.map((item) => [item.name, item.prescription])).toEqual([
            ['Elliptical', '5 min, easy'],
            ['Squat', '1x5 @ 140 kg, 3x8 @ 110 kg'],
            ['Romanian Deadlift', '3x8 @ 75%'],
            ['Bulgarian Split Squat', '3x10 each'],
            ['Leg Extension', '3x12-15, drop set 3'],
            ['Standing Calf Raise', '4x12, rest 1 min'],
            ['Seated Calf Raise', '2x20'],
            ['Cable Crunch', '3x15'],
        ]);
        expect(legs.items[0]).toMatchObject({ kind: 'cardio', intensity: 'low', sets: 0, valid: true, line: 66 });
        expect(legs.items[1]).toMatchObject({ kind: 'strength', intensity: null, sets: 4, valid: true, line: 67 });
        expect(legs.regions).toEqual([{ region: 'legs', sets: 19, trains: true }, { region: 'core', sets: 3, trains: true }]);
        // A note is not part of the prescription: it is listed apart.
        const friday = bro.days[4].sessions[0];
        expect(friday.items[0]).toMatchObject({ name: 'Rowing Machine', prescription: '5 min, easy', notes: ['warm-up'] });
        expect(friday.items.at(-1)).toMatchObject({ name: 'Seated Calf Raise', prescription: '1x75, rest-pause, 15 s pauses', sets: 1 });
        expect(bro.days[2].sessions[0].items[3]).toMatchObject({ name: 'Dip', prescription: '2xAMRAP', notes: ['bodyweight, stop one rep before form breaks'] });
        // Thursday: the untitled morning walk, then arms; Sunday is written `rest`.
        expect(bro.days[3].sessions.map((session) => [session.title, session.time])).toEqual([[null, '07:00'], ['Arms', '18:00']]);
        expect(bro.days[6].sessions[0]).toMatchObject({ rest: true, items: [] });
    });

    it('counts sets per region per day for the heat strip', () => {
        expect(heat(models['bro-split'], 'legs')).toEqual([0, 19, 0, 0, 15, 0, 0]);
        // Saturday's rear delt flyes work the rear delts, which train with the back (SPEC §3.1).
        expect(heat(models['bro-split'], 'back')).toEqual([14, 0, 0, 0, 7, 2, 0]);
        expect(heat(models['bro-split'], 'triceps')).toEqual([0, 0, 2, 9, 0, 0, 0]);
        expect(heat(models['legs-twice'], 'legs')).toEqual([16, 0, 0, 18, 0, 0, 0]);
        expect(heat(models['hybrid'], 'legs')).toEqual([13, 0, 0, 14, 0, 0, 0]);
        expect(models['hybrid'].heat.map((row) => row.region)).toEqual(['legs', 'back', 'chest', 'shoulders', 'biceps', 'triceps', 'core']);
    });

    it('gives weekly sets per muscle with secondary sets at half (SPEC §3.5) against the band', () => {
        const bro = models['bro-split'];
        expect(bro.volume).toEqual({ low: 10, high: 20, minSets: 3 });
        expect(bro.muscles).toHaveLength(18);
        // Quadriceps: squats 4 + 3, Bulgarian split squats 3, leg extensions 3 + 5 = 18; the deadlift's 3 sets at half.
        expect(muscle(bro, 'quadriceps')).toEqual({ muscle: 'quadriceps', region: 'legs', primary: 18, secondary: 1.5, total: 19.5 });
        expect(muscle(bro, 'hamstrings')).toEqual({ muscle: 'hamstrings', region: 'legs', primary: 6, secondary: 5, total: 11 });
        expect(muscle(bro, 'forearms')).toEqual({ muscle: 'forearms', region: null, primary: 3, secondary: 11.5, total: 14.5 });
        expect(muscle(models['legs-twice'], 'adductors')).toEqual({ muscle: 'adductors', region: 'legs', primary: 0, secondary: 7.5, total: 7.5 });
        for (const model of Object.values(models)) {
            for (const entry of model.muscles) expect(entry.primary + entry.secondary).toBe(entry.total);
        }
    });

    it('puts every session that trains a region on its recovery timeline, the week as a cycle', () => {
        expect(recovery(models['bro-split'], 'legs')).toEqual({
            region: 'legs', minHours: 48, sessions: [
                { start: 1 * 1440 + 17 * 60 + 30, day: 1, time: '17:30', title: 'Legs', line: 65, sets: 19, gapMinutes: 5730, violated: false },
                { start: 4 * 1440 + 18 * 60, day: 4, time: '18:00', title: 'Legs and Back', line: 103, sets: 15, gapMinutes: 4350, violated: false },
            ],
        });
        // Trained once: it meets itself a week later.
        expect(recovery(models['bro-split'], 'chest').sessions.map((session) => session.gapMinutes)).toEqual([7 * 1440]);
        expect(recovery(models['legs-twice'], 'legs').sessions.map((session) => session.gapMinutes / 60)).toEqual([85, 83]);
        expect(Object.values(models).flatMap((model) => model.recovery.flatMap((row) => row.sessions)).some((session) => session.violated)).toBe(false);
        // The bro split gives its rear delts two sets a week: a hint, the only diagnostic of the examples.
        expect(Object.values(models).map((model) => model.diagnostics.map((diagnostic) => diagnostic.code))).toEqual([['weekly-volume'], [], []]);
    });

    it('marks a recovery window the plan breaks and carries the diagnostics with their lines', async () => {
        const model = await modelOfText([
            'plan "Too Soon"',           // 0
            'monday "Legs A"',           // 1
            '  Squat        4x8',        // 2
            '  Leg Press    3x10',       // 3
            'tuesday "Legs B" at 07:00', // 4
            '  Front Squat  4x6',        // 5
            'thursday "Pull"',           // 6
            '  Pull-Up      4x8',        // 7
            '  Barbell Row  4x8',        // 8
            'saturday "Pull again"',     // 9
            '  Lat Pulldown 4x10',       // 10
            '  Zorch Press  3x10',       // 11
            '  Bench Press  0x10',       // 12
            '',
        ].join('\n'));
        expect(recovery(model, 'legs').sessions).toEqual([
            { start: 18 * 60, day: 0, time: '18:00', title: 'Legs A', line: 1, sets: 7, gapMinutes: 7 * 1440 - 13 * 60, violated: false },
            { start: 1440 + 7 * 60, day: 1, time: '07:00', title: 'Legs B', line: 4, sets: 4, gapMinutes: 13 * 60, violated: true },
        ]);
        expect(recovery(model, 'back').sessions.map((session) => [session.day, session.gapMinutes / 60, session.violated]))
            .toEqual([[3, 120, false], [5, 48, false]]);
        const saturday = model.days[5].sessions[0];
        expect(saturday.items.map((item) => [item.name, item.exercise, item.kind, item.valid, item.sets])).toEqual([
            ['Lat Pulldown', 'Lat Pulldown', 'strength', true, 4],
            ['Zorch Press', null, null, true, 0],
            ['Bench Press', 'Bench Press', 'strength', false, 0],
        ]);
        const found = model.diagnostics.map((d) => `${d.line}:${d.character}:${d.code}:${d.severity}`);
        expect(found).toContain('4:0:recovery-window:warning');
        expect(found).toContain('11:2:unknown-exercise:warning');
        expect(found.some((entry) => entry.startsWith('12:') && entry.includes(':invalid-prescription:error'))).toBe(true);
        expect(model.diagnostics.find((d) => d.code === 'recovery-window')!.message).toMatch(/^Legs trained again 13 h after Monday 18:00; allow at least 48 h/);
        // Sorted by position, as the list shows them.
        const positions = model.diagnostics.map((d) => d.line * 1000 + d.character);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(model.uri).toMatch(/^file:\/\/.*plan\.split$/);
        expect(model.version).toBe(1);

        const body = renderPreviewBody(model);
        expect(body).toContain('data-line="4" data-character="0"');
        expect(body).toContain('class="tl-mark violated"');
        expect(body).toContain('class="tl-window violated"');
        expect(body).toMatch(/Recovery <span class="badge badge-bad">1 violation<\/span>/);
    });
});

describe('the preview model of pathological lines', () => {
    it('an item with a line of 60,000 quotes has 30,000 empty notes, left out of its prescription', async () => {
        const model = await modelOfText(`monday "Legs"\n  Squat 4x8 @ 80kg ${'"'.repeat(60_000)} rest 90s\n`);
        const [item] = model.days[0].sessions[0].items;
        expect(item.prescription).toBe('4x8 @ 80 kg, rest 90 s');
        expect(item.notes).toHaveLength(30_000);
        expect(new Set(item.notes)).toEqual(new Set(['']));
    });
});

describe('previewModelSchema', () => {
    it('accepts every model, also after a round trip through JSON', () => {
        for (const model of Object.values(models)) {
            expect(previewModelSchema.safeParse(model).success).toBe(true);
            expect(previewModelSchema.safeParse(JSON.parse(JSON.stringify(model))).success).toBe(true);
        }
    });

    it('rejects tampered payloads', () => {
        const good = models['bro-split'];
        const tampered: Array<[string, (model: any) => void]> = [
            ['six days', (model) => model.days.pop()],
            ['an unknown severity', (model) => model.diagnostics.push({ code: 'x', severity: 'fatal', message: 'm', line: 0, character: 0 })],
            ['a negative line', (model) => (model.days[0].sessions[0].line = -1)],
            ['a fractional line', (model) => (model.days[0].sessions[0].items[0].line = 1.5)],
            ['an extra key', (model) => (model.days[0].sessions[0].html = '<script>alert(1)</script>')],
            ['a missing key', (model) => delete model.volume],
            ['a number as text', (model) => (model.muscles[0].total = '19.5')],
            ['an unknown region', (model) => (model.heat[0].region = 'wings')],
            ['a heat row of six days', (model) => model.heat[0].days.pop()],
            ['a start beyond the week', (model) => (model.recovery[0].sessions[0].start = 7 * 1440)],
            ['a malformed time', (model) => (model.days[1].sessions[0].time = '5pm')],
            ['not an object', () => undefined],
        ];
        for (const [what, change] of tampered) {
            const model = structuredClone(good);
            change(model);
            const payload = what === 'not an object' ? '<img src=x>' : model;
            expect(previewModelSchema.safeParse(payload).success, what).toBe(false);
        }
    });
});

describe('escaping', () => {
    it('escapes the five characters that matter in text and attributes', () => {
        expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    });

    it('shows controls and bidi controls as escapes, so that a title cannot reorder the text after it', () => {
        expect(escapeHtml('Push\x1b[2J\x9b\u202e<b>\ttab')).toBe('Push\\x1b[2J\\x9b\\u202e&lt;b&gt;\ttab');
    });

    it('gives the standalone page a strict policy, a fresh nonce each time and no script', () => {
        const css = previewCss();
        const first = renderStandalonePage(models['hybrid'], css);
        const second = renderStandalonePage(models['hybrid'], css);
        const nonce = (page: string) => /style-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(policyOf(page))?.[1];
        expect(policyOf(first)).toBe(`default-src 'none'; base-uri 'none'; form-action 'none'; style-src 'nonce-${nonce(first)}'; img-src data:`);
        expect(first).toContain(`<style nonce="${nonce(first)}">`);
        expect(nonce(first)).toHaveLength(24);
        expect(nonce(first)).not.toBe(nonce(second));
        expect(first).not.toMatch(/<script|\son[a-z]+=|\sstyle=|javascript:/i);
        expect(renderPreviewBody(models['bro-split'])).not.toMatch(/<script|\son[a-z]+=|\sstyle=/i);
    });

    it('gives the webview a policy that allows only its own script and styles, no <base> and no form', () => {
        const shell = renderWebviewShell({ cspSource: 'https://x.vscode-cdn.net', scriptUri: 'https://x.vscode-cdn.net/preview.js', styleUri: 'https://x.vscode-cdn.net/preview.css', nonce: 'bm9uY2U=' });
        expect(policyOf(shell)).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; style-src https://x.vscode-cdn.net 'nonce-bm9uY2U='; "
            + "script-src 'nonce-bm9uY2U='; img-src https://x.vscode-cdn.net data:; font-src https://x.vscode-cdn.net");
        expect(shell).toContain('<script nonce="bm9uY2U=" src="https://x.vscode-cdn.net/preview.js"></script>');
    });
});

/** A page's Content-Security-Policy, its attribute's entities decoded as a browser does. */
function policyOf(page: string): string {
    const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? '';
    return content.replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

const ATTACKS = ['"><img src=x onerror=alert(1)>', '</script><script>alert(1)</script>'];
/** Strings cannot hold a double quote in the language: the plan uses the closest it can write. */
const PLAN_ATTACK = "'><img src=x onerror=alert(1)>";
const HOSTILE_PLAN = [
    `plan "${PLAN_ATTACK} ${ATTACKS[1]}"`,
    `exercise "${ATTACKS[1]}" primary chest compound`,
    `exercise "${PLAN_ATTACK}" primary quadriceps secondary glutes compound`,
    `monday "${PLAN_ATTACK}"`,
    `  "${ATTACKS[1]}"  4x10 "${PLAN_ATTACK}"`,
    `  "${PLAN_ATTACK}"  4x10 "${ATTACKS[1]}"`,
    `  "<b>unknown</b> <img src=x>"  3x10`,
    `tuesday "${ATTACKS[1]}" at 07:00`,
    `  "${PLAN_ATTACK}"  4x8`,
    '',
].join('\n');

/** Every string in a model replaced by an attack, enum values included: the renderer must not trust the schema. */
function poisoned(model: PreviewModel): PreviewModel {
    let index = 0;
    const visit = (value: unknown): unknown => {
        if (typeof value === 'string') return ATTACKS[index++ % ATTACKS.length];
        if (Array.isArray(value)) return value.map(visit);
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, visit(entry)]));
        return value;
    };
    return visit(model) as PreviewModel;
}

describe('no markup from the plan, parsed by Chromium', () => {
    let browser: Browser;
    const folder = mkdtempSync(join(tmpdir(), 'split-preview-xss-'));
    beforeAll(async () => {
        browser = await launchChromium();
    });
    afterAll(async () => {
        await browser?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    async function parse(page: string, name: string) {
        const file = join(folder, `${name}.html`);
        writeFileSync(file, page);
        const tab = await browser.newPage();
        const dialogs: string[] = [];
        tab.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        await tab.goto(pathToFileURL(file).href);
        const result = await tab.evaluate(() => ({
            injected: document.querySelectorAll('img, script, b').length,
            handlers: [...document.querySelectorAll('*')].flatMap((element: any) => [...element.attributes].map((attribute: any) => attribute.name as string)).filter((name) => name.startsWith('on')),
            text: document.body.textContent ?? '',
            title: document.title,
        }));
        await tab.close();
        return { ...result, dialogs };
    }

    it('renders a hostile plan with its titles, notes and exercise names as text', async () => {
        const model = await modelOfText(HOSTILE_PLAN);
        expect(model.plan.title).toBe(`${PLAN_ATTACK} ${ATTACKS[1]}`);
        expect(model.diagnostics.some((d) => d.code === 'unknown-exercise' && d.message.includes('<b>unknown</b>'))).toBe(true);
        for (const [name, page] of [
            ['standalone', renderStandalonePage(model, previewCss())],
            ['webview', `<!DOCTYPE html><html><head><title>t</title></head><body><main>${renderPreviewBody(model, { interactive: true })}</main></body></html>`],
        ] as const) {
            const parsed = await parse(page, `hostile-${name}`);
            expect(parsed.injected, name).toBe(0);
            expect(parsed.handlers, name).toEqual([]);
            expect(parsed.dialogs, name).toEqual([]);
            expect(parsed.text).toContain(`${PLAN_ATTACK} ${ATTACKS[1]}`);
            expect(parsed.text).toContain(ATTACKS[1]);
            expect(parsed.text).toContain(PLAN_ATTACK);
            expect(parsed.text).toContain('<b>unknown</b> <img src=x>');
            if (name === 'standalone') expect(parsed.title).toBe(`${PLAN_ATTACK} ${ATTACKS[1]} · Split`);
        }
    });

    it('escapes every string of a model, whatever the field', async () => {
        const parsed = await parse(renderStandalonePage(poisoned(await modelOfText(HOSTILE_PLAN)), previewCss()), 'poisoned-hostile');
        expect(parsed.injected).toBe(0);
        expect(parsed.handlers).toEqual([]);
        expect(parsed.text).toContain(ATTACKS[0]);
        expect(parsed.text).toContain(ATTACKS[1]);
        for (const example of EXAMPLES) {
            const body = await parse(`<!DOCTYPE html><body>${renderPreviewBody(poisoned(models[example]))}</body>`, `poisoned-body-${example}`);
            expect(body.injected).toBe(0);
            expect(body.handlers).toEqual([]);
            expect(body.text).toContain(ATTACKS[0]);
        }
    });
});

