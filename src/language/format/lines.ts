import { AstUtils, CstUtils, isLeafCstNode, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { isExercise, isItem, isPlan, isSession, type BrokenSession, type Session } from '../generated/ast.js';
import { isWordOf, UNIT_CATEGORIES } from '../facts/vocabulary.js';
import { lineOfOffset } from '../utils/text-lines.js';

// The first half of the formatter: a plan's lines, each classified from its tokens (a header statement, a session
// header, an item, a comment with its role, a blank line, or a line kept as written). layout.ts lays them out.

/** Items are indented this much. */
export const ITEM_INDENT = 2;
/** A comment line right under an item and indented deeper than it is a note on that item: item indent + 4. */
export const NOTE_INDENT = ITEM_INDENT + 4;
/** The least gap between a name (or a statement) and what is aligned after it. */
export const MIN_GAP = 2;
/**
 * The least column of a session's prescriptions and of aligned trailing comments: a 24-character name field after the
 * two-space indent, as in the canonical layout of SPEC §2 (`  Squat                   4x6 @ 75%`).
 */
export const MIN_COLUMN = 26;
/** Tabs in the indentation of a comment line count as the language's indentation unit. */
const TAB_WIDTH = 2;

const UNIT_OWNERS = new Set(['Quantity', 'NumericLoad', 'SetGroup', 'RestDuration']);

type Role =
    | 'header' | 'session' | 'item' // code lines
    | 'continuation' | 'note' | 'inside' | 'forward'; // comment lines

export interface Line {
    index: number;
    /** The line as written, without its end of line. */
    text: string;
    kind: 'blank' | 'comment' | 'code' | 'verbatim';
    /** Width of the written indentation (tabs count TAB_WIDTH). */
    indent: number;
    /** Character index of the first non-blank character (for continuation comments). */
    column: number;
    role?: Role;
    /** The session of a session header or item line; the session a comment line or verbatim line sits in. */
    session?: Session | BrokenSession;
    /** An exercise declaration (rather than a header statement). */
    declaration?: boolean;
    /** A header statement's alignment block: consecutive header lines with trailing comments (comment lines between them aside). */
    headerBlock?: number;
    /** Code lines: the formatted statement without its trailing comment (items: name and the rest apart). */
    content?: string;
    name?: string;
    rest?: string;
    /** Code lines: a trailing comment, as written, and its written column. */
    trailing?: string;
    trailingColumn?: number;
    /** Comment lines: the comment as written; a block comment over several lines keeps all of them verbatim. */
    comment?: string;
    blockLines?: number;
    /** Continuation comment lines: the code line whose trailing comment they continue. */
    anchor?: Line;
    /** The owner (a session, a header block, …) whose lines range formatting takes as a whole. */
    owner?: string;
}

/** A plan's text cut into classified lines, with where each starts and the text's line ending. */
export class PlanLines {
    readonly lines: Line[] = [];
    readonly offsets: number[] = [];
    readonly eol: string;

    constructor(document: LangiumDocument, text: string) {
        this.eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
        const pattern = /\r\n|\r|\n/g;
        let lineStart = 0;
        for (let match = pattern.exec(text); ; match = pattern.exec(text)) {
            this.offsets.push(lineStart);
            const lineEnd = match ? match.index : text.length;
            const written = text.slice(lineStart, lineEnd);
            const indentText = /^[ \t]*/.exec(written)![0];
            this.lines.push({
                index: this.lines.length, text: written, kind: 'blank',
                indent: [...indentText].reduce((width, char) => width + (char === '\t' ? TAB_WIDTH : 1), 0),
                column: indentText.length,
            });
            if (!match) break;
            lineStart = match.index + match[0].length;
        }
        this.classify(document);
        this.assignRoles();
    }

    // --- classification --------------------------------------------------------------------------------------

    private classify(document: LangiumDocument): void {
        const root = document.parseResult.value.$cstNode;
        const leavesByLine = new Map<number, LeafCstNode[]>();
        const verbatim = this.errorLines(document);
        const blockComments: LeafCstNode[] = [];
        if (root) {
            for (const node of CstUtils.streamCst(root)) {
                if (!isLeafCstNode(node) || node.tokenType.name === 'NL' || node.length === 0) continue;
                if (node.range.start.line !== node.range.end.line) {
                    blockComments.push(node);
                    continue;
                }
                const line = node.range.start.line;
                if (!leavesByLine.has(line)) leavesByLine.set(line, []);
                leavesByLine.get(line)!.push(node);
            }
            for (const leaves of leavesByLine.values()) leaves.sort((a, b) => a.offset - b.offset);
        }
        // A block comment over several lines keeps all its lines verbatim; one that shares a line with code makes
        // those lines verbatim, code and all.
        const blockLines = new Set<number>();
        for (const comment of blockComments) {
            const { start, end } = comment.range;
            const shared = (leavesByLine.get(start.line) ?? []).length > 0 || (leavesByLine.get(end.line) ?? []).length > 0
                || !isBlank(this.lines[end.line]?.text.slice(end.character) ?? '')
                || !isBlank(this.lines[start.line]?.text.slice(0, start.character) ?? '');
            for (let line = start.line; line <= end.line; line++) {
                blockLines.add(line);
                if (shared || verbatim.has(line)) verbatim.add(line);
            }
            if (!shared && ![...lineNumbers(start.line, end.line)].some((line) => verbatim.has(line))) {
                const first = this.lines[start.line];
                first.kind = 'comment';
                first.comment = first.text.slice(first.column);
                first.blockLines = end.line - start.line + 1;
            }
        }
        for (const line of this.lines) {
            if (blockLines.has(line.index)) {
                if (verbatim.has(line.index)) line.kind = 'verbatim';
                else if (!line.blockLines) line.kind = 'comment'; // inner line of a block comment: emitted with the first
                continue;
            }
            const leaves = leavesByLine.get(line.index) ?? [];
            if (verbatim.has(line.index)) line.kind = 'verbatim';
            else if (leaves.length === 0) line.kind = isBlank(line.text) ? 'blank' : 'verbatim';
            else this.classifyTokens(line, leaves);
        }
    }

    /** Lines holding a lexer or parser error, or tokens the parser skipped while recovering. */
    private errorLines(document: LangiumDocument): Set<number> {
        const lines = new Set<number>();
        const last = this.lines.length - 1;
        // An error found on a blank line (the parser stopped at a newline) belongs to the nearest line above it that is
        // not blank; both looked up in constant or logarithmic time, for a file may hold thousands of broken lines.
        const nonBlankAtOrAbove: number[] = [];
        this.lines.forEach((line, index) => nonBlankAtOrAbove.push(index > 0 && isBlank(line.text) ? nonBlankAtOrAbove[index - 1] : index));
        const lineAt = (offset: number) => nonBlankAtOrAbove[lineOfOffset(this.offsets, offset)];
        for (const error of document.parseResult.lexerErrors) {
            const from = lineAt(error.offset);
            const to = lineAt(error.offset + Math.max(0, error.length - 1));
            for (let line = from; line <= to; line++) lines.add(line);
        }
        for (const error of document.parseResult.parserErrors) {
            const tokens = [error.token, ...(error.resyncedTokens ?? [])];
            let found = false;
            for (const token of tokens) {
                if (Number.isFinite(token.startOffset)) {
                    lines.add(lineAt(token.startOffset));
                    found = true;
                }
            }
            const previous = (error as { previousToken?: { startOffset: number } }).previousToken;
            if (!found && previous && Number.isFinite(previous.startOffset)) lines.add(lineAt(previous.startOffset));
            else if (!found) lines.add(last);
        }
        return lines;
    }

    private classifyTokens(line: Line, leaves: LeafCstNode[]): void {
        const code = leaves.filter((leaf) => !leaf.hidden);
        line.kind = 'verbatim';
        if (code.length === 0) {
            line.kind = 'comment';
            line.comment = trimBlanksEnd(line.text.slice(leaves[0].range.start.character));
            return;
        }
        const lastCode = code.at(-1)!;
        // A comment before or inside the statement: keep the line as written.
        if (leaves.some((leaf) => leaf.hidden && leaf.offset < lastCode.offset)) return;
        const trailing = leaves.find((leaf) => leaf.hidden);
        const owner = statementOf(code[0].astNode);
        if (!owner || code.some((leaf) => statementOf(leaf.astNode) !== owner)) return;
        let content: string;
        if (isItem(owner)) {
            const ref = owner.exercise.$refNode;
            if (!ref) return;
            const nameLeaves = code.filter((leaf) => leaf.offset >= ref.offset && leaf.end <= ref.end);
            if (nameLeaves.length === 0 || nameLeaves.some((leaf, index) => code[index] !== leaf)) return;
            line.name = nameLeaves.map((leaf) => leaf.text).join(' ');
            line.rest = join(code.slice(nameLeaves.length));
            line.role = 'item';
            line.session = owner.$container;
            content = `${' '.repeat(ITEM_INDENT)}${line.name} ${line.rest}`;
        } else {
            line.content = join(code);
            line.role = isSession(owner) ? 'session' : 'header';
            line.declaration = isExercise(owner);
            if (isSession(owner)) line.session = owner;
            content = line.content;
        }
        if (trailing) {
            line.trailing = trimBlanksEnd(line.text.slice(trailing.range.start.character));
            line.trailingColumn = trailing.range.start.character;
        }
        // Every character of the line must be accounted for by the tokens.
        if (!sameCharacters(line.text, `${content} ${line.trailing ?? ''}`)) {
            line.role = undefined;
            line.session = undefined;
            return;
        }
        line.kind = 'code';
    }

    // --- roles of comment lines -----------------------------------------------------------------------------------

    private assignRoles(): void {
        let session: Session | BrokenSession | undefined;
        let forward = false;
        let headerBlock = 0;
        let headerContinues = false;
        let declarations: boolean | undefined;
        for (let index = 0; index < this.lines.length; index++) {
            const line = this.lines[index];
            if (line.kind === 'blank') {
                headerContinues = false;
                continue;
            }
            if (line.kind === 'code') {
                forward = false;
                if (line.role === 'header') {
                    session = undefined;
                    // Trailing comments align over a run of header statements, or of exercise declarations, that all have one.
                    if (!headerContinues || line.declaration !== declarations) headerBlock++;
                    headerContinues = line.trailing !== undefined;
                    declarations = line.declaration;
                    line.headerBlock = headerBlock;
                } else {
                    session = line.session;
                    headerContinues = false;
                }
                continue;
            }
            if (line.kind === 'verbatim') {
                line.session = session;
                forward = false;
                headerContinues = false;
                continue;
            }
            if (line.comment === undefined) continue; // inner line of a block comment
            line.session = session;
            const previous = this.lines[index - 1];
            const next = this.nextStatement(index);
            const directive = /split-disable-next-line/.test(line.comment) && next?.kind === 'code' && next.role !== 'item';
            if (!directive && !line.blockLines && previous && line.column === previous.trailingColumn && previous.kind === 'code'
                && previous.trailing !== undefined) {
                line.role = 'continuation';
                line.anchor = previous;
            } else if (!directive && !line.blockLines && previous?.role === 'continuation' && line.column === previous.column) {
                line.role = 'continuation';
                line.anchor = previous.anchor;
            } else if (session && !forward && !directive && (previous?.role === 'item' || previous?.role === 'note')
                && line.indent > ITEM_INDENT && !line.blockLines) {
                line.role = 'note';
            } else if (session && !forward && (next?.role === 'item' || (next?.kind === 'verbatim' && next.indent > 0))) {
                line.role = 'inside';
            } else if (session && !forward && !directive && line.indent > 0) {
                line.role = 'inside';
            } else {
                line.role = 'forward';
                if (session) forward = true;
            }
        }
    }

    /** The next code or verbatim line after `index`. */
    nextStatement(index: number): Line | undefined {
        for (let next = index + 1; next < this.lines.length; next++) {
            const line = this.lines[next];
            if (line.kind === 'code' || line.kind === 'verbatim') return line;
        }
        return undefined;
    }
}

/** Whether two texts hold the same characters apart from white space (and the `×` of `4×10`, written `x`). */
export function sameCharacters(a: string, b: string): boolean {
    const strip = (text: string) => text.replace(/\s+/g, '').replace(/[×X]/g, 'x');
    return strip(a) === strip(b);
}

function* lineNumbers(from: number, to: number): Generator<number> {
    for (let index = from; index <= to; index++) yield index;
}

/** The item, session or header statement a token belongs to. */
function statementOf(node: AstNode | undefined): AstNode | undefined {
    const item = AstUtils.getContainerOfType(node, isItem);
    if (item) return item;
    let current = node;
    while (current?.$container && !isPlan(current.$container)) current = current.$container;
    return current && !isPlan(current) ? current : undefined;
}

/**
 * Tokens of one statement, spaced as in SPEC §2: `4x10`, `3x8-12`, `1x5+`, `4x10,8,6,4`, `3x12/10/8`, `140kg`,
 * `4x8 @ 80kg`, `1x5, 3x8`, `drop 4,5`, `1h30min`, `5:00/km`, `monday:`.
 */
function join(leaves: readonly LeafCstNode[]): string {
    let text = '';
    leaves.forEach((leaf, index) => {
        const written = leaf.tokenType.name === 'TIMES' ? 'x' : leaf.text;
        text += index === 0 ? written : `${gap(leaves[index - 1], leaf)}${written}`;
    });
    return text;
}

function gap(before: LeafCstNode, after: LeafCstNode): string {
    if (before.tokenType.name === 'TIMES' || after.tokenType.name === 'TIMES') return '';
    if (after.text === ',' || after.text === '+' || after.text === ':' || after.text === '/' || before.text === '/') return '';
    // A pyramid's reps, like a drop's sets, are one word: `4x10,8,6,4`.
    if (before.text === ',') return before.astNode.$type === 'DropModifier' || after.astNode.$type === 'PyramidReps' ? '' : ' ';
    // `1h30min`: the minutes of an hour follow it.
    if (before.astNode.$type === 'Quantity' && isWordOf(before.text, 'time-unit') && after.tokenType.name === 'NUMBER') return '';
    if (after.text === '-') return isWordOf(before.text, 'scale') ? ' ' : '';
    if (before.text === '-') return '';
    if (before.tokenType.name === 'NUMBER' && isWordOf(after.text, ...UNIT_CATEGORIES) && UNIT_OWNERS.has(after.astNode.$type)) return '';
    return ' ';
}

/** Blank as the lexer sees it: spaces and tabs only (a no-break space is text, which the formatter must keep). */
function isBlank(text: string): boolean {
    return /^[ \t]*$/.test(text);
}

function trimBlanksEnd(text: string): string {
    return text.replace(/[ \t]+$/, '');
}
