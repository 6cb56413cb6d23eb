import { Cancellation, DocumentState, isOperationCancelled, URI } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { buildPreviewModel, type PreviewModel } from '../../render/preview/preview-model.js';
import type { SplitLspServices } from '../split-lsp-module.js';
import { invalidPreviewParams, PREVIEW_REQUEST, previewParamsSchema } from './split-preview-protocol.js';

/**
 * Answers `split/preview` from the week model of the validated document, so the preview shows what the rules saw;
 * the webview only renders. The answer carries the document's version, so the editor can drop stale ones.
 */
export class SplitPreviewProvider {
    constructor(private readonly services: SplitLspServices) {}

    register(connection: Connection): void {
        connection.onRequest(PREVIEW_REQUEST, async (params: unknown, cancelToken: Cancellation.CancellationToken) => {
            const parsed = previewParamsSchema.safeParse(params);
            if (!parsed.success) throw new ResponseError(ErrorCodes.InvalidParams, invalidPreviewParams(params));
            try {
                return await this.preview(parsed.data.uri, cancelToken);
            } catch (error) {
                if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
                throw error;
            }
        });
    }

    /** The preview once the document is validated, as Langium's own requests wait for the state they need. */
    async preview(uriText: string, cancelToken = Cancellation.CancellationToken.None): Promise<PreviewModel | null> {
        const uri = URI.parse(uriText);
        const { workspace } = this.services.shared;
        await workspace.WorkspaceManager.ready;
        // A plan opened a moment ago joins the workspace with the update its opening queued: the lock's next read
        // comes after it.
        if (!workspace.LangiumDocuments.hasDocument(uri) && workspace.TextDocuments?.get(uriText)) await workspace.WorkspaceLock.read(() => undefined);
        if (!workspace.LangiumDocuments.hasDocument(uri)) return null;
        await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, cancelToken);
        const document = workspace.LangiumDocuments.getDocument(uri);
        if (!document) return null;
        const { week, settings } = this.services.model.WeekModels.get(document);
        const version = workspace.TextDocuments?.get(uriText)?.version;
        return buildPreviewModel(week, settings, document.diagnostics ?? [], uriText, version);
    }
}
