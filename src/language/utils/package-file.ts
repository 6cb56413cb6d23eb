import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A file shipped with Split (docs/rules.md, media/preview.css), found from the running code: the bundles live in
 * out/<part>/, the sources in src/…, so look up from here. Undefined when it is not there.
 */
export function packageFile(relative: string): string | undefined {
    let folder = typeof __dirname === 'string' ? __dirname : import.meta.dirname;
    for (let depth = 0; depth < 6 && folder; depth++, folder = dirname(folder)) {
        const candidate = join(folder, relative);
        if (existsSync(candidate)) return candidate;
    }
    return undefined;
}
