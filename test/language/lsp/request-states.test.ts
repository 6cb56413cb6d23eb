import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createRequestHandler, type LangiumSharedServices, type ServiceRequirement } from 'langium/lsp';
import { CancellationToken, CancellationTokenSource, LSPErrorCodes, type TextDocumentIdentifier } from 'vscode-languageserver';
import { IncomingMessages } from '../../../src/language/lsp/split-incoming-messages.js';
import { describe, expect, it } from 'vitest';
import { createSplitServices, SERVICE_REQUIREMENTS, type SplitLspServices } from '../../../src/language/split-lsp-module.js';

// Issue 11's first-run failure. Langium runs a request's provider inside the workspace's read lock once the document
// has the state the request requires, and a rebuild asked for meanwhile (an edit, new settings) waits for every such
// read to end before it starts. The outline waited inside for the plan's linking, and inlay hints for the editor's
// settings: with a rebuild asked for meanwhile, each waited for what the lock kept from happening, and every later
// check with them, until the editor cancelled the request (minutes on a busy first start).

const PLAN = 'monday "Legs"\n  Squat 4x8\nwednesday "Legs"\n  Leg Press 4x10\n';

/** Services as the language server has them before the editor has answered anything (no settings yet). */
async function startingServer(): Promise<SplitLspServices> {
    const { shared, Split } = createSplitServices({ ...NodeFileSystem });
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    return Split;
}

/**
 * Builds a plan and, half way (parsed, not yet linked), asks for `request` as the editor would and then for a
 * rebuild. What the request answered, or 'stuck' when it has not answered after 10 s.
 */
async function askHalfWay(Split: SplitLspServices, request: (params: { textDocument: TextDocumentIdentifier }) => Promise<unknown>): Promise<unknown> {
    const { WorkspaceLock, DocumentBuilder, LangiumDocuments } = Split.shared.workspace;
    const document = LangiumDocuments.createDocument(URI.parse(`memory:/half-built-${Math.random()}.split`), PLAN);
    const build = () => WorkspaceLock.write((token) => DocumentBuilder.build([document], { validation: true }, token));
    let answer: Promise<unknown> | undefined;
    let rebuild: Promise<void> | undefined;
    const halfWay = DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, () => {
        halfWay.dispose();
        answer = request({ textDocument: { uri: document.uri.toString() } });
        rebuild = build();
    });
    await build();
    const stuck = new Promise((resolve) => setTimeout(() => resolve('stuck'), 10_000));
    const answered = await Promise.race([answer, stuck]);
    expect(await Promise.race([rebuild, stuck])).toBeUndefined();
    expect(document.state).toBe(DocumentState.Validated);
    return answered;
}

/** A request's handler exactly as the language server registers it (main.ts passes SERVICE_REQUIREMENTS). */
function handler(Split: SplitLspServices, requirement: ServiceRequirement | undefined, call: (services: SplitLspServices, document: never, params: never) => unknown) {
    const handle = createRequestHandler((services, document, params) => call(services as SplitLspServices, document as never, params as never) as never,
        Split.shared as LangiumSharedServices, requirement);
    return (params: { textDocument: TextDocumentIdentifier }) => Promise.resolve(handle(params as never, CancellationToken.None));
}

describe('a request asked for while a plan is half built, then a rebuild: both finish', () => {
    it('the outline', async () => {
        const Split = await startingServer();
        const outline = handler(Split, SERVICE_REQUIREMENTS.DocumentSymbolProvider,
            (services, document, params) => services.lsp.DocumentSymbolProvider?.getSymbols(document, params));
        expect(await askHalfWay(Split, outline)).toEqual([
            expect.objectContaining({ name: 'Monday "Legs"', detail: 'legs' }),
            expect.objectContaining({ name: 'Wednesday "Legs"', detail: 'legs' }),
        ]);
    });

    it('inlay hints, before the editor has sent its settings', async () => {
        const Split = await startingServer();
        const range = { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } };
        const hints = handler(Split, SERVICE_REQUIREMENTS.InlayHintProvider ?? DocumentState.IndexedReferences, // Langium's default
            (services, document) => services.lsp.InlayHintProvider?.getInlayHints(document, { textDocument: { uri: '' }, range }));
        expect(await askHalfWay(Split, hints)).toEqual([
            expect.objectContaining({ label: 'legs 120 h' }),
            expect.objectContaining({ label: 'legs 48 h' }),
        ]);
    });
});

describe('the builds of the language server, paced for typing (lsp/split-editor-document-builder.ts)', () => {
    it('an edit does not interrupt a build before its plan is linked, and stops it before validation', async () => {
        const Split = await startingServer();
        const { WorkspaceLock, DocumentBuilder, LangiumDocuments } = Split.shared.workspace;
        const document = LangiumDocuments.createDocument(URI.parse('memory:/typed-on.split'), PLAN);
        const events: string[] = [];
        const phases = [DocumentState.Linked, DocumentState.Validated].map((state) =>
            DocumentBuilder.onDocumentPhase(state, () => void events.push(DocumentState[state])));
        let edit: Promise<void> | undefined;
        const parsed = DocumentBuilder.onBuildPhase(DocumentState.Parsed, () => {
            parsed.dispose();
            // The next keystroke, while the plan is being built for the one before.
            edit = WorkspaceLock.write(async (token) => {
                events.push('next build');
                await DocumentBuilder.build([document], { validation: true }, token);
            });
        });
        await WorkspaceLock.write((token) => DocumentBuilder.build([document], { validation: true }, token));
        await edit;
        phases.forEach((phase) => phase.dispose());
        // Langium's own builder stops at the next phase: ['next build', 'Linked', 'Validated'].
        expect(events).toEqual(['Linked', 'next build', 'Validated']);
    });

    it('a request the editor has cancelled is answered as cancelled, even when its plan is ready', async () => {
        const Split = await startingServer();
        const document = Split.shared.workspace.LangiumDocuments.createDocument(URI.parse('memory:/ready.split'), PLAN);
        await Split.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const hover = createRequestHandler((services, ready, params) => services.lsp?.HoverProvider?.getHoverContent(ready, params as never),
            Split.shared as LangiumSharedServices, DocumentState.Linked);
        const params = { textDocument: { uri: document.uri.toString() }, position: { line: 1, character: 3 } };
        expect(await hover(params as never, CancellationToken.None)).toEqual(expect.objectContaining({ contents: expect.anything() }));
        const cancelled = new CancellationTokenSource();
        cancelled.cancel();
        expect(await hover(params as never, cancelled.token)).toEqual(expect.objectContaining({ code: LSPErrorCodes.RequestCancelled }));
    });

    it('a build waits while the editor\'s queued messages are handed over, and no longer once an edit supersedes it', async () => {
        const messages = new IncomingMessages();
        const handOver = messages.connectionOptions.messageStrategy!;
        let handed = 0;
        const queue = (count: number) => {
            const next = () => {
                if (handed >= count) return;
                handed++;
                handOver.handleMessage({ jsonrpc: '2.0' }, () => undefined);
                setImmediate(next);
            };
            setImmediate(next);
        };
        queue(20);
        await messages.settled(CancellationToken.None);
        expect(handed).toBe(20);

        handed = 0;
        queue(1_000);
        const superseded = new CancellationTokenSource();
        setImmediate(() => superseded.cancel());
        await messages.settled(superseded.token);
        expect(handed).toBeLessThan(10);
    });
});
