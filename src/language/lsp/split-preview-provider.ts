import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { buildPreviewModel, type PreviewModel } from '../../render/preview-model.js';
import type { SplitLspServices } from '../split-lsp-module.js';
import { PREVIEW_REQUEST, previewParamsSchema } from './split-preview-protocol.js';

/**
 * Answers `split/preview` from the week model of the validated document, so the preview shows what the rules saw;
 * the webview only renders. The answer carries the document's version, so the editor can drop stale ones.
 */
export class SplitPreviewProvider {
    constructor(private readonly services: SplitLspServices) {}

    register(connection: Connection): void {
        connection.onRequest(PREVIEW_REQUEST, async (params: unknown) => {
            const parsed = previewParamsSchema.safeParse(params);
            return parsed.success ? this.preview(parsed.data.uri) : null;
        });
    }

    async preview(uriText: string): Promise<PreviewModel | null> {
        const uri = URI.parse(uriText);
        const { workspace } = this.services.shared;
        if (!workspace.LangiumDocuments.hasDocument(uri)) return null;
        await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        const document = workspace.LangiumDocuments.getDocument(uri);
        if (!document) return null;
        const { week, settings } = this.services.model.WeekModels.get(document);
        const version = workspace.TextDocuments?.get(uriText)?.version;
        return buildPreviewModel(week, settings, document.diagnostics ?? [], uriText, version);
    }
}
