import * as z from 'zod/mini';
import { firstIssue, position, text } from './preview-schema.js';

/**
 * What the preview's page posts to the extension (webview → extension): `ready` once it listens, `reveal` to show a
 * line of the plan it previews (`uri`: that plan). Anything else is refused: the page renders text from the plan.
 * A file of its own, so that the page's bundle (which needs only the type) does not carry the schema.
 */
export const webviewMessageSchema = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('ready') }),
    z.strictObject({ type: z.literal('reveal'), line: position, character: position, uri: z.optional(text) }),
]);

export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

/** A message from the page checked: the message, or why it was refused. */
export function parseWebviewMessage(data: unknown): { ok: true; message: WebviewMessage } | { ok: false; error: string } {
    const result = webviewMessageSchema.safeParse(data);
    return result.success ? { ok: true, message: result.data } : { ok: false, error: firstIssue(result.error) };
}
