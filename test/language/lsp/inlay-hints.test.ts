import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InlayHint, Range } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import type { SplitLspServices } from '../../../src/language/split-lsp-module.js';
import { lspServices, openDocument } from './lsp-services.js';

// Inlay hints after session headers: hours since each trained region was last trained, the week as a cycle.

async function services(): Promise<{ Split: SplitLspServices; shared: LangiumSharedServices }> {
    const Split = await lspServices();
    return { Split, shared: Split.shared };
}

const open = openDocument;

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

async function hints(Split: SplitLspServices, text: string, range = WHOLE): Promise<InlayHint[] | undefined> {
    const document = await open(Split, text);
    return Split.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range });
}

/** Hints as `line:character label`. */
function summary(list: InlayHint[] | undefined): string[] {
    return (list ?? []).map((hint) => `${hint.position.line}:${hint.position.character} ${String(hint.label)}`);
}

describe('inlay hints after session headers', () => {
    let Split: SplitLspServices;
    beforeAll(async () => {
        ({ Split } = await services());
    });

    it('Sunday 18:00 legs, then Monday legs: 24 h on Monday, 144 h on Sunday', async () => {
        const text = 'sunday "Legs" at 18:00\n  Squat 4x8\nmonday "Legs again"\n  Leg Press 4x10\n';
        expect(summary(await hints(Split, text))).toEqual(['2:19 legs 24 h', '0:22 legs 144 h']);
    });

    it('one hint per session, a region per trained region: legs 72 h · back 48 h', async () => {
        const text = [
            'monday "Legs and Back"', '  Squat 4x8', '  Barbell Row 4x8',
            'friday "Legs"', '  Leg Press 4x10',
            'saturday "Back"', '  Lat Pulldown 3x10',
        ].join('\n') + '\n';
        const list = await hints(Split, text);
        expect(summary(list)).toEqual(['0:22 legs 72 h · back 48 h', '3:13 legs 96 h', '5:15 back 120 h']);
        expect(list![0].paddingLeft).toBe(true);
        expect((list![0].tooltip as { value: string }).value).toBe(
            '- Legs: 72 h since Friday 18:00 (4 sets here)\n- Back: 48 h since Saturday 18:00 (4 sets here)');
    });

    it('a region trained only in this session shows a week: 168 h', async () => {
        expect(summary(await hints(Split, 'wednesday "Chest"\n  Bench Press 4x8\n'))).toEqual(['0:17 chest 168 h']);
    });

    it('the time written counts: 07:00 to 18:00 the day after is 35 h', async () => {
        const text = 'monday at 07:00\n  Squat 4x8\ntuesday\n  Squat 4x8\n';
        expect(summary(await hints(Split, text))).toEqual(['0:15 legs 133 h', '2:7 legs 35 h']);
        const tooltip = (await hints(Split, text))![1].tooltip as { value: string };
        expect(tooltip.value).toBe('- Legs: 35 h since Monday 07:00 (4 sets here) — less than the 48 h minimum');
    });

    it('none for sessions that train no region: cardio, rest, fewer than 3 sets', async () => {
        const text = 'monday\n  Run 30min easy\ntuesday rest\nwednesday\n  Squat 2x5\nthursday\n';
        expect(await hints(Split, text)).toEqual([]);
    });

    it('at the end of the header line, after a trailing comment', async () => {
        const text = 'monday "Legs" at 18:00   // heavy\n  Squat 4x8\n';
        expect(summary(await hints(Split, text))).toEqual([`0:${'monday "Legs" at 18:00   // heavy'.length} legs 168 h`]);
    });

    it('only within the requested range', async () => {
        const text = 'monday\n  Squat 4x8\n\nthursday\n  Bench Press 4x8\n';
        expect(summary(await hints(Split, text, { start: { line: 2, character: 0 }, end: { line: 5, character: 0 } }))).toEqual(['3:8 chest 168 h']);
    });
});

describe('the split.inlayHints.enabled setting', () => {
    it('false switches them off, true or absent on', async () => {
        const { Split, shared } = await services();
        // A file on disk: a settings change revalidates the workspace's plans, which re-reads them.
        const path = join(mkdtempSync(join(tmpdir(), 'split-hints-')), 'plan.split');
        const text = 'monday\n  Squat 4x8\n';
        writeFileSync(path, text);
        const document = await open(Split, text, URI.file(path));
        const request = async () => {
            // Let the revalidation that a settings change starts finish first.
            await shared.workspace.WorkspaceLock.read(() => undefined);
            return Split.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: WHOLE });
        };
        const configure = (split: object) => shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { split } });
        expect(summary(await request())).toEqual(['0:6 legs 168 h']);
        configure({ inlayHints: { enabled: false } });
        expect(await request()).toBeUndefined();
        configure({ inlayHints: { enabled: true } });
        expect(summary(await request())).toEqual(['0:6 legs 168 h']);
        configure({});
        expect(summary(await request())).toEqual(['0:6 legs 168 h']);
    });
});
