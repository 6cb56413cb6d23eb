declare const SPLIT_VERSION: string | undefined;

/** package.json's version, written into the bundle by esbuild; "development" when run from the sources. */
export const VERSION = typeof SPLIT_VERSION === 'string' ? SPLIT_VERSION : 'development';
