import { AstUtils, CstUtils, isLeafCstNode, type AstNode, type LangiumDocument, type LangiumDocumentFactory, type LeafCstNode } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams,
    Range, TextEdit,
} from 'vscode-languageserver';
import { isExercise, isItem, isPlan, isSession, type Session } from '../generated/ast.js';

/** Items are indented this much. */
const ITEM_INDENT = 2;
/** A comment line right under an item and indented deeper than it is a note on that item: item indent + 4. */
const NOTE_INDENT = ITEM_INDENT + 4;
/** The least gap between a name (or a statement) and what is aligned after it. */
const MIN_GAP = 2;
/**
 * The least column of a session's prescriptions and of aligned trailing comments: a 24-character name field after the
 * two-space indent, as in the canonical layout of SPEC §2 (`  Squat                   4x6 @ 75%`).
 */
const MIN_COLUMN = 26;
/** Tabs in the indentation of a comment line count as the language's indentation unit. */
const TAB_WIDTH = 2;

const UNITS = new Set(['kg', 'lb', 'lbs', '%', 'bpm', 's', 'sec', 'min', 'h', 'hr', 'm', 'km', 'mi']);
const UNIT_OWNERS = new Set(['Quantity', 'NumericLoad', 'SetGroup']);

type Role =
    | 'header' | 'session' | 'item' // code lines
    | 'continuation' | 'note' | 'inside' | 'forward'; // comment lines

interface Line {
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
    session?: Session;
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

/**
 * Formats `.split` files into the layout of SPEC §2 (and formats ranges of them, session by session).
 *
 * Why not Langium's AbstractFormatter: its edits are local, between neighbouring tokens, while the layout needs
 * column alignment that depends on a whole session (the longest name decides where every prescription starts),
 * blank lines decided per statement, and comments (hidden tokens) placed by the line they sit on. So this is a
 * line-based formatter driven by the CST: every source line is classified from its leaf tokens (a statement, a
 * session header, an item, a comment, a blank line, or a line left as written), each statement line is rebuilt
 * from its tokens with the spacing rules of the layout, and the lines are then aligned and emitted. Lines with a
 * lexer or parser error, lines the CST does not fully account for and lines holding an inline or multi-line block
 * comment are kept exactly as written, so no text is ever lost or reordered; a final check refuses any result whose
 * non-blank characters differ from the input's.
 */
export class SplitFormatter implements Formatter {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumServices) {
        this.documentFactory = services.shared.workspace.LangiumDocumentFactory;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        const current = this.parsedAsItReads(document);
        return current ? formatEdits(current) : [];
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const current = this.parsedAsItReads(document);
        return current ? formatEdits(current, params.range) : [];
    }

