import * as z from 'zod/mini';

/**
 * `split/preview`: the editor asks for the preview of a plan; the server answers with the view model it computed
 * from the week model (src/render/preview-schema.ts), or null when it has no such document. Shared by the server
 * and the extension, which validate what crosses the wire with these schemas.
 */
export const PREVIEW_REQUEST = 'split/preview';

export const previewParamsSchema = z.strictObject({ uri: z.string() });
export type PreviewParams = z.infer<typeof previewParamsSchema>;
