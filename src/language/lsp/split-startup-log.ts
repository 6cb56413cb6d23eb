import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { isBuiltin } from '../library/builtin-library.js';
import { plural } from '../../words/words.js';

/** The build phases of a first check, in order, each logged once. */
const PHASES = [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked,
    DocumentState.IndexedReferences, DocumentState.Validated] as const;

/**
 * The server's start in the editor's log (VS Code: the "Split" output channel), a line per phase with the time since
 * the process started: initialize, initialized, the editor's settings, the workspace read, every rebuild asked for
 * before the first check ends (each cancels the one under way) and the first check's phases. A slow first start
 * then tells what it waited for; the VS Code suite prints these lines when it fails.
 */
export class SplitStartupLog {
    constructor(private readonly shared: LangiumSharedServices) {}

    start(connection: Connection): void {
        const log = (line: string) => connection.console.log(`[start ${Math.round(performance.now())} ms] ${line}`);
        const { LanguageServer } = this.shared.lsp;
        const { ConfigurationProvider, WorkspaceManager, DocumentBuilder, LangiumDocuments } = this.shared.workspace;
        LanguageServer.onInitialize(({ clientInfo, workspaceFolders }) => log(
            `initialize from ${clientInfo ? `${clientInfo.name} ${clientInfo.version ?? ''}`.trim() : 'an editor'}, ${plural(workspaceFolders?.length ?? 0, 'workspace folder')}`));
        LanguageServer.onInitialized(() => log('initialized'));
        void ConfigurationProvider.ready.then(() => log('the editor\'s settings received'));
        void WorkspaceManager.ready.then(() => log(`workspace read: ${plural(plans(LangiumDocuments.all.toArray()), 'plan')}`));
        const updates = DocumentBuilder.onUpdate((changed, deleted) => log(`rebuild asked for: ${changed.length} changed, ${deleted.length} deleted`));
        // Each phase is logged once, and the first check ends the log.
        const phases = PHASES.map((state) => {
            const phase = DocumentBuilder.onBuildPhase(state, (documents) => {
                phase.dispose();
                log(`${DocumentState[state]}: ${plural(documents.length, 'document')}`);
                if (state !== DocumentState.Validated) return;
                for (const listener of [updates, ...phases]) listener.dispose();
                connection.console.info(`Split language server: ${plural(plans(documents), 'plan')} checked ${Math.round(performance.now())} ms after starting`);
            });
            return phase;
        });
    }
}

function plans(documents: readonly LangiumDocument[]): number {
    return documents.filter((document) => !isBuiltin(document.uri)).length;
}

