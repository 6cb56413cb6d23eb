import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentState, URI } from 'langium';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lspServices, openDocument } from '../language/lsp/lsp-services.js';
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
    // The editor's log says how the start went, phase by phase (the editor's settings and the plan's opening come
    // when they come), and when the workspace (the plan in the folder) was first checked.
    const lines = own.logs.map((line) => line.replace(/^\[start \d+ ms\] /, '').replace(/\d+ ms/, 'T ms'));
    expect(lines.slice(0, 2)).toEqual(['initialize from an editor, 1 workspace folder', 'initialized']);
    expect(lines).toContain('the editor\'s settings received');
    expect(lines.filter((line) => !/^(the editor's settings|rebuild asked for|initiali)/.test(line))).toEqual([
        'workspace read: 1 plan',
        ...['Parsed', 'IndexedContent', 'ComputedScopes', 'Linked', 'IndexedReferences', 'Validated'].map((phase) => `${phase}: 2 documents`),
        'Split language server: 1 plan checked T ms after starting',
    ]);
    // A message still on screen when the editor closes must not take the server down with it.
    expect(await own.stop()).toBe(0);
});

it('rechecks nothing when the editor sends settings that change nothing (a busy first start got one each time)', async () => {
    const Split = await lspServices();
    // A plan on disk, which a recheck reads again.
    const plan = join(mkdtempSync(join(tmpdir(), 'split-settings-')), 'plan.split');
    writeFileSync(plan, 'monday "Legs"\n  Squat 4x8\ntuesday "Legs"\n  Leg Press 4x10\n');
    const document = await openDocument(Split, readFileSync(plan, 'utf8'), URI.file(plan));
    const updates: number[] = [];
    Split.shared.workspace.DocumentBuilder.onUpdate((changed) => void updates.push(changed.length));
    const send = (split: unknown) => Split.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { split } });
    // A recheck is queued behind the workspace's lock: reading through it waits for it.
    const settled = () => Split.shared.workspace.WorkspaceLock.read(() => undefined);
    // What VS Code sends at every start when nothing is set: the defaults, filled in.
    send({ rules: {}, recovery: {}, volume: {}, cardio: {}, heartRate: {}, defaultTime: '18:00', inlayHints: { enabled: true } });
    send({ defaultTime: '18:00' });
    send({ inlayHints: { enabled: false }, trace: { server: 'verbose' } });
    await settled();
    expect(updates).toEqual([]);
    send({ rules: { 'recovery-window': 'off' } });
    await settled();
    send({ rules: { 'recovery-window': 'off' } });
    send({ recovery: {}, rules: { 'recovery-window': 'off' } });
    await settled();
    expect(updates).toEqual([1]);
    await Split.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, document.uri);
    send({});
    await settled();
    expect(updates).toEqual([1, 1]);
});
