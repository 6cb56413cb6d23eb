/** Where the line holding `offset` ends: the first `\r` or `\n` at or after it, or the end of the text. */
export function lineEndAt(text: string, offset: number): number {
    let end = offset;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    return end;
}
