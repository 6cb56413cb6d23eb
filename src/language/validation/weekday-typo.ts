import { distance } from 'fastest-levenshtein';
import type { Item } from '../generated/ast.js';
import { WEEKDAYS } from '../facts/defaults.js';

/**
 * An item line that is really a misspelt session header ("tues", "thurs", "Wendsday"): one word, no prescription.
 * Returns the weekday meant, so the message can say so instead of "unknown exercise".
 */
export function misspeltWeekday(item: Item): string | undefined {
    if (item.groups.length > 0 || item.amount) return undefined;
    const word = item.exercise.$refText.toLowerCase();
    if (!/^[a-z]+$/.test(word) || word.length < 3) return undefined;
    return WEEKDAYS.find((day) => (word.length <= day.length && day.startsWith(word)) || distance(word, day) <= 2);
}
