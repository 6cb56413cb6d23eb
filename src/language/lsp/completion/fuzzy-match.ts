/** Fuzzy matching for completion: how well what is typed matches a name or a keyword. */

const SEPARATOR = /[\s'’"-]/;

/**
 * How well `query` matches a target, or undefined when it does not: the query's letters in order (spaces, hyphens and
 * apostrophes ignored), the first at the start of a word, as VS Code's own filter wants. Higher is better: an exact
 * name, then a prefix, then matches at word starts and in runs, with skipped letters costing a little. The query is
 * read once for all targets: it may be a whole line, the targets are names.
 */
export function fuzzyMatcher(query: string): (target: string) => number | undefined {
    const pattern = [...query.toLowerCase()].filter((char) => !SEPARATOR.test(char));
    const flatQuery = pattern.join('');
    // A query ending in a space wants a longer name: the match must end before a word break.
    const wantsMore = /\s$/.test(query);
    return (target) => pattern.length === 0 ? 0 : pattern.length > target.length ? undefined : score(pattern, flatQuery, wantsMore, target);
}

function score(pattern: readonly string[], flatQuery: string, wantsMore: boolean, target: string): number | undefined {
    const chars: Array<{ char: string; wordStart: boolean; firstWord: boolean; afterGap: boolean }> = [];
    let word = 0;
    let previousSeparator = true;
    for (const char of target.toLowerCase()) {
        if (SEPARATOR.test(char)) {
            if (!previousSeparator) word++;
            previousSeparator = true;
            continue;
        }
        chars.push({ char, wordStart: previousSeparator, firstWord: word === 0, afterGap: previousSeparator && chars.length > 0 });
        previousSeparator = false;
    }
    const n = chars.length;
    const m = pattern.length;
    if (m > n) return undefined;
    const NONE = -Infinity;
    // best[j]: the best score with the pattern so far matched and its last letter at j.
    let best: number[] = chars.map((entry) => (entry.char === pattern[0] && entry.wordStart ? 10 + (entry.firstWord ? 6 : 0) : NONE));
    for (let i = 1; i < m; i++) {
        const next: number[] = new Array<number>(n).fill(NONE);
        // The best of best[k] + k over k < j - 1: a match at j after k skips j - k - 1 letters, one point each.
        let gapped = NONE;
        for (let j = 1; j < n; j++) {
            if (j >= 2 && best[j - 2] !== NONE) gapped = Math.max(gapped, best[j - 2] + (j - 2));
            if (chars[j].char !== pattern[i]) continue;
            const bonus = 1 + (chars[j].wordStart ? 6 : 0);
            const fromRun = best[j - 1] !== NONE ? best[j - 1] + bonus + 5 : NONE;
            const fromGap = gapped !== NONE ? gapped - (j - 1) + bonus : NONE;
            next[j] = Math.max(fromRun, fromGap);
        }
        best = next;
    }
    let total = NONE;
    best.forEach((value, j) => {
        if (value !== NONE && (!wantsMore || (j + 1 < n && chars[j + 1].afterGap))) total = Math.max(total, value);
    });
    if (total === NONE) return undefined;
    const flatTarget = chars.map((entry) => entry.char).join('');
    if (flatTarget === flatQuery) total += 1000;
    else if (flatTarget.startsWith(flatQuery)) total += 500;
    return total;
}

