import { MUSCLES, WEEKDAYS } from '../../language/facts/defaults.js';
import type { Settings } from '../../language/config/settings.js';
import type { ItemModel, SessionModel, WeekModel } from '../../language/model/week-model.js';
import { escapeMarkdown } from '../../words/escapes.js';
import { detailTexts, itemLoad, loadText, setsText } from '../../words/prescription-text.js';
import { bpmText } from '../../words/quantities.js';
import { dayName, number, planName, sessionName } from '../../words/words.js';

// `split-plan export --format md`: the week as GitHub-flavoured Markdown to paste into a README. Every piece of
// user text (titles, names, notes) goes through `escapeMarkdown`, so a `|` never splits a table cell, `<img …>`
// or `*stars*` stay text and a control character shows as an escape.

/** The Markdown document of a week: title, goal, one section per weekday, weekly sets per muscle. */
export function renderMarkdown(week: WeekModel, settings: Settings): string {
    const { plan } = week;
    const out: string[] = [`# ${escapeMarkdown(planName(plan.title))}`, ''];
    const facts = [`Goal: ${plan.goal}`, `units: ${plan.units}`];
    if (plan.age !== undefined) facts.push(`age: ${plan.age}`);
    if (plan.hrmax !== undefined) facts.push(`HRmax: ${bpmText(plan.hrmax)}`);
    out.push(facts.join(' · '), '');

    WEEKDAYS.forEach((_, day) => {
        const sessions = week.sessions.filter((session) => session.day === day && !session.rest);
        out.push(`## ${dayName(day)}`, '');
        if (sessions.length === 0) {
            out.push('Rest day.', '');
            return;
        }
        for (const session of sessions) out.push(...renderSession(session), '');
    });

    out.push('## Weekly sets per muscle', '');
    const muscles = MUSCLES.filter((muscle) => week.weeklySets[muscle] > 0)
        .sort((a, b) => week.weeklySets[b] - week.weeklySets[a] || MUSCLES.indexOf(a) - MUSCLES.indexOf(b));
    if (muscles.length === 0) {
        out.push('No strength sets this week.', '');
    } else {
        const { low, high } = settings.volume;
        out.push('| Muscle | Sets | |', '|---|---:|---|');
        for (const muscle of muscles) {
            const sets = week.weeklySets[muscle];
            const marker = sets < low ? `below ${number(low)}` : sets > high ? `above ${number(high)}` : '';
            out.push(`| ${muscle} | ${number(sets)} | ${marker} |`);
        }
        out.push('', `Primary muscles count 1 set, secondary ones ½; about ${number(low)}–${number(high)} hard sets a week per muscle build the most.`, '');
    }
    return out.join('\n').replace(/\n+$/, '\n');
}

function renderSession(session: SessionModel): string[] {
    const title = session.title ? `"${escapeMarkdown(session.title)}" · ` : `${sessionName(session)} · `;
    const lines = [`### ${title}${session.time}`, ''];
    const trained = session.regions.map((region) => `${region} (${number(session.regionSets[region])} sets)`);
    if (trained.length > 0) lines.push(`Trains ${trained.join(', ')}.`, '');
    if (session.items.length === 0) {
        lines.push('No exercises.');
        return lines;
    }
    lines.push('| Exercise | Sets x reps | Notes |', '|---|---|---|');
    for (const item of session.items) lines.push(`| ${cell(exerciseText(item))} | ${cell(escapeMarkdown(setsText(item)))} | ${cell(notesText(item))} |`);
    return lines;
}

function exerciseText(item: ItemModel): string {
    const name = escapeMarkdown(item.name);
    return item.exercise ? name : `${name} (unknown exercise)`;
}

function notesText(item: ItemModel): string {
    const load = itemLoad(item);
    const { details, notes } = detailTexts(item);
    const parts = [...(load ? [`@ ${loadText(load)}`] : []), ...details].map(escapeMarkdown);
    parts.push(...notes.map((note) => `*${escapeMarkdown(note)}*`));
    if (!item.valid && item.exercise) parts.push('(invalid prescription)');
    return parts.join(', ');
}

/** A table cell is never empty (some renderers collapse it) and holds no line break. */
function cell(text: string): string {
    return text === '' ? ' ' : text;
}
