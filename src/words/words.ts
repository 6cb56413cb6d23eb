// Words and number formats that every room of Split writes the same way (no dependencies, so that all may use it).

/** 1 → "1 plan", 3 → "3 plans": the regular English plural, all Split's nouns need. */
export function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
