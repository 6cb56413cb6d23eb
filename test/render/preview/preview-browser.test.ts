// The preview as users see it, in headless Chromium: the standalone page of `split-plan export --format html` for
// every example at a wide and a narrow width (screenshots in test-results/), and the webview's script bundled as
// scripts/bundle.mjs bundles it, under the same Content-Security-Policy the extension gives it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewModel } from '../../../src/render/preview/preview-model.js';
import { renderStandalonePage, renderWebviewShell } from '../../../src/render/preview/preview-html.js';
import { parseWebviewMessage } from '../../../src/render/preview/preview-messages.js';
import {
    EXAMPLES, RESULTS, ROOT, launchChromium, modelOfText, modelsOf, previewCss,
} from './preview-chromium.js';

// Browser globals, for the callbacks that page.evaluate runs in Chromium (the project compiles without the DOM library).
declare const window: any, document: any;
declare function getComputedStyle(element: unknown): any;

/** A plan that breaks its legs' recovery window and carries an unknown exercise: the preview's red at work. */
const TOO_SOON = [
    'plan "Too Soon: Legs Two Days Running"',
    'monday "Legs A"',
    '  Squat          4x8 @ 100kg',
    '  Leg Press      3x10',
    '  Cable Crunch   3x15',
    'tuesday "Legs B" at 07:00',
    '  Front Squat    4x6',
    '  Zorch Press    3x10',
    'thursday "Pull"',
    '  Pull-Up        4x8',
    '  Barbell Row    4x8 "chest to bar"',
    'saturday "Push" at 10:00',
    '  Bench Press    4x8',
    '  Overhead Press 3x8',
    '  Run            20min easy',
    '',
].join('\n');

interface Problems {
    console: string[];
    errors: string[];
    requests: string[];
}

