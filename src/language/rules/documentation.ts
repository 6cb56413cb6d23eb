import { pathToFileURL } from 'node:url';
import { packageFile } from '../package-file.js';
import type { RuleCode } from './catalog.js';

/**
 * Where each rule is explained: docs/rules.md shipped with the extension and the package, linked from every
 * diagnostic (LSP `codeDescription`, SARIF `helpUri`). A local file, so the link works offline.
 */
export function ruleDocumentationUrl(code: RuleCode): string | undefined {
    located ??= packageFile('docs/rules.md') ?? null;
    return located === null ? undefined : `${pathToFileURL(located).href}#${code}`;
}

let located: string | null | undefined;
