import { pathToFileURL } from 'node:url';
import { packageFile } from '../utils/package-file.js';
import type { RuleCode } from '../facts/rule-catalog.js';

/**
 * Where each rule is explained: docs/rules.md shipped with the extension and the package, linked from every
 * diagnostic (LSP `codeDescription`, SARIF `helpUri`). A local file, so the link works offline.
 */
export function ruleDocumentationUrl(code: RuleCode): string | undefined {
    // Found once: every diagnostic of every check asks.
    documentUrl ??= located(packageFile('docs/rules.md'));
    return documentUrl === null ? undefined : `${documentUrl}#${code}`;
}

let documentUrl: string | null | undefined;

function located(path: string | undefined): string | null {
    return path === undefined ? null : pathToFileURL(path).href;
}