/** Opens a page that records console errors and warnings, page errors, CSP violations and every request. */
async function open(browser: Browser, width: number, options: { colorScheme?: 'light' | 'dark'; init?: () => void } = {}): Promise<{ page: Page; problems: Problems }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
    const problems: Problems = { console: [], errors: [], requests: [] };
    page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.console.push(message.text());
    });
    page.on('pageerror', (error) => problems.errors.push(String(error)));
    page.on('request', (request) => problems.requests.push(request.url()));
    // Init scripts run through the debugging protocol, outside the page's policy: they see its violations.
    await page.addInitScript(() => {
        (window as unknown as { __violations: string[] }).__violations = [];
        document.addEventListener('securitypolicyviolation', (event: any) => {
            (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
    });
    if (options.init) await page.addInitScript(options.init);
    return { page, problems };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('the standalone preview page in Chromium', () => {
    let browser: Browser;
    const folder = mkdtempSync(join(tmpdir(), 'split-preview-page-'));
    const pages: Record<string, string> = {};

    beforeAll(async () => {
        browser = await launchChromium();
        const models = await modelsOf(EXAMPLES.map((name) => `${ROOT}examples/${name}.split`));
        const css = previewCss();
        EXAMPLES.forEach((name, index) => (pages[name] = renderStandalonePage(models[index], css)));
        pages['too-soon'] = renderStandalonePage(await modelOfText(TOO_SOON), css);
        for (const [name, page] of Object.entries(pages)) writeFileSync(join(folder, `${name}.html`), page);
    });
    afterAll(async () => {
        await browser?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    for (const name of [...EXAMPLES, 'too-soon']) {
        for (const width of [1400, 420]) {
            it(`${name} at ${width} px: seven days, bars and timelines, no console error, no CSP violation`, async () => {
                const { page, problems } = await open(browser, width);
                const url = pathToFileURL(join(folder, `${name}.html`)).href;
                await page.goto(url);

                // One round trip for the geometry: what is drawn, how big, and where.
                const seen = await page.evaluate(() => {
                    const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((element: any) => {
                        const box = element.getBoundingClientRect();
                        return { width: box.width, height: box.height, top: Math.round(box.top), left: Math.round(box.left), visible: element.checkVisibility() };
                    });
                    return {
                        days: boxes('.week > .day'),
                        dayNames: [...document.querySelectorAll('.week > .day .day-name')].map((element: any) => element.textContent),
                        barRows: boxes('.bar-list .bar-row'),
                        bars: boxes('.bar-svg rect.bar-primary'),
                        bands: boxes('.bar-svg rect.band'),
                        timelineRows: boxes('.timeline .tl-row:not(.tl-axis)'),
                        marks: boxes('.tl-svg circle.tl-mark'),
                        windows: boxes('.tl-svg rect.tl-window'),
                        display: getComputedStyle(document.querySelector('.week')).display,
                        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                    };
                });
                const shown = (box: { width: number; height: number; visible: boolean }) => box.visible && box.width > 0 && box.height > 0;
                expect(seen.days).toHaveLength(7);
                expect(seen.days.every(shown)).toBe(true);
                expect(seen.dayNames).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
                expect(seen.barRows.length).toBeGreaterThan(5);
                expect(seen.bars.length).toBeGreaterThan(5);
                expect(seen.bars.every(shown)).toBe(true);
                expect(seen.bands).toHaveLength(seen.barRows.length);
                expect(seen.bands.every(shown)).toBe(true);
                expect(seen.timelineRows).toHaveLength(7);
                expect(seen.timelineRows.every(shown)).toBe(true);
                expect(seen.marks.length).toBeGreaterThan(0);
                expect(seen.marks.every(shown)).toBe(true);
                expect(seen.windows.every(shown)).toBe(true);
                // The stylesheet applied (its nonce matched) and nothing sticks out sideways at either width.
                expect(seen.display).toBe('grid');
                expect(seen.overflow).toBeLessThanOrEqual(0);
                if (width === 1400) expect(new Set(seen.days.map((day) => day.top)).size, 'seven columns side by side').toBe(1);
                else expect(new Set(seen.days.map((day) => day.left)).size, 'one column, stacked').toBe(1);

                if (name === 'too-soon') {
                    expect(await page.locator('.tl-row.tl-violated').count()).toBe(1);
                    expect(await page.locator('.tl-row.tl-violated .tl-label').textContent()).toMatch(/^Legs/);
                    expect(await page.locator('circle.tl-mark.violated').isVisible()).toBe(true);
                    const red = await page.evaluate(() => getComputedStyle(document.querySelector('circle.tl-mark.violated')!).fill);
                    expect(red).toBe('rgb(209, 36, 47)');
                    expect(await page.locator('.problems .diag').count()).toBeGreaterThan(1);
                    expect(await page.locator('.problems button').count(), 'a static page has nothing to click').toBe(0);
                }

                await page.screenshot({ path: join(RESULTS, `preview-${name}-${width}.png`), fullPage: true });
                expect(problems.console).toEqual([]);
                expect(problems.errors).toEqual([]);
                expect(await violations(page)).toEqual([]);
                expect(problems.requests).toEqual([url]);
                await page.close();
            });
        }
    }

    it('follows a dark system theme when it stands alone', async () => {
        const { page, problems } = await open(browser, 1400, { colorScheme: 'dark' });
        await page.goto(pathToFileURL(join(folder, 'too-soon.html')).href);
        const colours = await page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
        expect(colours).toEqual({ background: 'rgb(30, 31, 34)', text: 'rgb(212, 215, 220)' });
        await page.screenshot({ path: join(RESULTS, 'preview-too-soon-1400-dark.png'), fullPage: true });
        expect(problems.console).toEqual([]);
        expect(await violations(page)).toEqual([]);
        await page.close();
    });
});

/** Some of VS Code's Dark Modern colours, as the webview host sets them on <html>. */
const DARK_MODERN = `html {
  --vscode-font-family: system-ui, "Ubuntu", "Droid Sans", sans-serif; --vscode-font-size: 13px;
  --vscode-editor-font-family: "Droid Sans Mono", monospace;
  --vscode-editor-background: #1f1f1f; --vscode-editor-foreground: #cccccc; --vscode-descriptionForeground: #9d9d9d;
  --vscode-panel-border: #2b2b2b; --vscode-focusBorder: #0078d4; --vscode-textLink-foreground: #4daafc;
  --vscode-list-hoverBackground: #2a2d2e; --vscode-badge-background: #616161; --vscode-badge-foreground: #f8f8f8;
  --vscode-charts-red: #f14c4c; --vscode-charts-blue: #3794ff; --vscode-charts-yellow: #cca700;
  --vscode-charts-orange: #d18616; --vscode-charts-green: #89d185; --vscode-charts-purple: #b180d7;
  --vscode-editorError-foreground: #f14c4c; --vscode-editorWarning-foreground: #cca700; --vscode-editorInfo-foreground: #3794ff;
}`;

describe('the webview script (media/preview.js) under the webview policy', () => {
    let browser: Browser;
    let model: PreviewModel;
    const folder = mkdtempSync(join(tmpdir(), 'split-preview-webview-'));
    const nonce = 'dGVzdC1ub25jZS0xMjM0NQ==';
    let shell: string;

    beforeAll(async () => {
        browser = await launchChromium();
        model = await modelOfText(TOO_SOON);
        await build({
            entryPoints: [join(ROOT, 'src/render/preview/preview-webview.ts')], outfile: join(folder, 'preview.js'),
            bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning',
        });
        writeFileSync(join(folder, 'preview.css'), previewCss());
        shell = renderWebviewShell({
            cspSource: 'file:', nonce,
            scriptUri: pathToFileURL(join(folder, 'preview.js')).href,
            styleUri: pathToFileURL(join(folder, 'preview.css')).href,
        }).replace('</head>', `<style nonce="${nonce}">${DARK_MODERN}</style>\n</head>`).replace('<body class="split-webview">', '<body class="split-webview vscode-dark">');
        writeFileSync(join(folder, 'webview.html'), shell);
    });
    afterAll(async () => {
        await browser?.close();
        rmSync(folder, { recursive: true, force: true });
    });

    /** A stand-in for the webview host's API: what the script posts, and its saved state. */
    function fakeVsCode(state: unknown) {
        return async (page: Page) => page.addInitScript((saved) => {
            const host = window as unknown as { __posted: unknown[]; __state: unknown; acquireVsCodeApi: () => unknown };
            host.__posted = [];
            host.__state = saved;
            host.acquireVsCodeApi = () => ({
                postMessage: (message: unknown) => host.__posted.push(message),
                getState: () => host.__state,
                setState: (next: unknown) => (host.__state = next),
            });
        }, state);
    }
    const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: Array<Record<string, unknown>> }).__posted);
    const send = (page: Page, message: unknown) => page.evaluate((data) => window.postMessage(data, '*'), message);

    it('renders updates, drops stale and invalid ones, and asks the editor to reveal lines', async () => {
        const { page, problems } = await open(browser, 1000);
        await fakeVsCode(undefined)(page);
        await page.goto(pathToFileURL(join(folder, 'webview.html')).href);
        expect(await posted(page)).toEqual([{ type: 'ready' }]);
        expect(await page.locator('#split-preview').textContent()).toBe('Loading the plan…');

        await send(page, { type: 'update', payload: { ...model, version: 2 } });
        await expect.poll(() => page.locator('.plan-title').textContent()).toBe('Too Soon: Legs Two Days Running');
        expect(await page.locator('.week > .day').count()).toBe(7);

        // A click on a diagnostic reveals its line; a double click on an item reveals the item.
        const recovery = model.diagnostics.find((d) => d.code === 'recovery-window')!;
        await page.locator(`.diag[data-line="${recovery.line}"]`).first().click();
        expect((await posted(page)).at(-1)).toEqual({ type: 'reveal', line: recovery.line, character: recovery.character, uri: model.uri });
        await page.locator('.item', { hasText: 'Front Squat' }).dblclick();
        expect((await posted(page)).at(-1)).toEqual({ type: 'reveal', line: 6, character: 0, uri: model.uri });
        const before = (await posted(page)).length;
        await page.locator('.item', { hasText: 'Front Squat' }).click();
        expect((await posted(page)).length, 'a single click on an item reveals nothing').toBe(before);
        for (const message of await posted(page)) expect(parseWebviewMessage(message), 'the extension takes what the page sends').toEqual({ ok: true, message });

        // Stale: an older version of the same document arrives late.
        await send(page, { type: 'update', payload: { ...model, version: 1, plan: { ...model.plan, title: 'Old' } } });
        // Invalid: refused, said so, and the last good preview stays.
        await send(page, { type: 'update', payload: { ...model, version: 3, days: model.days.slice(1) } });
        await expect.poll(() => page.locator('#split-preview-error').isVisible()).toBe(true);
        expect(await page.locator('#split-preview-error').textContent()).toMatch(/could not read \(days: /);
        expect(await page.locator('.plan-title').textContent()).toBe('Too Soon: Legs Two Days Running');
        // The same version again (settings changed) and a newer one are shown; the error goes away.
        await send(page, { type: 'update', payload: { ...model, version: 3, plan: { ...model.plan, title: 'Newer' } } });
        await expect.poll(() => page.locator('.plan-title').textContent()).toBe('Newer');
        expect(await page.locator('#split-preview-error').isVisible()).toBe(false);
        const state = await page.evaluate(() => (window as unknown as { __state: { payload: PreviewModel; versions: Record<string, number> } }).__state);
        expect(state.payload.plan.title).toBe('Newer');
        expect(state.versions).toEqual({ [model.uri!]: 3 });

        await send(page, { type: 'update', payload: model });
        await expect.poll(() => page.locator('.plan-title').textContent()).toBe('Newer');
        await send(page, { type: 'update', payload: { ...model, version: 4 } });
        await expect.poll(() => page.locator('.plan-title').textContent()).toBe('Too Soon: Legs Two Days Running');

        await page.screenshot({ path: join(RESULTS, 'preview-webview-dark-1000.png'), fullPage: true });
        expect(problems.console).toEqual([]);
        expect(problems.errors).toEqual([]);
        expect(await violations(page)).toEqual([]);
        await page.close();
    });

    it('shows the saved state after a reload, before the editor sends anything', async () => {
        const { page, problems } = await open(browser, 420);
        await fakeVsCode({ payload: { ...model, version: 7 }, versions: { [model.uri!]: 7 } })(page);
        await page.goto(pathToFileURL(join(folder, 'webview.html')).href);
        await expect.poll(() => page.locator('.plan-title').textContent()).toBe('Too Soon: Legs Two Days Running');
        await send(page, { type: 'update', payload: { ...model, version: 6, plan: { ...model.plan, title: 'Stale' } } });
        await send(page, { type: 'update', payload: { ...model, version: 8, plan: { ...model.plan, title: 'Fresh' } } });
        await expect.poll(() => page.locator('.plan-title').textContent()).toBe('Fresh');
        await page.screenshot({ path: join(RESULTS, 'preview-webview-dark-420.png'), fullPage: true });
        expect(problems.console).toEqual([]);
        expect(await violations(page)).toEqual([]);
        await page.close();
    });
});

