import type { ExerciseInfo } from '../model/exercise-info.js';
import { nameReading } from '../references/names.js';
import { escapeMarkdown } from '../../words/escapes.js';

/**
 * What a written name was taken as (SPEC §3.2, §7), in Markdown: "“Tempo Run”: taken as Run" for an abbreviation or
 * a variant, "“Squats” is Squat" for another spelling of a name, nothing for the name itself.
 */
export function takenAsText(written: string, info: ExerciseInfo): string | undefined {
    if (nameReading(written, [info.name, ...info.aliases]) !== 'name') return `“${escapeMarkdown(written)}”: taken as ${escapeMarkdown(info.name)}`;
    return written.toLowerCase() === info.name.toLowerCase() ? undefined : `“${escapeMarkdown(written)}” is ${escapeMarkdown(info.name)}`;
}
