// Plan text written into each kind of output, one escaper per kind. A plan's strings hold any character but a quote
// or a line break (a configuration's keys hold any at all): ESC sequences that retitle or clear a terminal, BEL,
// backspace, C1 controls, and the bidirectional controls that reorder what a reader sees ("Trojan Source"). Every
// output shows them as escapes, as git and `cat -v` do, so nothing is hidden and nothing is lost. No dependencies:
// the command line, the exports, the preview, hovers and completion all use it.

/** Controls but tab (C0, DEL, C1) and the bidi controls (embeddings, overrides, isolates, marks). */
const UNSAFE = /(?!\t)[\p{Cc}\p{Bidi_Control}]/gu;

const SHORT_ESCAPES: Record<string, string> = { '\b': '\\b', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/** `\x1b`, `\r`, `\u202e`: a character as JavaScript writes it. */
function escapeCharacter(character: string): string {
    const code = character.codePointAt(0)!;
    return SHORT_ESCAPES[character] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

function hex(code: number, digits: number): string {
    return code.toString(16).padStart(digits, '0');
}

/** Text for a terminal or a log: every control and bidi control as a visible escape, on one line. */
export function terminalText(text: string): string {
    return text.replace(UNSAFE, escapeCharacter);
}

/**
 * A JSON text (JSON.stringify's) with the characters it leaves raw, DEL, C1 and bidi controls, as `\u` escapes:
 * the same value, safe to print. A raw C0 character in JSON.stringify's output is its own layout, never a string's.
 */
export function safeJson(json: string): string {
    return json.replace(UNSAFE, (character) => (character < ' ' ? character : `\\u${hex(character.codePointAt(0)!, 4)}`));
}

/**
 * Text as Markdown that shows it literally, on one line: controls as visible escapes, backslash escapes for the
 * characters that start inline syntax (emphasis, code, links, HTML, autolinks, strikethrough, headings' closing #)
 * and for `|`, which would end a table cell; `&` only where it would start an entity. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
    return terminalText(text.replace(/\s+/g, ' ').trim())
        .replace(/[\\`*_[\]<>|#~!]/g, (character) => `\\${character}`)
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/**
 * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`. TEXT allows no control but
 * tab: the others, and bidi controls, are shown as in a terminal (their backslash escaped in turn).
 */
export function escapeIcsText(text: string): string {
    return text.split(/\r\n|\r|\n/).map((line) => terminalText(line).replace(/[\\;,]/g, (character) => `\\${character}`)).join('\\n');
}
