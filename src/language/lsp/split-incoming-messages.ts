import { delayNextTick, type Cancellation } from 'langium';
import { LSPErrorCodes, Message, type ConnectionOptions } from 'vscode-languageserver';
import { EDITOR_LIMITS } from '../facts/defaults.js';

/**
 * The editor's messages as the connection hands them to the server: one per turn of the event loop, after the ones
 * received before. While the server parses a big plan, keystrokes pile up there; a build that waits until they are
 * handed over is superseded by the newest edit before it parses, instead of every queued keystroke parsing the plan in
 * its turn and every request waiting behind them all.
 */
export class IncomingMessages {
    private handedOver = 0;

    /** What the server's connection is created with (main.ts). */
    readonly connectionOptions: ConnectionOptions = {
        messageStrategy: {
            handleMessage: (message, next) => {
                this.handedOver++;
                return next(message);
            },
        },
        connectionStrategy: {
            // A request the editor cancels before its turn is answered as cancelled at once, never run.
            cancelUndispatched: (message) => ({
                jsonrpc: '2.0',
                id: Message.isRequest(message) ? message.id : null,
                error: { code: LSPErrorCodes.RequestCancelled, message: 'The request has been cancelled.' },
            }),
        },
    };

    /**
     * Resolves after a turn of the event loop in which no message was handed over (or once the token is cancelled,
     * or after EDITOR_LIMITS.settleMilliseconds, so that an editor that never stops sending cannot hold a build off).
     */
    async settled(cancelToken: Cancellation.CancellationToken): Promise<void> {
        const start = performance.now();
        let seen: number;
        do {
            seen = this.handedOver;
            await delayNextTick();
        } while (seen !== this.handedOver && !cancelToken.isCancellationRequested
            && performance.now() - start < EDITOR_LIMITS.settleMilliseconds);
    }
}
