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

/** A name's words, lower case, without apostrophes and plurals: hyphens part words as spaces do. */
const singularWords = remembered((name): readonly string[] => Object.freeze(writtenName(name).toLowerCase().replace(/['’]/g, '')
    .split(/[\s-]+/).map(singular)));

/**
 * A name's key with the plural taken off every word, so that a plural on any word matches ("Farmers Carries",
 * "Farmer Carry" and "Farmer's Carry" all give farmercarry): `-sses`, `-ches`, `-shes`, `-xes`, `-zes` lose `es`,
 * `-ies` becomes `y`, any other `s` but `ss` goes. Both the known names and the written one are keyed so.
 */
export const singularKey = remembered((name) => singularWords(name).join(''));

function singular(word: string): string {
    if (word.length > 4 && /(ss|ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
    if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    if (word.length > 2 && /[^s]s$/.test(word)) return word.slice(0, -1);
    return word;
}

/** Finds the entry a written name denotes in a map (or layers of maps) keyed by `normalizeName`. */
export function lookupName<T>(entries: Pick<ReadonlyMap<string, T>, 'get'>, name: string): T | undefined {
    for (const key of lookupKeys(name)) {
        const found = entries.get(key);
        if (found !== undefined) return found;
    }
    return undefined;
}

/** The abbreviations of gyms and spreadsheets, read as their words before names match (SPEC §3.2). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
    db: 'Dumbbell', bb: 'Barbell', kb: 'Kettlebell', ez: 'EZ-Bar', sa: 'Single-Arm', sl: 'Single-Leg', dl: 'Deadlift',
    oh: 'Overhead', bw: 'Bodyweight',
};

/** The name with its abbreviations written out ("SA DB Row" → "Single-Arm Dumbbell Row"). */
export const expandAbbreviations = remembered((name) => writtenName(name).split(' ')
    .map((word) => ABBREVIATIONS[word.toLowerCase()] ?? word).join(' '));

/**
 * The endings of a name that a variant may be taken as, longest first ("Zwift Recovery Ride" → "Recovery Ride",
 * "Ride"): SPEC §3.2's variants, read after the abbreviations.
 */
export function nameEndings(name: string): string[] {
    const words = expandAbbreviations(name).split(' ');
    return words.slice(1).map((_, index) => words.slice(index + 1).join(' '));
}

/** How a written name was read to find its exercise (SPEC §3.2, §7): as one of its names, by abbreviation, as a variant. */
export type NameReading = 'name' | 'abbreviation' | 'variant';

/** How `written` reads as the exercise with these names (its name and aliases), which it resolved to. */
export function nameReading(written: string, names: readonly string[]): NameReading {
    const matches = (text: string) => names.some((name) => lookupKeys(text).includes(normalizeName(name))
        || singularKey(text) === singularKey(name));
    if (matches(written)) return 'name';
    return matches(expandAbbreviations(written)) ? 'abbreviation' : 'variant';
}

/**
 * The words a variant adds before the name it was taken as ("Banded Pallof Press" as Pallof Press → "Banded"), kept
 * when the exercise is renamed; undefined when the written name reads as the exercise itself.
 */
export function variantWords(written: string, names: readonly string[]): string | undefined {
    if (nameReading(written, names) !== 'variant') return undefined;
    const index = nameEndings(written).findIndex((ending) => nameReading(ending, names) !== 'variant');
    return index < 0 ? undefined : writtenName(written).split(' ').slice(0, index + 1).join(' ');
}

/**
 * Known names to suggest for an unknown one, best first, at most `limit`: those a slip of one or two letters away,
 * then those contained in it, most words first ("Nordic Curl Negatives" → "Nordic Curl"), then those close enough in edits (within about a third of the key's
 * length: "Seated Calve Raises" → "Seated Calf Raise"); the abbreviations are read first ("DB Curlz" → "Dumbbell Curl").
 */
/**
 * Whether a name is a known one misspelt by a letter or two ("Inclin DB Press" for Incline Dumbbell Press,
 * "Bulgarain Split Squat"): such a name is a typo to report with its suggestion, never a variant of its ending.
 * Allowed: an edit per eight letters, at least one.
 */
export function isSlipOf(name: string, known: Iterable<string>): boolean {
    const written = expandedKey(name);
    const allowed = Math.max(1, Math.floor(written.length / 8));
    for (const candidate of known) {
        const key = expandedKey(candidate);
        if (Math.abs(key.length - written.length) <= allowed && distance(key, written) <= allowed) return true;
    }
    return false;
}

/** A name's key with its abbreviations written out: remembered, for every known name is compared by it. */
const expandedKey = remembered((name) => normalizeName(expandAbbreviations(name)));

export function suggestNames(unknown: string, known: Iterable<string>, limit = 3): string[] {
    const expanded = expandAbbreviations(unknown);
    const keys = lookupKeys(expanded);
    const words = ` ${singularWords(expanded).join(' ')} `;
    const contained: Array<{ name: string; words: number; score: number }> = [];
    const scored: Array<{ name: string; score: number }> = [];
    const seen = new Set<string>();
    for (const name of known) {
        const candidate = normalizeName(name);
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const score = Math.min(...keys.map((key) => distance(key, candidate)));
        const own = singularWords(name);
        if (words.includes(` ${own.join(' ')} `)) contained.push({ name, words: own.length, score });
        const allowed = Math.max(1, Math.floor(Math.max(candidate.length, keys[0].length) / 3));
        if (score <= allowed) scored.push({ name, score });
    }
    contained.sort((a, b) => b.words - a.words || a.score - b.score || a.name.localeCompare(b.name));
    scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
    const best = scored[0]?.score ?? 0;
    // One letter off is a slip: then only the names one letter off ("Squatt" → Squat, not Squash).
    const close = scored.filter((entry) => entry.score <= (best <= 1 ? best : best + 1));
    // A slip of a letter or two ("Bench Pres") beats a shorter name inside it ("Bench").
    const slips = close.filter((entry) => entry.score <= 2);
    return [...new Set([...slips, ...contained, ...close].map((entry) => entry.name))].slice(0, limit);
}
