/** Where the line holding `offset` ends: the first `\r` or `\n` at or after it, or the end of the text. */
export function lineEndAt(text: string, offset: number): number {
    let end = offset;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    return end;
}

/** Where each line of a text starts: 0, then after every `\r\n`, `\n` or lone `\r`. */
export function lineStarts(text: string): number[] {
    const starts = [0];
    for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
    return starts;
}

/** The line (0-based) holding `offset`, from the lines' starts (ascending, from 0): found by binary search. */
export function lineOfOffset(starts: readonly number[], offset: number): number {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return low;
}
