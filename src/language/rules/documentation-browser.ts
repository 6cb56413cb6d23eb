import type { RuleCode } from '../facts/rule-catalog.js';

/** docs/rules.md on the project's repository (scripts/bundle.mjs, from package.json). */
declare const SPLIT_RULES_PAGE: string;

/**
 * documentation.ts in the browser bundle (scripts/bundle.mjs): VS Code for the web opens no local file, so each rule
 * links to its section of docs/rules.md on the repository.
 */
export function ruleDocumentationUrl(code: RuleCode): string | undefined {
    return `${SPLIT_RULES_PAGE}#${code}`;
}
