import { distance } from 'fastest-levenshtein';

/**
 * How exercise names match (SPEC §3.2): ignoring case, spaces, hyphens and apostrophes, and a plural `s` or `es`.
 * A name's key is its normalised text; lookups try the key as written, then without `s`, then without `es`.
 */
export function normalizeName(name: string): string {
    return name.toLowerCase().replace(/[\s'’-]+/g, '');
}

/**
 * A pure function of a name, remembered for the last few thousand names: a plan names the same exercises again and
 * again, and linking and the week model ask for each item's, which took four regular expressions per item. Only
 * names of a sensible length are kept, so that what it holds stays small whatever the input.
 */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
    const known = new Map<string, T>();
    return (text) => {
        if (text.length > 200) return compute(text);
        let result = known.get(text);
        if (result === undefined) {
            if (known.size >= 5_000) known.clear();
            known.set(text, result = compute(text));
        }
        return result;
    };
}

/** A name as its author means it: without the quotes of a quoted name, one space between words. */
export const writtenName = remembered((text) => text.replace(/^"|"$/g, '').trim().replace(/\s+/g, ' '));

/** The keys a written name may match, most literal first ("Lunges" → lunges, lunge, lung). */
export const lookupKeys = remembered((name): readonly string[] => {
    const key = normalizeName(writtenName(name));
    const keys = [key];
    if (key.length > 2 && key.endsWith('s')) keys.push(key.slice(0, -1));
    if (key.length > 3 && key.endsWith('es')) keys.push(key.slice(0, -2));
    return Object.freeze(keys);
});

/** Finds the entry a written name denotes in a map (or layers of maps) keyed by `normalizeName`. */
export function lookupName<T>(entries: Pick<ReadonlyMap<string, T>, 'get'>, name: string): T | undefined {
    for (const key of lookupKeys(name)) {
        const found = entries.get(key);
        if (found !== undefined) return found;
    }
    return undefined;
}

/**
 * Known names close enough to an unknown one to suggest ("Seated Calve Raises" → "Seated Calf Raise"):
 * within about a third of the key's length in edits, best first, at most `limit`.
 */
export function suggestNames(unknown: string, known: Iterable<string>, limit = 3): string[] {
    const keys = lookupKeys(unknown);
    const scored: Array<{ name: string; score: number }> = [];
    const seen = new Set<string>();
    for (const name of known) {
        const candidate = normalizeName(name);
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const score = Math.min(...keys.map((key) => distance(key, candidate)));
        const allowed = Math.max(1, Math.floor(Math.max(candidate.length, keys[0].length) / 3));
        if (score <= allowed) scored.push({ name, score });
    }
    scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
    const best = scored[0]?.score ?? 0;
    return scored.filter((entry) => entry.score <= best + 1).slice(0, limit).map((entry) => entry.name);
}
