import {
    Cancellation, DocumentState, OperationCancelled,
    type BuildOptions, type LangiumDocument, type MaybePromise, type LangiumSharedCoreServices, type URI,
} from 'langium';
import { SplitDocumentBuilder } from '../workspace/split-document-builder.js';
import type { IncomingMessages } from './split-incoming-messages.js';

/** The last state a request waits for (hover, completion, outline, code actions); validation comes after it. */
const ANSWERABLE = DocumentState.IndexedReferences;

/**
 * The document builder of the language server, paced for typing. Langium cancels a build whenever the next edit
 * arrives; on a plan that takes longer to parse than the gap between two keystrokes, no build would reach the state
 * requests wait for until the typing stops, and every hover and completion would wait with it. Here:
 * - a build first lets the editor's queued messages in, so that a newer edit among them supersedes it before it
 *   parses (IncomingMessages);
 * - a started build is not interrupted before its plans are linked, so each one answers the requests waiting for it;
 *   the newest edit still stops it before validation, whose diagnostics would be out of date;
 * - a request already cancelled when its turn comes is answered as cancelled, not run.
 */
export class SplitEditorDocumentBuilder extends SplitDocumentBuilder {
    /** Releases the running build's held cancellation: called once its plans are answerable. */
    private releaseCancellation?: () => void;

    constructor(services: LangiumSharedCoreServices, private readonly messages?: IncomingMessages) {
        super(services);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        await this.messages?.settled(cancelToken);
        if (cancelToken.isCancellationRequested) throw OperationCancelled;
        const held = new Cancellation.CancellationTokenSource();
        let answerable = false;
        const forward = cancelToken.onCancellationRequested(() => answerable && held.cancel());
        this.releaseCancellation = () => {
            answerable = true;
            if (cancelToken.isCancellationRequested) held.cancel();
        };
        try {
            await super.buildDocuments(documents, options, held.token);
        } finally {
            this.releaseCancellation = undefined;
            forward.dispose();
            held.dispose();
        }
    }

    protected override async runCancelable(documents: LangiumDocument[], targetState: DocumentState,
        cancelToken: Cancellation.CancellationToken, callback: (document: LangiumDocument) => MaybePromise<unknown>): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, callback);
        if (targetState === ANSWERABLE) this.releaseCancellation?.();
    }

    override waitUntil(state: DocumentState, cancelToken?: Cancellation.CancellationToken): Promise<void>;
    override waitUntil(state: DocumentState, uri?: URI, cancelToken?: Cancellation.CancellationToken): Promise<URI>;
    override waitUntil(state: DocumentState, uriOrToken?: URI | Cancellation.CancellationToken, cancelToken?: Cancellation.CancellationToken): Promise<URI | void> {
        const uri = uriOrToken && 'path' in uriOrToken ? uriOrToken : undefined;
        const token = uri ? cancelToken : uriOrToken as Cancellation.CancellationToken | undefined;
        if (token?.isCancellationRequested) return Promise.reject(OperationCancelled);
        return uri ? super.waitUntil(state, uri, token) : super.waitUntil(state, token);
    }
}
