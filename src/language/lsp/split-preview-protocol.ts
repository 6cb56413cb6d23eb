import * as z from 'zod/mini';

/**
 * `split/preview`: the editor asks for the preview of a plan; the server answers with the view model it computed
 * from the week model (src/render/preview-schema.ts), or null when it has no such document. Shared by the server
 * and the extension, which validate what crosses the wire with these schemas.
 */
export const PREVIEW_REQUEST = 'split/preview';

/** A document's URI as editors send it: one that URL parses, without half of a character pair (no URI can hold it). */
export const documentUri = z.string().check(z.refine((value) => value.isWellFormed() && URL.canParse(value)));

export const previewParamsSchema = z.strictObject({ uri: documentUri });
export type PreviewParams = z.infer<typeof previewParamsSchema>;

/** Why parameters that {@link previewParamsSchema} refused are wrong, in words. */
export function invalidPreviewParams(params: unknown): string {
    const uri = (params as { uri?: unknown } | null)?.uri;
    return typeof uri === 'string'
        ? `split/preview: "${uri.toWellFormed()}" is not a URI; send the URI of an open plan, such as file:///home/me/week.split`
        : 'split/preview takes { "uri": "…" }, the URI of an open plan, such as file:///home/me/week.split';
}
