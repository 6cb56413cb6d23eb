// The preview's script, inside the webview (bundled to media/preview.js, loaded under the page's nonce). It only
// renders: the language server computed the model. Messages in: `{ type: 'update', payload }`, checked against
// previewModelSchema (an invalid one is dropped and said so; the last good preview stays). Messages out, of
// webviewMessageSchema (preview-messages.ts): `{ type: 'ready' }` once listening, and `{ type: 'reveal', line,
// character, uri }` when a diagnostic is clicked or a session or item double-clicked. No inline handlers: one
// delegated listener per event type.
import { parsePreviewModel, type PreviewModel } from './preview-schema.js';
import type { WebviewMessage } from './preview-messages.js';
import { PREVIEW_ERROR_ID, PREVIEW_ROOT_ID, renderPreviewBody } from './preview-html.js';

// The few DOM and webview types used here, declared locally: the project compiles without the DOM library.
interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}
interface Element {
    innerHTML: string;
    textContent: string | null;
    hidden: boolean;
    closest(selector: string): Element | null;
    getAttribute(name: string): string | null;
}
interface PageEvent {
    readonly target: unknown;
    readonly data?: unknown;
}
interface Page {
    readonly document: {
        getElementById(id: string): Element | null;
        addEventListener(type: 'click' | 'dblclick', listener: (event: PageEvent) => void): void;
    };
    addEventListener(type: 'message', listener: (event: PageEvent) => void): void;
    acquireVsCodeApi?: () => VsCodeApi;
}

export interface PreviewState {
    readonly payload?: PreviewModel;
    /** The highest version shown, per document URI. */
    readonly versions: Record<string, number>;
}

/**
 * Wires the preview into a page; returns the message handler (the tests call it directly). Exported so that the
 * behaviour is testable without a bundle; the bundle's entry calls it once with the webview's globals.
 */
export function startPreview(page: Page, vscode: VsCodeApi): (data: unknown) => void {
    const root = page.document.getElementById(PREVIEW_ROOT_ID);
    const errorBox = page.document.getElementById(PREVIEW_ERROR_ID);
    const saved = readState(vscode.getState());
    let versions: Record<string, number> = { ...saved.versions };
    let current: PreviewModel | undefined;

    const showError = (message: string | undefined) => {
        if (!errorBox) return;
        errorBox.textContent = message ?? '';
        errorBox.hidden = message === undefined;
    };

    const render = (model: PreviewModel) => {
        if (root) root.innerHTML = renderPreviewBody(model, { interactive: true });
        current = model;
        if (model.uri !== undefined && model.version !== undefined) versions = { ...versions, [model.uri]: model.version };
        vscode.setState({ payload: model, versions } satisfies PreviewState);
    };

    const update = (payload: unknown) => {
        const parsed = parsePreviewModel(payload);
        if (!parsed.ok) {
            showError(`The preview received an update it could not read (${parsed.error}); it shows the last good one.`);
            return;
        }
        const { model } = parsed;
        const seen = model.uri !== undefined ? versions[model.uri] : undefined;
        // An older version of a document already shown arrives late: drop it. The same version may come again
        // (configuration or theme changes recompute it) and is rendered.
        if (seen !== undefined && model.version !== undefined && model.version < seen) return;
        showError(undefined);
        render(model);
    };

    const onMessage = (data: unknown) => {
        if (typeof data !== 'object' || data === null) return;
        const message = data as { type?: unknown; payload?: unknown };
        if (message.type === 'update') update(message.payload);
    };

    const reveal = (kind: 'click' | 'dblclick') => (event: PageEvent) => {
        const target = event.target as Partial<Element> | null;
        const element = typeof target?.closest === 'function' ? target.closest('[data-line]') : null;
        if (!element) return;
        const isDiagnostic = element.closest('.diag') !== null;
        if (kind === 'click' ? !isDiagnostic : element.getAttribute('data-reveal') !== 'dblclick') return;
        const line = Number(element.getAttribute('data-line'));
        const character = Number(element.getAttribute('data-character') ?? 0);
        if (!Number.isInteger(line) || line < 0 || !Number.isInteger(character) || character < 0) return;
        vscode.postMessage({ type: 'reveal', line, character, ...(current?.uri !== undefined ? { uri: current.uri } : {}) } satisfies WebviewMessage);
    };

    page.document.addEventListener('click', reveal('click'));
    page.document.addEventListener('dblclick', reveal('dblclick'));
    page.addEventListener('message', (event) => onMessage(event.data));

    // After a reload (the panel was hidden, VS Code restarted), show what was shown; the extension sends a fresh one.
    if (saved.payload) {
        const parsed = parsePreviewModel(saved.payload);
        if (parsed.ok) render(parsed.model);
    }
    vscode.postMessage({ type: 'ready' } satisfies WebviewMessage);
    return onMessage;
}

function readState(state: unknown): { payload?: unknown; versions: Record<string, number> } {
    if (typeof state !== 'object' || state === null) return { versions: {} };
    const { payload, versions } = state as { payload?: unknown; versions?: unknown };
    const clean: Record<string, number> = {};
    if (typeof versions === 'object' && versions !== null) {
        for (const [uri, version] of Object.entries(versions)) if (typeof version === 'number') clean[uri] = version;
    }
    return { payload, versions: clean };
}

const page = globalThis as unknown as Page;
if (typeof page.acquireVsCodeApi === 'function' && typeof page.document === 'object') {
    startPreview(page, page.acquireVsCodeApi());
}
