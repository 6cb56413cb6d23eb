import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

// SPEC §5 in the editor: the split.* settings and .splitrc.json take effect as they change, the file winning.

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
});
afterAll(async () => {
    await client.stop();
});

const recovery = (diagnostics: Diagnostic[]) =>
    diagnostics.filter((diagnostic) => diagnostic.code === 'recovery-window').map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.severity}`);

it('revalidates open plans when the settings or a .splitrc.json change', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'split-settings-'));
    const plan = join(folder, 'plan.split');
    const text = 'monday "Legs"\n  Squat 4x8\ntuesday "Legs"\n  Leg Press 4x10\n';
    writeFileSync(plan, text);
    const uri = pathToFileURL(plan).toString();
    expect(recovery(await client.open(uri, text))).toEqual(['2:2']);

    let published = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { split: { rules: { 'recovery-window': 'off' } } } });
    expect(recovery((await published).diagnostics)).toEqual([]);

    const configFile = join(folder, '.splitrc.json');
    writeFileSync(configFile, JSON.stringify({ rules: { 'recovery-window': 'error' } }));
    published = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile).toString(), type: 1 }] });
    expect(recovery((await published).diagnostics)).toEqual(['2:1']);
});

it('tells the user of a broken .splitrc.json once, as a message that needs no answer, and still exits cleanly', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'split-settings-'));
    writeFileSync(join(folder, '.splitrc.json'), JSON.stringify({ rules: { 'recovery-window': 'loud' } }));
    const plan = join(folder, 'plan.split');
    const text = 'monday "Legs"\n  Squat 4x8\ntuesday "Legs"\n  Leg Press 4x10\n';
    writeFileSync(plan, text);
    const own = await LspClient.start(pathToFileURL(folder).toString());
    const message = own.nextMessage();
    // The defaults apply meanwhile: recovery-window is a warning.
    expect(recovery(await own.open(pathToFileURL(plan).toString(), text))).toEqual(['2:2']);
    expect(await message).toMatchObject({ type: 2 });
    expect((await message).message).toMatch(/^Split: .*\.splitrc\.json.*recovery-window/);
    // Checking the plan again says nothing new.
    expect(recovery(await own.change(pathToFileURL(plan).toString(), text + '\n'))).toEqual(['2:2']);
    expect(own.messages).toHaveLength(1);
    // The editor's log says when the workspace (the plan in the folder) was first checked.
    expect(own.logs).toEqual([expect.stringMatching(/^Split language server: 1 plan checked \d+ ms after starting$/)]);
    // A message still on screen when the editor closes must not take the server down with it.
    expect(await own.stop()).toBe(0);
});
