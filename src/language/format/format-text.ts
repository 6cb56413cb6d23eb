import type { LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { PlanLines, sameCharacters } from './lines.js';
import { Layout } from './layout.js';

// The formatting engine: a parse of a plan to its text in the layout of SPEC §2, whole or for the statements a range
// touches. The command line's `fmt` and the editor's formatter (lsp/split-formatter.ts) both adapt it.
//
// Why not Langium's AbstractFormatter: its edits are local, between neighbouring tokens, while the layout needs
// column alignment that depends on a whole session (the longest name decides where every prescription starts),
// blank lines decided per statement, and comments (hidden tokens) placed by the line they sit on. So this is a
// line-based formatter driven by the CST: every source line is classified from its leaf tokens (a statement, a
// session header, an item, a comment, a blank line, or a line left as written), each statement line is rebuilt
// from its tokens with the spacing rules of the layout, and the lines are then aligned and emitted. Lines with a
// lexer or parser error, lines the CST does not fully account for and lines holding an inline or multi-line block
// comment are kept exactly as written, so no text is ever lost or reordered; a final check refuses any result whose
// non-blank characters differ from the input's.

/** The whole document in the layout of SPEC §2 (for the command line and tests). */
export function formatSplitText(document: LangiumDocument): string {
    const text = document.textDocument.getText();
    const layout = new Layout(new PlanLines(document, text));
    const formatted = layout.chunks.flat().map((line) => line + layout.eol).join('');
    return sameCharacters(text, formatted) ? formatted : text;
}

/** The edits that format the document, or only the statements (whole sessions) a range touches. */
export function formatEdits(document: LangiumDocument, range?: Range): TextEdit[] {
    const text = document.textDocument.getText();
    const layout = new Layout(new PlanLines(document, text));
    const [first, last] = range ? layout.span(range) : [0, layout.lines.length - 1];
    if (first > last) return [];
    const start = layout.offsets[first];
    const end = last + 1 < layout.lines.length ? layout.offsets[last + 1] : text.length;
    const before = text.slice(start, end);
    const after = layout.chunks.slice(first, last + 1).flat().map((line) => line + layout.eol).join('');
    if (before === after || !sameCharacters(before, after)) return [];
    return [minimalEdit(document, start, before, after)];
}

function minimalEdit(document: LangiumDocument, start: number, before: string, after: string): TextEdit {
    let prefix = 0;
    const max = Math.min(before.length, after.length);
    while (prefix < max && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
    // Never split a \r\n.
    if (prefix > 0 && before[prefix - 1] === '\r' && before[prefix] === '\n') prefix--;
    if (suffix > 0 && before[before.length - suffix] === '\n' && before[before.length - suffix - 1] === '\r') suffix--;
    const textDocument = document.textDocument;
    return {
        range: { start: textDocument.positionAt(start + prefix), end: textDocument.positionAt(start + before.length - suffix) },
        newText: after.slice(prefix, after.length - suffix),
    };
}
