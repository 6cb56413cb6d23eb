import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { FILE_LIMITS } from '../../src/language/facts/defaults.js';
import { makeFifo, tempFolder } from '../cli-process.js';
import { LspClient } from './lsp-client.js';

// What the language server reads (issue 11), over stdio: devices, FIFOs and its own standard input are refused at
// once with a clear error, its memory stays small, and a workspace file it cannot read costs one error, not the
// workspace.

const PLAN = 'monday "Legs"\n  Squat 4x8\n';
const clients: LspClient[] = [];
afterAll(async () => {
    await Promise.all(clients.map((client) => client.stop()));
});

async function start(folder?: string): Promise<LspClient> {
    const client = await LspClient.start(folder ? pathToFileURL(folder).toString() : null);
    clients.push(client);
    return client;
}

/** The server's resident memory, where the system tells it. */
function residentMegabytes(pid: number): number | undefined {
    try {
        return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
    } catch {
        return undefined;
    }
}

const importErrors = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'unresolved-import').map((diagnostic) => diagnostic.message);

it('imports of /dev/zero, /dev/urandom, its own standard input and a FIFO: refused at once, in little memory', async (ctx) => {
    const folder = tempFolder();
    makeFifo(join(folder, 'pipe.split'), ctx);
    const client = await start();
    const uri = pathToFileURL(join(folder, 'plan.split')).toString();
    const started = performance.now();
    const diagnostics = await client.open(uri, `import "/dev/zero"\nimport "/dev/urandom"\nimport "/dev/stdin"\nimport "pipe.split"\n${PLAN}`);
    const milliseconds = performance.now() - started;
    expect(importErrors(diagnostics)).toEqual([
        '"/dev/zero" (/dev/zero) is not a regular file but a device: Split reads plans from regular files only',
        '"/dev/urandom" (/dev/urandom) is not a regular file but a device: Split reads plans from regular files only',
        // The server's standard input is the editor's pipe to it: read, it would have eaten the editor's messages.
        expect.stringMatching(/^"\/dev\/stdin" \(\/dev\/stdin\) is not a regular file but a (named pipe|device or socket)/),
        `"pipe.split" (${join(folder, 'pipe.split')}) is not a regular file but a named pipe: Split reads plans from regular files only`,
    ]);
    expect(milliseconds).toBeLessThan(5_000);
    const memory = residentMegabytes(client.pid);
    console.log(`imports of devices and a FIFO answered in ${milliseconds.toFixed(0)} ms; server RSS ${memory?.toFixed(0) ?? '?'} MB`);
    if (memory !== undefined) expect(memory).toBeLessThan(400);
    // Still answering.
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } })).not.toBeNull();
});

it('a .splitrc.json that is a FIFO, or a link to /dev/zero: one warning each, the plan checked with the defaults', async (ctx) => {
    const folder = tempFolder({ 'zero/plan.split': PLAN, 'pipe/plan.split': PLAN });
    symlinkSync('/dev/zero', join(folder, 'zero', '.splitrc.json'));
    makeFifo(join(folder, 'pipe', '.splitrc.json'), ctx);
    const client = await start();
    for (const [name, what] of [['zero', 'a device'], ['pipe', 'a named pipe']]) {
        const shown = client.nextMessage();
        const diagnostics = await client.open(pathToFileURL(join(folder, name, 'plan.split')).toString(), PLAN);
        expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('muscle-frequency');
        expect((await shown).message).toBe(`Split: ${join(folder, name, '.splitrc.json')}: is not a regular file but ${what}; using the defaults`);
    }
});

it('a workspace holding a plan over the limit: it starts, and that plan gets one error saying why', async () => {
    const big = `${'// a comment line of some length\n'.repeat(Math.ceil(FILE_LIMITS.planCharacters / 33) + 1)}${PLAN}`;
    const folder = tempFolder({ 'big.split': big, 'plan.split': PLAN, 'other.split': PLAN });
    const client = await start(folder);
    // The first edit validates the whole workspace: the big plan, read from disk, too.
    const bigPublished = client.diagnosticsOf(pathToFileURL(join(folder, 'big.split')).toString());
    const diagnostics = await client.open(pathToFileURL(join(folder, 'plan.split')).toString(), PLAN);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('muscle-frequency');
    const limit = FILE_LIMITS.planCharacters.toLocaleString('en');
    const refusal = `This file is larger than ${limit} characters (${big.length.toLocaleString('en')} bytes): split it into several files`;
    expect((await bigPublished).diagnostics.map((diagnostic) => diagnostic.message)).toEqual([refusal]);

    // A file of the workspace that grows over the limit on disk.
    const other = pathToFileURL(join(folder, 'other.split')).toString();
    expect((await client.diagnosticsOf(other)).diagnostics.map((diagnostic) => diagnostic.code)).toContain('muscle-frequency');
    writeFileSync(join(folder, 'other.split'), big);
    const otherPublished = client.nextDiagnostics(other);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: other, type: 2 }] });
    expect((await otherPublished).diagnostics.map((diagnostic) => diagnostic.message)).toEqual([refusal]);
});
