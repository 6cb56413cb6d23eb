import { pathToFileURL } from 'node:url';
import { RULE_CATALOG, RULE_CODES, isRuleCode, type Severity } from '../../language/facts/rule-catalog.js';
import { ruleDocumentationUrl } from '../../language/rules/documentation.js';
import { safeJson } from '../../words/escapes.js';
import { capitalize } from '../../words/words.js';
import type { CheckReport } from './check-report.js';

/** SARIF's levels for Split's severities: information and hints are notes. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * `check --format sarif`: SARIF 2.1.0, one rule per code and 1-based regions, so that code-scanning tools show
 * the diagnostics on pull requests. Paths are relative to the folder the check ran in (`%SRCROOT%`).
 */
export function sarifReport(report: CheckReport, version: string, root: string): string {
    return safeJson(JSON.stringify(toSarif(report, version, root), null, 2));
}

function toSarif(report: CheckReport, version: string, root: string): object {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'split-plan',
                    version,
                    rules: RULE_CODES.map((code) => ({
                        id: code,
                        name: code.split('-').map(capitalize).join(''),
                        shortDescription: { text: RULE_CATALOG[code].summary },
                        ...(ruleDocumentationUrl(code) ? { helpUri: ruleDocumentationUrl(code) } : {}),
                        defaultConfiguration: { level: LEVEL[RULE_CATALOG[code].severity] },
                    })),
                },
            },
            originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root.endsWith('/') ? root : `${root}/`).href } },
            results: report.files.flatMap((file) => file.diagnostics.map((diagnostic) => ({
                ruleId: diagnostic.code,
                ...(isRuleCode(diagnostic.code) ? { ruleIndex: RULE_CODES.indexOf(diagnostic.code) } : {}),
                level: LEVEL[diagnostic.severity],
                message: { text: diagnostic.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(file.path.replaceAll('\\', '/')), uriBaseId: '%SRCROOT%' },
                        region: {
                            startLine: diagnostic.range.start.line + 1,
                            startColumn: diagnostic.range.start.character + 1,
                            endLine: diagnostic.range.end.line + 1,
                            endColumn: diagnostic.range.end.character + 1,
                        },
                    },
                }],
            }))),
        }],
    };
}
