import MarkdownIt from 'markdown-it';
import type { Range } from 'vscode-languageserver-types';

/** A plan written in a ```split fence of a Markdown file. */
export interface FencedPlan {
    /** The fence's content: the plan's text, without what Markdown's nesting put before each line. */
    readonly text: string;
    /** The Markdown file's line (0-based) of the plan's first line. */
    readonly line: number;
    /** Per line of the plan, the columns Markdown took off the front of it (a list item's indentation, a quote's `> `). */
    readonly columnOffsets: readonly number[];
}

const markdown = new MarkdownIt();

/**
 * The plans of a Markdown file: its fenced code blocks whose info string starts with `split`, found by markdown-it
 * as VS Code's Markdown preview finds them (inside lists and quotes too; a fence left open runs to the end).
 */
export function fencedPlans(source: string): FencedPlan[] {
    const lines = source.split(/\r\n|\r|\n/);
    return markdown.parse(source, {})
        .filter((token) => token.type === 'fence' && token.map && /^split(\s|$)/i.test(token.info.trim()))
        .map((token) => {
            const line = token.map![0] + 1;
            const content = token.content.replace(/\n$/, '').split('\n');
            const columnOffsets = content.map((text, index) => Math.max(0, (lines[line + index] ?? '').length - text.length));
            return { text: `${content.join('\n')}\n`, line, columnOffsets };
        });
}

/** A range in a fenced plan as the same range in its Markdown file. */
export function markdownRange(plan: FencedPlan, range: Range): Range {
    const at = ({ line, character }: Range['start']) => ({ line: plan.line + line, character: character + (plan.columnOffsets[line] ?? 0) });
    return { start: at(range.start), end: at(range.end) };
}
