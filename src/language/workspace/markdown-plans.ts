import MarkdownIt from 'markdown-it';

/** A plan written in a ```split fence of a Markdown file. */
export interface FencedPlan {
    /**
     * The plan's text with the Markdown file's line numbers: every line before the fence's content is blank, so a
     * diagnostic's line is the Markdown file's line.
     */
    readonly text: string;
    /** Per line of `text`, the columns Markdown took off the front of it (a list item's indentation, a quote's `> `). */
    readonly columnOffsets: readonly number[];
}

const markdown = new MarkdownIt();

/**
 * The plans of a Markdown file: its fenced code blocks whose info string starts with `split`, found by markdown-it
 * as VS Code's Markdown preview finds them (inside lists and quotes too; a fence left open runs to the end).
 */
export function fencedPlans(source: string): FencedPlan[] {
    const lines = source.split(/\r?\n/);
    return markdown.parse(source, {})
        .filter((token) => token.type === 'fence' && token.map && /^split(\s|$)/i.test(token.info.trim()))
        .map((token) => {
            const [fenceLine] = token.map!;
            const content = token.content.replace(/\n$/, '').split('\n');
            const columnOffsets = [...Array.from({ length: fenceLine + 1 }, () => 0),
                ...content.map((line, index) => Math.max(0, (lines[fenceLine + 1 + index] ?? '').length - line.length))];
            return { text: '\n'.repeat(fenceLine + 1) + content.join('\n'), columnOffsets };
        });
}
