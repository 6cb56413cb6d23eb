// Messages from the preview's page to the extension (src/extension/preview.ts takes only what parseWebviewMessage
// accepts): what the page really sends passes, anything else is refused with where and what is wrong.
import { describe, expect, it } from 'vitest';
import { parseWebviewMessage } from '../../../src/render/preview/preview-messages.js';
import { startPreview } from '../../../src/render/preview/preview-webview.js';
import { modelOfText } from './preview-chromium.js';

type Listener = (event: { target: unknown; data?: unknown }) => void;

/** A page with no DOM: the listeners the script adds, and an element that answers `closest` with a diagnostic. */
function fakePage() {
    const listeners: Record<string, Listener> = {};
    const element = { innerHTML: '', textContent: '', hidden: true, closest: () => element, getAttribute: () => null };
    const diagnostic = { closest: () => ({ ...diagnostic, getAttribute: (name: string) => ({ 'data-line': '3', 'data-character': '2' })[name] ?? null }) };
    const listen = (type: string, listener: Listener) => {
        listeners[type] = listener;
    };
    const page: Parameters<typeof startPreview>[0] = { document: { getElementById: () => element, addEventListener: listen }, addEventListener: listen };
    return { page, listeners, diagnostic };
}

describe('messages from the preview page', () => {
    it('accepts what the page sends: ready, and reveal with the plan it shows', async () => {
        const posted: unknown[] = [];
        const { page, listeners, diagnostic } = fakePage();
        const onMessage = startPreview(page, { postMessage: (message) => posted.push(message), getState: () => undefined, setState: () => undefined });
        onMessage({ type: 'update', payload: await modelOfText('plan "P"\nmonday\n  Squat 3x8\n') });
        listeners.click({ target: diagnostic });
        expect(posted).toEqual([{ type: 'ready' }, { type: 'reveal', line: 3, character: 2, uri: expect.stringMatching(/^file:/) }]);
        for (const message of posted) expect(parseWebviewMessage(message)).toEqual({ ok: true, message });
        expect(parseWebviewMessage({ type: 'reveal', line: 0, character: 0 }).ok).toBe(true);
    });

    it.each([
        ['not an object', 'ready', '(root)'],
        ['null', null, '(root)'],
        ['an array', [{ type: 'ready' }], '(root)'],
        ['no type', { line: 1, character: 0 }, 'type'],
        ['an unknown type', { type: 'update', payload: {} }, 'type'],
        ['a type of another case', { type: 'Ready' }, 'type'],
        ['ready with more', { type: 'ready', command: 'workbench.action.terminal.new' }, '(root)'],
        ['reveal without a line', { type: 'reveal', character: 0 }, 'line'],
        ['a line as text', { type: 'reveal', line: '3', character: 0 }, 'line'],
        ['a negative line', { type: 'reveal', line: -1, character: 0 }, 'line'],
        ['a fractional character', { type: 'reveal', line: 1, character: 0.5 }, 'character'],
        ['an infinite line', { type: 'reveal', line: Infinity, character: 0 }, 'line'],
        ['a uri that is not text', { type: 'reveal', line: 1, character: 0, uri: 7 }, 'uri'],
        ['a uri of a megabyte', { type: 'reveal', line: 1, character: 0, uri: 'x'.repeat(1_000_000) }, 'uri'],
        ['a prototype key', JSON.parse('{"type":"ready","__proto__":{"polluted":true}}'), '(root)'],
    ])('refuses %s, saying where', (_, message, where) => {
        const parsed = parseWebviewMessage(message);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.error.startsWith(`${where}: `), parsed.error).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
});
