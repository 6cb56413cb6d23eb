import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parsePreviewModel } from '../../src/render/preview-schema.js';
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
    expect(await client.request('split/preview', { path: 'not the right shape' })).toBeNull();
});
