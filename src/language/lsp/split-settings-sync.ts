import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/settings-provider.js';
import { isBuiltin } from '../library/builtin-library.js';
import { splitConfigSchema } from '../config/settings.js';
import type { SplitLspServices } from '../split-lsp-module.js';

/**
 * Keeps the server's settings in step with the editor (SPEC §5): the `split.*` settings when they change, any
 * `.splitrc.json` when it changes on disk; either revalidates every plan. Configuration problems are shown once.
 */
export class SplitSettingsSync {
    private readonly shown = new Set<string>();

    constructor(private readonly services: SplitLspServices) {}

    start(): void {
        const shared = this.services.shared;
        const configuration = shared.workspace.ConfigurationProvider;
        configuration.onConfigurationSectionUpdate(({ section, configuration: values }) => {
            if (section === this.services.LanguageMetaData.languageId) this.applyEditorSettings(values);
        });
        void configuration.ready.then(async () => {
            const keys = Object.keys(splitConfigSchema.def.shape).filter((key) => key !== '$schema');
            const values = Object.fromEntries(await Promise.all(keys.map(async (key) =>
                [key, await configuration.getConfiguration(this.services.LanguageMetaData.languageId, key)] as const)));
            const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
            if (Object.keys(given).length > 0) this.applyEditorSettings(given);
        });
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange((params) => {
            if (!params.changes.some((change) => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return;
            this.services.config.Settings.invalidate();
            this.shown.clear();
            void this.revalidateAll(shared);
        });
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, (documents) => {
            for (const document of documents) this.show(this.services.config.Settings.settingsFor(document.uri).problems.map((problem) => problem.message));
        });
    }

    private applyEditorSettings(values: unknown): void {
        const { problems, changed } = this.services.config.Settings.setEditorSettings(
            typeof values === 'object' && values !== null ? values as Record<string, unknown> : undefined);
        this.show(problems.map((problem) => problem.message));
        // A rebuild cancels the one under way: one for every unchanged copy of the settings kept a busy first start
        // from ever finishing its first check (issue 11).
        if (changed) void this.revalidateAll(this.services.shared);
    }

    private async revalidateAll(shared: LangiumSharedServices): Promise<void> {
        // The built-in library has no file to re-read and no settings of its own.
        const uris = shared.workspace.LangiumDocuments.all.map((document) => document.uri).filter((uri) => !isBuiltin(uri)).toArray();
        await shared.workspace.WorkspaceLock.write((token) => shared.workspace.DocumentBuilder.update(uris, [], token));
    }

    private show(messages: readonly string[]): void {
        const connection: Connection | undefined = this.services.shared.lsp.Connection;
        for (const message of messages) {
            if (this.shown.has(message)) continue;
            this.shown.add(message);
            // A notification, not window/showMessageRequest, which stays pending until the user dismisses it and rejects
            // when the editor closes first. An editor already gone has nobody to tell.
            connection?.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Split: ${message}` }).catch(() => undefined);
        }
    }
}