    /**
     * The document with a parse of its current text. Langium updates a document's text the moment an edit arrives
     * but parses it again only when the next build gets its turn, and a formatting request may be answered in
     * between (a second "Format Document" right after the first); edits computed from the old parse and applied to
     * the new text would garble the plan, so a stale document is parsed once more here, on its own. Undefined when
     * the editor does not parse the file at all (split-editor-documents.ts).
     */
    private parsedAsItReads(document: LangiumDocument): LangiumDocument | undefined {
        const text = document.textDocument.getText();
        if (document.parseResult.value.$cstNode?.root.fullText === text) return document;
        const parsed = this.documentFactory.fromString(text, document.uri);
        return parsed.parseResult.value.$cstNode ? parsed : undefined;
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

/** The whole document in the layout of SPEC §2 (for the command line and tests). */
export function formatSplitText(document: LangiumDocument): string {
    const text = document.textDocument.getText();
    const layout = new Layout(document, text);
    const formatted = layout.chunks.flat().map((line) => line + layout.eol).join('');
    return sameCharacters(text, formatted) ? formatted : text;
}

/** The edits that format the document, or only the statements (whole sessions) a range touches. */
export function formatEdits(document: LangiumDocument, range?: Range): TextEdit[] {
    const text = document.textDocument.getText();
    const layout = new Layout(document, text);
    const [first, last] = range ? layout.span(range) : [0, layout.lines.length - 1];
    if (first > last) return [];
    const start = layout.offsets[first];
    const end = last + 1 < layout.lines.length ? layout.offsets[last + 1] : text.length;
    const before = text.slice(start, end);
    const after = layout.chunks.slice(first, last + 1).flat().map((line) => line + layout.eol).join('');
    if (before === after || !sameCharacters(before, after)) return [];
    return [minimalEdit(document, start, before, after)];
}

/** The last line, among 0 … `last`, that starts at or before `offset` (`offsets` ascending, from 0). */
function lineOfOffset(offsets: readonly number[], last: number, offset: number): number {
    let low = 0;
    let high = last;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (offsets[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return low;
}

/** Whether two texts hold the same characters apart from white space (and the `×` of `4×10`, written `x`). */
function sameCharacters(a: string, b: string): boolean {
    const strip = (text: string) => text.replace(/\s+/g, '').replace(/[×X]/g, 'x');
    return strip(a) === strip(b);
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

/** The document cut into classified lines, and the formatted output line by line (`chunks[i]` replaces line i). */
class Layout {
    readonly lines: Line[] = [];
    readonly offsets: number[] = [];
    readonly eol: string;
    readonly chunks: string[][];
    private readonly sessionIds = new Map<Session, number>();

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
        this.align();
        this.chunks = this.emit();
        this.assignOwners();
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
        const lineAt = (offset: number) => nonBlankAtOrAbove[lineOfOffset(this.offsets, last, offset)];
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
        let session: Session | undefined;
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
    private nextStatement(index: number): Line | undefined {
        for (let next = index + 1; next < this.lines.length; next++) {
            const line = this.lines[next];
            if (line.kind === 'code' || line.kind === 'verbatim') return line;
        }
        return undefined;
    }

    // --- alignment ----------------------------------------------------------------------------------------------

    private align(): void {
        const prescriptionColumn = new Map<Session, number>();
        for (const line of this.lines) {
            if (line.kind !== 'code' || line.role !== 'item') continue;
            const column = Math.max(MIN_COLUMN, ITEM_INDENT + line.name!.length + MIN_GAP);
            prescriptionColumn.set(line.session!, Math.max(prescriptionColumn.get(line.session!) ?? 0, column));
        }
        for (const line of this.lines) {
            if (line.kind !== 'code' || line.role !== 'item') continue;
            const name = `${' '.repeat(ITEM_INDENT)}${line.name}`;
            line.content = line.rest ? name.padEnd(prescriptionColumn.get(line.session!)!) + line.rest : name;
        }
        const commentColumn = new Map<string, number>();
        for (const line of this.lines) {
            if (line.kind !== 'code' || line.trailing === undefined) continue;
            const block = this.alignmentBlock(line);
            commentColumn.set(block, Math.max(commentColumn.get(block) ?? MIN_COLUMN, line.content!.length + MIN_GAP));
        }
        for (const line of this.lines) {
            if (line.kind === 'code' && line.trailing !== undefined) line.trailingColumn = commentColumn.get(this.alignmentBlock(line))!;
        }
    }

    private alignmentBlock(line: Line): string {
        return line.role === 'header' ? `header ${line.headerBlock}` : `session ${this.sessionId(line.session!)}`;
    }

    private sessionId(session: Session): number {
        if (!this.sessionIds.has(session)) this.sessionIds.set(session, this.sessionIds.size + 1);
        return this.sessionIds.get(session)!;
    }

    // --- output ------------------------------------------------------------------------------------------------

    private emit(): string[][] {
        const forced = this.forcedBlankLines();
        const chunks: string[][] = this.lines.map(() => []);
        let emitted = false;
        let blankSeen = false;
        for (let index = 0; index < this.lines.length; index++) {
            const line = this.lines[index];
            if (line.kind === 'blank') {
                blankSeen = true;
                continue;
            }
            if (line.kind === 'comment' && line.comment === undefined) continue; // emitted with its block's first line
            const chunk = chunks[index];
            if (emitted && (blankSeen || forced.has(index))) chunk.push('');
            blankSeen = false;
            emitted = true;
            chunk.push(...this.render(line));
        }
        return chunks;
    }

    private render(line: Line): string[] {
        switch (line.kind) {
            case 'verbatim':
                return [line.text];
            case 'code':
                return [line.trailing === undefined ? line.content! : `${line.content!.padEnd(line.trailingColumn!)}${line.trailing}`];
            default: {
                if (line.blockLines) {
                    // A block comment over several lines stays as written, its first line included.
                    return this.lines.slice(line.index, line.index + line.blockLines).map((inner) => inner.text);
                }
                const indent = line.role === 'continuation' ? line.anchor!.trailingColumn!
                    : line.role === 'note' ? NOTE_INDENT
                    : line.role === 'inside' ? ITEM_INDENT
                    : this.forwardIndent(line.index);
                return [`${' '.repeat(indent)}${line.comment}`];
            }
        }
    }

    /** A comment line attached to what follows is indented like the statement that follows it. */
    private forwardIndent(index: number): number {
        const next = this.nextStatement(index);
        if (!next) return 0;
        if (next.kind === 'code') return next.role === 'item' ? ITEM_INDENT : 0;
        return next.indent > 0 ? ITEM_INDENT : 0;
    }

    /**
     * Lines before which a blank line is required: each session header, or the comments right above it (no blank line
     * between) that are attached to it.
     * Sessions of the same weekday (`thursday at 07:00` then `thursday at 18:00`) and rest days that follow one another
     * stay together as written, as in SPEC §2.
     */
    private forcedBlankLines(): Set<number> {
        const forced = new Set<number>();
        let previousStatement: Line | undefined;
        for (let index = 0; index < this.lines.length; index++) {
            const line = this.lines[index];
            if (line.kind === 'code' && line.role === 'session') {
                const previousSession = previousStatement?.role === 'session' ? previousStatement.session! : undefined;
                const together = previousSession && (sameDay(previousSession, line.session!) || (restDay(previousSession) && restDay(line.session!)));
                if (!together) {
                    let first = index;
                    for (let above = index - 1; above >= 0; above--) {
                        const candidate = this.lines[above];
                        if (candidate.kind === 'comment' && candidate.comment === undefined) continue;
                        if (candidate.kind === 'comment' && candidate.role === 'forward') first = above;
                        else break;
                    }
                    forced.add(first);
                }
            }
            if (line.kind === 'code' && line.role !== 'item') previousStatement = line;
            if (line.kind === 'verbatim' && line.indent === 0) previousStatement = undefined;
        }
        return forced;
    }

    // --- range formatting ----------------------------------------------------------------------------------------

    /**
     * Each line's owner: a session owns its header, items and the comments inside it; a header block (header
     * statements not parted by a blank line) owns its lines; comments and blank lines above a statement belong to it.
     */
    private assignOwners(): void {
        for (const line of this.lines) {
            if (line.kind === 'code') line.owner = line.role === 'header' ? `header ${line.headerBlock}` : `session ${this.sessionId(line.session!)}`;
            else if (line.kind === 'verbatim') line.owner = line.session ? `session ${this.sessionId(line.session)}` : `line ${line.index}`;
            else if (line.kind === 'comment' && line.role && line.role !== 'forward' && line.session) line.owner = `session ${this.sessionId(line.session)}`;
            else if (line.role === 'continuation') line.owner = line.anchor!.owner;
        }
        let following = 'end';
        for (let index = this.lines.length - 1; index >= 0; index--) {
            const line = this.lines[index];
            if (line.kind === 'comment' && line.comment === undefined) {
                // Inner block-comment lines belong with the block's first line, found further up.
                continue;
            }
            line.owner ??= following;
            if (line.kind !== 'blank') following = line.owner;
            if (line.blockLines) for (let inner = index + 1; inner < index + line.blockLines; inner++) this.lines[inner].owner = line.owner;
        }
        for (const line of this.lines) line.owner ??= following;
    }

    /** The lines to format for a range: every owner the range touches, whole. */
    span(selection: Range): [number, number] {
        let first = Math.max(0, selection.start.line);
        let last = Math.min(this.lines.length - 1, selection.end.line > selection.start.line && selection.end.character === 0 ? selection.end.line - 1 : selection.end.line);
        const spans = new Map<string, [number, number]>();
        for (const line of this.lines) {
            const span = spans.get(line.owner!);
            if (span) span[1] = line.index;
            else spans.set(line.owner!, [line.index, line.index]);
        }
        for (let changed = true; changed;) {
            changed = false;
            for (let index = first; index <= last; index++) {
                const [from, to] = spans.get(this.lines[index].owner!)!;
                if (from < first || to > last) {
                    first = Math.min(first, from);
                    last = Math.max(last, to);
                    changed = true;
                }
            }
        }
        return [first, last];
    }
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

/** Tokens of one statement, spaced as in SPEC §2: `4x10`, `3x8-12`, `140kg`, `4x8 @ 80kg`, `1x5, 3x8`, `drop 4,5`. */
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
    if (after.text === ',') return '';
    if (before.text === ',') return before.astNode.$type === 'DropModifier' ? '' : ' ';
    if (after.text === '-') return /^(rpe|rir)$/i.test(before.text) ? ' ' : '';
    if (before.text === '-') return '';
    if (before.tokenType.name === 'NUMBER' && UNITS.has(after.text.toLowerCase()) && UNIT_OWNERS.has(after.astNode.$type)) return '';
    return ' ';
}

function dayKey(session: Session): string {
    return session.day.toLowerCase().slice(0, 3);
}

function sameDay(a: Session, b: Session): boolean {
    return dayKey(a) === dayKey(b);
}

function restDay(session: Session): boolean {
    return session.rest && session.items.length === 0;
}

/** Blank as the lexer sees it: spaces and tabs only (a no-break space is text, which the formatter must keep). */
function isBlank(text: string): boolean {
    return /^[ \t]*$/.test(text);
}

function trimBlanksEnd(text: string): string {
    return text.replace(/[ \t]+$/, '');
}
