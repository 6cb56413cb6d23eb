import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ResponseError } from 'vscode-languageserver-protocol';
import { parsePreviewModel } from '../../src/render/preview/preview-schema.js';
import { LspClient } from './lsp-client.js';

// The preview's model comes from the language server (`split/preview`), computed from the week model it validated.

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

it('answers split/preview with a valid model of the current version, and null for what it does not know', async () => {
    const path = resolve('examples/bro-split.split');
    const uri = pathToFileURL(path).toString();
    const text = readFileSync(path, 'utf8');
    await client.open(uri, text);

    const first = parsePreviewModel(await client.request('split/preview', { uri }));
    if (!first.ok) throw new Error(first.error);
    expect(first.model.uri).toBe(uri);
    expect(first.model.version).toBe(1);
    expect(first.model.plan.title).toBe('Bro Split with Legs and Back Twice');
    expect(first.model.days.map((day) => day.name)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(first.model.days[4].sessions[0].title).toBe('Legs and Back');

    await client.change(uri, text.replace('plan "Bro Split with Legs and Back Twice"', 'plan "Renamed"'));
    const second = parsePreviewModel(await client.request('split/preview', { uri }));
    if (!second.ok) throw new Error(second.error);
    expect(second.model.version).toBe(2);
    expect(second.model.plan.title).toBe('Renamed');

    expect(await client.request('split/preview', { uri: 'file:///nowhere.split' })).toBeNull();
});

it('refuses parameters that name no URI with InvalidParams, saying what to send', async () => {
    const refusal = (params: unknown) => client.request('split/preview', params).then(() => undefined, (error: ResponseError) => ({ code: error.code, message: error.message }));
    const shape = { code: -32602, message: 'split/preview takes { "uri": "…" }, the URI of an open plan, such as file:///home/me/week.split' };
    expect(await refusal({ path: 'not the right shape' })).toEqual(shape);
    expect(await refusal(null)).toEqual(shape);
    expect(await refusal({ uri: 'not a uri' })).toEqual({
        code: -32602, message: 'split/preview: "not a uri" is not a URI; send the URI of an open plan, such as file:///home/me/week.split',
    });
    // Half an emoji cannot be written as a URI: it was an internal error.
    expect(await refusal({ uri: 'file:///tmp/week\uD83D.split' })).toEqual({
        code: -32602, message: 'split/preview: "file:///tmp/week\uFFFD.split" is not a URI; send the URI of an open plan, such as file:///home/me/week.split',
    });
});

it('right after the plan is opened, while the workspace still loads, waits for its check and answers', async () => {
    const workspace = await LspClient.start(pathToFileURL(resolve('examples')).toString());
    try {
        const uri = pathToFileURL(resolve('examples/just-opened.split')).toString();
        void workspace.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'split', version: 1, text: 'plan "Just opened"\nmonday\n  Squat 4x8\n' } });
        const answer = parsePreviewModel(await workspace.request('split/preview', { uri }));
        if (!answer.ok) throw new Error(answer.error);
        expect(answer.model.plan.title).toBe('Just opened');
        expect(answer.model.version).toBe(1);
    } finally {
        await workspace.stop();
    }
});
