import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../../language/facts/defaults.js';
import { terminalText } from '../../words/escapes.js';
import { bpmText } from '../../words/quantities.js';
import type {
    PreviewDay, PreviewDiagnostic, PreviewItem, PreviewModel, PreviewMuscle, PreviewRecovery, PreviewSession,
} from './preview-schema.js';
import { capitalize, hoursText, number, planName, plural, regionName, sessionName, when } from '../../words/words.js';

/**
 * The preview's HTML (SPEC §7), from the view model alone: the same markup in the editor's webview and in
 * `split-plan export --format html`. No inline script, handler or style attribute anywhere (a strict
 * Content-Security-Policy forbids them): layout and colour come from media/preview.css through classes, and the
 * bars and timelines are SVG whose geometry is in presentation attributes. Every value from the plan goes through
 * `escapeHtml`, by way of the `html` template tag, in text and attributes alike.
 */

/** The element the webview renders into; the standalone page uses it too, so one stylesheet serves both. */
export const PREVIEW_ROOT_ID = 'split-preview';
/** Where the webview shows that it refused an update. */
export const PREVIEW_ERROR_ID = 'split-preview-error';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The one escape function: safe in text and in quoted attribute values; controls show as escapes. */
export function escapeHtml(value: string): string {
    return terminalText(value).replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** Markup that is already safe: only the `html` tag makes it. */
class Html {
    constructor(readonly value: string) {}
    toString(): string {
        return this.value;
    }
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

/** A template whose every interpolated value is escaped, unless it is itself `html` markup. */
function html(strings: TemplateStringsArray, ...values: Part[]): Html {
    let out = strings[0];
    values.forEach((value, index) => {
        out += part(value) + strings[index + 1];
    });
    return new Html(out);
}

function part(value: Part): string {
    if (value instanceof Html) return value.value;
    if (Array.isArray(value)) return value.map(part).join('');
    if (value === null || value === undefined || value === false || value === true) return '';
    return escapeHtml(String(value));
}

export interface RenderOptions {
    /** Diagnostics, sessions and items reveal their line in the editor (the webview); false for a static page. */
    readonly interactive?: boolean;
}

/** The preview's content: what goes inside the root element. */
export function renderPreviewBody(model: PreviewModel, options: RenderOptions = {}): string {
    const interactive = options.interactive ?? true;
    return html`${header(model)}
${problems(model.diagnostics, interactive)}
${weekGrid(model, interactive)}
<div class="analysis">
${heatStrip(model)}
${volumeChart(model)}
</div>
${recoveryTimeline(model)}`.value;
}

/** What default-src does not cover, closed on every page: a <base> that moves relative URLs, and sending forms. */
const LOCKED = "base-uri 'none'; form-action 'none'";

/**
 * `split-plan export FILE --format html`: a page that stands alone, with the stylesheet inlined under a fresh
 * nonce and a policy that allows nothing else (no script at all, images only as data: URIs).
 */
export function renderStandalonePage(model: PreviewModel, css: string): string {
    const nonce = freshNonce();
    const policy = `default-src 'none'; ${LOCKED}; style-src 'nonce-${nonce}'; img-src data:`;
    const title = planName(model.plan.title);
    const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="split-plan">
<title>${title} · Split</title>
<style nonce="${nonce}">
${new Html(css.replace(/<\/(style)/gi, '<\\/$1'))}
</style>
</head>
<body class="split-standalone">
<main id="${PREVIEW_ROOT_ID}" class="split-preview">
${new Html(renderPreviewBody(model, { interactive: false }))}
</main>
</body>
</html>
`;
    return page.value;
}

/**
 * The webview's page, for the extension: the script and stylesheet from media/, both under a fresh nonce, and a
 * policy that allows only them. `cspSource` is the webview's `cspSource`; the URIs are `asWebviewUri` ones.
 */
export function renderWebviewShell(options: { cspSource: string; scriptUri: string; styleUri: string; nonce?: string; title?: string }): string {
    const nonce = options.nonce ?? freshNonce();
    const policy = `default-src 'none'; ${LOCKED}; style-src ${options.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${options.cspSource} data:; font-src ${options.cspSource}`;
    return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title ?? 'Split preview'}</title>
<link rel="stylesheet" nonce="${nonce}" href="${options.styleUri}">
</head>
<body class="split-webview">
<div id="${PREVIEW_ERROR_ID}" class="preview-error" role="alert" hidden></div>
<main id="${PREVIEW_ROOT_ID}" class="split-preview" aria-live="polite"><p class="muted">Loading the plan…</p></main>
<script nonce="${nonce}" src="${options.scriptUri}"></script>
</body>
</html>
`.value;
}

/** 128 random bits, base64: a nonce no page reuses. */
export function freshNonce(): string {
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode(...bytes));
}

// ---------------------------------------------------------------------------------------------------------------
// Header and problems

function header(model: PreviewModel): Html {
    const sessions = model.days.flatMap((day) => day.sessions).filter((session) => !session.rest);
    const trainingDays = model.days.filter((day) => day.sessions.some((session) => !session.rest && session.items.length > 0)).length;
    const weeklySets = sessions.flatMap((session) => session.items).filter((item) => item.kind === 'strength').reduce((total, item) => total + item.sets, 0);
    const facts = [
        `${capitalize(model.plan.goal)}`,
        plural(sessions.length, 'session'),
        `${plural(trainingDays, 'training day')}, ${plural(7 - trainingDays, 'rest day')}`,
        `${number(weeklySets)} strength sets`,
        model.plan.heartRateMax !== null ? `HRmax ${bpmText(model.plan.heartRateMax)}` : null,
    ].filter((fact) => fact !== null);
    return html`<header class="plan-header">
<h1 class="plan-title">${planName(model.plan.title)}</h1>
<p class="plan-facts">${facts.map((fact) => html`<span>${fact}</span>`)}${severityCounts(model.diagnostics)}</p>
</header>`;
}

function severityCounts(diagnostics: readonly PreviewDiagnostic[]): Html {
    if (diagnostics.length === 0) return html`<span class="ok">No problems</span>`;
    const counts = (['error', 'warning', 'information', 'hint'] as const)
        .map((severity) => ({ severity, count: diagnostics.filter((d) => d.severity === severity).length }))
        .filter(({ count }) => count > 0);
    return html`${counts.map(({ severity, count }) => html`<span class="count sev-${severity}">${severity === 'information' ? `${count} info` : plural(count, severity)}</span>`)}`;
}

function problems(diagnostics: readonly PreviewDiagnostic[], interactive: boolean): Html {
    if (diagnostics.length === 0) return html``;
    const entries = diagnostics.map((diagnostic) => {
        const where = `Line ${diagnostic.line + 1}${diagnostic.code ? ` · ${diagnostic.code}` : ''}`;
        const content = html`<span class="sev-icon sev-${diagnostic.severity}" aria-hidden="true"></span><span class="visually-hidden">${severityWord(diagnostic.severity)}: </span><span class="diag-message">${diagnostic.message}</span><span class="diag-where">${where}</span>`;
        return interactive
            ? html`<li><button type="button" class="diag sev-${diagnostic.severity}" data-line="${diagnostic.line}" data-character="${diagnostic.character}" title="Reveal line ${diagnostic.line + 1} in the editor">${content}</button></li>`
            : html`<li><div class="diag sev-${diagnostic.severity}">${content}</div></li>`;
    });
    return html`<section class="panel problems" aria-labelledby="problems-heading">
<h2 id="problems-heading">Problems <span class="badge">${diagnostics.length}</span></h2>
<ul class="diag-list">${entries}</ul>
</section>`;
}

// ---------------------------------------------------------------------------------------------------------------
// The week: seven columns of sessions

function weekGrid(model: PreviewModel, interactive: boolean): Html {
    return html`<section class="week-section" aria-labelledby="week-heading">
<h2 id="week-heading">Week</h2>
<ol class="week">${model.days.map((day) => dayColumn(day, interactive))}</ol>
</section>`;
}

function dayColumn(day: PreviewDay, interactive: boolean): Html {
    const training = day.sessions.filter((session) => !session.rest);
    const restful = training.length === 0;
    const label = restful ? `${day.name}: rest day` : `${day.name}: ${plural(training.length, 'session')}`;
    return html`<li class="day${restful ? ' day-rest' : ''}" aria-label="${label}">
<h3 class="day-name">${day.name}</h3>
${restful ? html`<p class="rest-day">Rest</p>` : ''}
${day.sessions.filter((session) => !session.rest).map((session) => sessionCard(session, interactive))}
</li>`;
}

function sessionCard(session: PreviewSession, interactive: boolean): Html {
    const reveal = interactive ? html` data-line="${session.line}" data-character="0" data-reveal="dblclick"` : html``;
    const trained = session.regions.filter((region) => region.trains);
    const touched = session.regions.filter((region) => !region.trains);
    const timeTitle = session.timeWritten ? `Starts at ${session.time}` : `Starts at ${session.time} (the default time: no \`at\` written)`;
    return html`<article class="session"${reveal} title="${interactive ? `Line ${session.line + 1}: double-click to reveal it` : `Line ${session.line + 1}`}">
<header class="session-header">
<time class="session-time${session.timeWritten ? '' : ' default-time'}" title="${timeTitle}">${session.time}</time>
<h4 class="session-title">${sessionName(session)}</h4>
</header>
${trained.length + touched.length > 0 ? html`<ul class="chips" aria-label="Sets per region">${trained.map((region) => html`<li class="chip chip-trains" title="${regionName(region.region)}: ${number(region.sets)} sets (trains it)">${regionName(region.region)} <span class="chip-sets">${number(region.sets)}</span></li>`)}${touched.map((region) => html`<li class="chip chip-touch" title="${regionName(region.region)}: ${number(region.sets)} sets (below the minimum to count as training it)">${regionName(region.region)} <span class="chip-sets">${number(region.sets)}</span></li>`)}</ul>` : ''}
<ol class="items">${session.items.map((item) => itemRow(item, interactive))}</ol>
</article>`;
}

function itemRow(item: PreviewItem, interactive: boolean): Html {
    const reveal = interactive ? html` data-line="${item.line}" data-character="0" data-reveal="dblclick"` : html``;
    const classes = ['item', `kind-${item.kind ?? 'unknown'}`, item.valid ? '' : 'invalid'].filter(Boolean).join(' ');
    const describe = item.exercise === null
        ? `${item.name}: not a known exercise`
        : item.exercise.toLowerCase() === item.name.toLowerCase() ? item.exercise : `${item.name} (${item.exercise})`;
    const tag = item.kind === 'cardio' || item.kind === 'mobility'
        ? html`<span class="tag intensity-${item.intensity ?? 'moderate'}" title="${capitalize(item.kind)}, ${item.intensity ?? 'moderate'} intensity">${item.kind}<span class="visually-hidden">, ${item.intensity ?? 'moderate'} intensity</span></span>`
        : '';
    return html`<li class="${classes}"${reveal}>
<span class="item-name" title="${describe}">${item.name}</span>
<span class="item-rx${item.valid ? '' : ' rx-invalid'}"${item.valid ? '' : html` title="Invalid prescription: it counts for nothing"`}>${item.prescription || '—'}</span>${tag}
${item.notes.map((note) => html`<span class="item-note">${note}</span>`)}
</li>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Heat strip: sets per region per day

/** Heat levels by sets in the day: 1 below the minimum that trains a region, then up to 5 from 15 sets on. */
function heatLevel(sets: number, minSets: number): number {
    if (sets <= 0) return 0;
    if (sets < minSets) return 1;
    if (sets < 6) return 2;
    if (sets < 10) return 3;
    if (sets < 15) return 4;
    return 5;
}

function heatStrip(model: PreviewModel): Html {
    const days = model.days.map((day) => day.name);
    return html`<section class="panel heat-section" aria-labelledby="heat-heading">
<h2 id="heat-heading">Regions by day</h2>
<p class="caption">Sets per region each day; ${model.volume.minSets} or more train the region.</p>
<table class="heat">
<thead><tr><th scope="col"><span class="visually-hidden">Region</span></th>${days.map((day) => html`<th scope="col" abbr="${day}" title="${day}">${day.slice(0, 3)}</th>`)}</tr></thead>
<tbody>${model.heat.map((row) => html`<tr><th scope="row">${regionName(row.region)}</th>${row.days.map((sets, index) => {
        const words = sets === 0 ? 'not trained' : `${number(sets)} sets${sets < model.volume.minSets ? ' (too few to count as training it)' : ''}`;
        return html`<td class="heat-cell heat-${heatLevel(sets, model.volume.minSets)}" title="${regionName(row.region)} on ${days[index]}: ${words}">${sets > 0 ? number(sets) : html`<span class="visually-hidden">0</span>`}</td>`;
    })}</tr>`)}</tbody>
</table>
</section>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Weekly volume: a bar per muscle against the band

function volumeChart(model: PreviewModel): Html {
    const { low, high } = model.volume;
    const shown = model.muscles.filter((muscle) => muscle.total > 0);
    const untrained = model.muscles.filter((muscle) => muscle.total === 0);
    const largest = Math.max(high * 1.25, ...shown.map((muscle) => muscle.total));
    const scale = Math.ceil(largest / 5) * 5 || 5;
    const x = (sets: number) => `${round((sets / scale) * 100)}%`;
    // The end of the scale is labelled only when it is well past the band (else its label crowds the band's).
    const ticks = [...new Set([0, low, high, ...(scale - high >= scale * 0.3 ? [scale] : [])])].filter((tick) => tick <= scale);
    const axis = html`<div class="bar-row bar-axis" aria-hidden="true"><span></span><svg class="axis-svg" width="100%" height="16">${ticks.map((tick) => html`<text x="${x(tick)}" y="12" text-anchor="${tick === 0 ? 'start' : tick === scale ? 'end' : 'middle'}">${number(tick)}</text>`)}</svg><span></span></div>`;
    return html`<section class="panel volume-section" aria-labelledby="volume-heading">
<h2 id="volume-heading">Weekly sets per muscle</h2>
<p class="caption legend"><span class="legend-entry"><span class="key key-band" aria-hidden="true"></span>${number(low)}–${number(high)} sets a week</span> <span class="legend-entry"><span class="key key-primary" aria-hidden="true"></span>primary</span> <span class="legend-entry"><span class="key key-secondary" aria-hidden="true"></span>secondary (half a set)</span></p>
${shown.length === 0 ? html`<p class="muted">No strength work this week.</p>` : html`<div class="bars">
${axis}
<ul class="bar-list">${shown.map((muscle) => barRow(muscle, low, high, x))}</ul>
</div>`}
${untrained.length > 0 ? html`<p class="caption untrained">Not trained: ${untrained.map((muscle) => muscle.muscle).join(', ')}.</p>` : ''}
</section>`;
}

function barRow(muscle: PreviewMuscle, low: number, high: number, x: (sets: number) => string): Html {
    const status = muscle.total < low ? 'below' : muscle.total > high ? 'above' : 'within';
    const split = muscle.secondary > 0
        ? `${number(muscle.primary)} primary + ${number(muscle.secondary)} secondary`
        : `${number(muscle.primary)} primary`;
    const words = `${capitalize(muscle.muscle)}: ${number(muscle.total)} sets a week (${split}), ${status === 'within' ? 'within' : status} the ${number(low)}–${number(high)} band`;
    return html`<li class="bar-row status-${status}" title="${words}">
<span class="bar-label">${capitalize(muscle.muscle)}</span>
<svg class="bar-svg" width="100%" height="18" role="img" aria-label="${words}">
<rect class="band" x="${x(low)}" y="0" width="${x(high - low)}" height="18"></rect>
<line class="band-edge" x1="${x(low)}" x2="${x(low)}" y1="0" y2="18"></line>
<line class="band-edge" x1="${x(high)}" x2="${x(high)}" y1="0" y2="18"></line>
${muscle.primary > 0 ? html`<rect class="bar-primary" x="0" y="4" width="${x(muscle.primary)}" height="10" rx="1.5"></rect>` : ''}
${muscle.secondary > 0 ? html`<rect class="bar-secondary" x="${x(muscle.primary)}" y="4" width="${x(muscle.secondary)}" height="10" rx="1.5"></rect>` : ''}
</svg>
<span class="bar-value">${number(muscle.total)}</span>
</li>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Recovery timeline: each region across the cyclic week

function recoveryTimeline(model: PreviewModel): Html {
    const violations = model.recovery.reduce((total, row) => total + row.sessions.filter((session) => session.violated).length, 0);
    const dayLines = [1, 2, 3, 4, 5, 6].map((day) => html`<line class="day-line" x1="${pct(day * MINUTES_PER_DAY)}" x2="${pct(day * MINUTES_PER_DAY)}" y1="0" y2="100%"></line>`);
    const axis = html`<div class="tl-row tl-axis" aria-hidden="true"><span></span><svg class="tl-svg" width="100%" height="16">${model.days.map((day) => html`<text x="${pct(day.day * MINUTES_PER_DAY + MINUTES_PER_DAY / 2)}" y="12" text-anchor="middle">${day.name.slice(0, 3)}</text>`)}</svg></div>`;
    return html`<section class="panel recovery-section" aria-labelledby="recovery-heading">
<h2 id="recovery-heading">Recovery${violations > 0 ? html` <span class="badge badge-bad">${plural(violations, 'violation')}</span>` : ''}</h2>
<p class="caption legend"><span class="legend-entry"><span class="key key-mark" aria-hidden="true"></span>a session training the region</span> <span class="legend-entry"><span class="key key-window" aria-hidden="true"></span>its minimum recovery</span> <span class="legend-entry"><span class="key key-violated" aria-hidden="true"></span>trained again too soon</span> <span class="legend-entry">The week wraps from Sunday to Monday.</span></p>
<div class="timeline">
${axis}
${model.recovery.map((row) => timelineRow(row, dayLines))}
</div>
</section>`;
}

function timelineRow(row: PreviewRecovery, dayLines: Html[]): Html {
    const window = row.minHours * 60;
    const sessions = row.sessions;
    // The window of the session a violating one came too soon after is drawn as violated too.
    const previousOf = (index: number) => sessions.findIndex((other) => other.start === (sessions[index].start - sessions[index].gapMinutes + MINUTES_PER_WEEK) % MINUTES_PER_WEEK);
    const intruded = new Set(sessions.flatMap((session, index) => (session.violated ? [previousOf(index)] : [])));
    const violated = sessions.filter((session) => session.violated);
    const label = sessions.length === 0
        ? `${regionName(row.region)}: not trained this week`
        : `${regionName(row.region)}, minimum ${row.minHours} h: ${sessions.map((session) => `${when(session)}, ${hoursText(session.gapMinutes)} after the previous${session.violated ? ' (too soon)' : ''}`).join('; ')}`;
    // Windows a session came too soon into are drawn last, over the others, so that their red is never covered.
    const order = sessions.map((_, index) => index).sort((a, b) => Number(intruded.has(a)) - Number(intruded.has(b)));
    const windows = order.map((index) => windowRects(sessions[index].start, window, intruded.has(index),
        `${regionName(row.region)} after ${when(sessions[index])}: at least ${row.minHours} h of recovery${intruded.has(index) ? ', cut short' : ''}`));
    const marks = sessions.map((session) => html`<circle class="tl-mark${session.violated ? ' violated' : ''}" cx="${pct(session.start)}" cy="11" r="5"><title>${when(session)}${session.title ? ` · ${session.title}` : ''}: ${number(session.sets)} sets, ${hoursText(session.gapMinutes)} after the previous${session.violated ? `, less than ${row.minHours} h` : ''}</title></circle>`);
    return html`<div class="tl-row${violated.length > 0 ? ' tl-violated' : ''}">
<span class="tl-label">${regionName(row.region)} <small>${row.minHours} h</small></span>
<svg class="tl-svg" width="100%" height="22" role="img" aria-label="${label}">
<rect class="tl-track" x="0" y="4" width="100%" height="14" rx="2"></rect>
${dayLines}
${windows}
${marks}
${sessions.length === 0 ? html`<text class="tl-none" x="50%" y="15" text-anchor="middle">not trained</text>` : ''}
</svg>
${violated.map((session) => html`<p class="tl-note">${when(session)}: ${hoursText(session.gapMinutes)} after the previous session, less than ${row.minHours} h</p>`)}
</div>`;
}

/** The recovery window after a session, split in two where it runs past Sunday midnight into next Monday. */
function windowRects(start: number, minutes: number, violated: boolean, title: string): Html {
    const length = Math.min(minutes, MINUTES_PER_WEEK);
    const end = start + length;
    const pieces = end <= MINUTES_PER_WEEK ? [[start, length]] : [[start, MINUTES_PER_WEEK - start], [0, end - MINUTES_PER_WEEK]];
    return html`${pieces.map(([from, width]) => html`<rect class="tl-window${violated ? ' violated' : ''}" x="${pct(from)}" y="6" width="${pct(width)}" height="10"><title>${title}</title></rect>`)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Words and numbers

function pct(minutes: number): string {
    return `${round((minutes / MINUTES_PER_WEEK) * 100)}%`;
}

function round(value: number): number {
    return Math.round(value * 1000) / 1000;
}

function severityWord(severity: PreviewDiagnostic['severity']): string {
    return severity === 'information' ? 'info' : severity;
}
