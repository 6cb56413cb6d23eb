import type { Range } from 'vscode-languageserver-types';
import type { BrokenSession, Session } from '../generated/ast.js';
import { weekdayIndex } from '../model/week-model.js';
import { ITEM_INDENT, MIN_COLUMN, MIN_GAP, NOTE_INDENT, type Line, type PlanLines } from './lines.js';

/** The plan's lines laid out as SPEC §2 shows: aligned, blank lines placed, and which lines a range formats whole. */
export class Layout {
    readonly lines: Line[];
    readonly offsets: number[];
    readonly eol: string;
    /** `chunks[i]` replaces line i. */
    readonly chunks: string[][];
    private readonly sessionIds = new Map<Session | BrokenSession, number>();

    constructor(private readonly read: PlanLines) {
        ({ lines: this.lines, offsets: this.offsets, eol: this.eol } = read);
        this.align();
        this.chunks = this.emit();
        this.assignOwners();
    }

    // --- alignment ----------------------------------------------------------------------------------------------

    private align(): void {
        const prescriptionColumn = new Map<Session | BrokenSession, number>();
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

    private sessionId(session: Session | BrokenSession): number {
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
        const next = this.read.nextStatement(index);
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
                // A session line's session is a Session (lines.ts): a broken header's line is verbatim.
                const previousSession = previousStatement?.role === 'session' ? previousStatement.session as Session : undefined;
                const session = line.session as Session;
                const together = previousSession && (sameDay(previousSession, session) || (restDay(previousSession) && restDay(session)));
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

function sameDay(a: Session, b: Session): boolean {
    return weekdayIndex(a.day) === weekdayIndex(b.day);
}

function restDay(session: Session): boolean {
    return session.rest && session.items.length === 0;
}
