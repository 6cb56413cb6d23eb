import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleCode } from './catalog.js';

/**
 * Where each rule is explained: docs/rules.md shipped with the extension and the package, linked from every
 * diagnostic (LSP `codeDescription`, SARIF `helpUri`). A local file, so the link works offline.
 */
export function ruleDocumentationUrl(code: RuleCode): string | undefined {
    const file = rulesDocument();
    return file && `${file}#${code}`;
}

let located: string | null | undefined;

function rulesDocument(): string | undefined {
    if (located === undefined) {
        // The bundles live in out/<part>/, the sources in src/language/rules/: look up from here.
        let folder = typeof __dirname === 'string' ? __dirname : import.meta.dirname;
        located = null;
        for (let depth = 0; depth < 6 && folder; depth++, folder = dirname(folder)) {
            const candidate = join(folder, 'docs', 'rules.md');
            if (existsSync(candidate)) {
                located = pathToFileURL(candidate).href;
                break;
            }
        }
    }
    return located ?? undefined;
}
