// Words and number formats that every room of Split writes the same way. No runtime dependencies, so that all may
// use it: the language server, the command line, the exports and the preview's page bundle.

/** 1 → "1 plan", 3 → "3 plans": the regular English plural, all Split's nouns need. */
export function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** 6.5, 12, 0.25, 5,600: at most two decimals, no trailing zeros, thousands grouped. */
export function number(value: number): string {
    return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** The weekdays as a reader sees them, Monday first (the week of SPEC §3.3; the keywords are `monday` … `sunday`). */
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type DayName = (typeof DAY_NAMES)[number];

/** 0 → "Monday". */
export function dayName(day: number): DayName {
    return DAY_NAMES[day];
}

/** "Monday 18:00": when a session starts. */
export function when(session: { readonly day: number; readonly time: string }): string {
    return `${dayName(session.day)} ${session.time}`;
}

/** "legs" → "Legs". */
export function capitalize(word: string): string {
    return word.length > 0 ? word[0].toUpperCase() + word.slice(1) : word;
}

/** "legs" → "Legs": a region as a message or a table names it. */
export function regionName(region: string): string {
    return capitalize(region);
}

/** Minutes between sessions in hours: "24 h", "47 h 30 min" (recovery is counted in hours, however long). */
export function hoursText(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = Math.round(minutes % 60);
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** What a plan without a `plan` line is called, in every output. */
export function planName(title: string | null | undefined): string {
    return title ?? 'Training plan';
}

/**
 * What a session is called in every output: its title, else what it holds ("Strength session", "Cardio session",
 * "Mobility session"; "Rest day"), so that a calendar, a table and the preview name an untitled session alike.
 */
export function sessionName(session: { readonly title?: string | null; readonly rest: boolean; readonly items: ReadonlyArray<{ readonly kind?: string | null }> }): string {
    if (session.title) return session.title;
    if (session.rest) return 'Rest day';
    const kind = ['strength', 'cardio', 'mobility'].find((each) => session.items.some((item) => item.kind === each));
    return kind ? `${capitalize(kind)} session` : 'Session';
}
