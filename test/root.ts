import { fileURLToPath } from 'node:url';

/** The project's folder, wherever a test file sits below test/. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
