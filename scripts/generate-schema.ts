import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as z from 'zod/mini';
import { splitConfigSchema } from '../src/language/config/settings.js';
import { DEFAULTS } from '../src/language/facts/defaults.js';

/**
 * The JSON Schema of `.splitrc.json`, generated from the zod schema the language server and the command line
 * validate with, so that the editor's completion and validation of the file can never disagree with them.
 * The same properties become the `split.*` settings in package.json.
 */
const schema = withNamedKeys(z.toJSONSchema(splitConfigSchema, { target: 'draft-7', io: 'input' })) as {
    properties: Record<string, object>;
};
const fileSchema = {
    ...schema,
    title: 'Split configuration (.splitrc.json)',
    description: 'Rule severities and thresholds for Split training plans (SPEC §5).',
};
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/splitrc.schema.json', JSON.stringify(fileSchema, null, 2) + '\n');

const editorOnly = {
    'split.inlayHints.enabled': {
        type: 'boolean',
        default: true,
        description: 'Show, after each session header, the hours since the regions it trains were last trained.',
    },
    'split.trace.server': {
        type: 'string',
        enum: ['off', 'messages', 'verbose'],
        default: 'off',
        description: 'Traces the communication between VS Code and the Split language server.',
    },
};
/**
 * VS Code gives a setting without a default its type's empty value ("" for a string) and sends it with the others, so
 * every setting names a default that validates: an empty object, or for a plain value the default of SPEC §5.
 */
const settingDefaults: Record<string, unknown> = { defaultTime: DEFAULTS.defaultTime };
const properties: Record<string, object> = {};
for (const [key, value] of Object.entries(schema.properties)) {
    if (key === '$schema') continue;
    const fallback = (value as { type?: string }).type === 'object' ? {} : settingDefaults[key];
    if (fallback === undefined) throw new Error(`split.${key} needs a default in scripts/generate-schema.ts`);
    properties[`split.${key}`] = { ...value, default: fallback, scope: 'resource' };
}
Object.assign(properties, editorOnly);

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const configuration = {
    title: 'Split',
    properties,
};
if (JSON.stringify(packageJson.contributes.configuration) !== JSON.stringify(configuration)) {
    packageJson.contributes.configuration = configuration;
    writeFileSync('package.json', JSON.stringify(packageJson, null, 2) + '\n');
    console.log('package.json: split.* settings updated from the configuration schema');
}

/**
 * Records keyed by an enum (rule codes, regions) as objects with one property per key: editors complete
 * properties, not `propertyNames`.
 */
function withNamedKeys(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(withNamedKeys);
    if (typeof node !== 'object' || node === null) return node;
    const entries = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withNamedKeys(value)]));
    const keys = (entries.propertyNames as { enum?: string[] } | undefined)?.enum;
    if (!keys || typeof entries.additionalProperties !== 'object') return entries;
    const { propertyNames: _names, additionalProperties: value, ...rest } = entries;
    return { ...rest, properties: Object.fromEntries(keys.map((key) => [key, value])), additionalProperties: false };
}
