import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createSplitCoreServices, type SplitServices } from '../src/language/split-module.js';
import type { Plan } from '../src/language/generated/ast.js';
import type { WeekModel } from '../src/language/model/week-model.js';
import { severityName } from '../src/language/facts/rule-catalog.js';
import { SplitFileSystem } from '../src/language/workspace/split-file-system.js';

let services: Promise<SplitServices> | undefined;
let counter = 0;

/** One set of services for a test file, with the built-in library loaded. */
export function splitServices(): Promise<SplitServices> {
    services ??= (async () => {
        const { shared, Split } = createSplitCoreServices(SplitFileSystem);
        await shared.workspace.WorkspaceManager.initializeWorkspace([]);
        return Split;
    })();
    return services;
}

/** Parses, links and validates a plan given as text, as if it were the file at `path` (default: a fresh memory file). */
export async function check(text: string, path?: string): Promise<{ document: LangiumDocument<Plan>; diagnostics: Diagnostic[]; week: WeekModel }> {
    const Split = await splitServices();
    const uri = path ? URI.file(path) : URI.parse(`memory:/test-${++counter}.split`);
    const documents = Split.shared.workspace.LangiumDocuments;
    if (documents.hasDocument(uri)) await Split.shared.workspace.DocumentBuilder.update([], [uri]);
    const document = documents.createDocument(uri, text) as LangiumDocument<Plan>;
    await Split.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { document, diagnostics: document.diagnostics ?? [], week: Split.model.WeekModels.get(document).week };
}

/** Diagnostics as `line:code:severity` strings (1-based lines), for compact assertions. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}:${severityName(d.severity)}`);
}

/** A diagnostic's message as text (LSP allows markup; Split always sends text). */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
