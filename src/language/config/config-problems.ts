import type * as z from 'zod/mini';
import { suggestNames } from '../references/names.js';

/**
 * zod's issues in words: the key at fault and what was expected (SPEC §5), one problem per unknown key. zod's mini
 * build carries no messages.
 */
export function describeIssue(issue: z.core.$ZodIssue, knownKeys: (path: PropertyKey[]) => string[]): string[] {
    if (issue.code !== 'unrecognized_keys') return [describeOne(issue)];
    return issue.keys.map((name) => {
        const suggestion = suggestNames(name, knownKeys(issue.path), 1)[0];
        const at = [...issue.path, name].join('.');
        return `${at}: unknown key${suggestion ? `; did you mean "${suggestion}"?` : ` (expected one of ${knownKeys(issue.path).join(', ')})`}`;
    });
}

function describeOne(issue: Exclude<z.core.$ZodIssue, { code: 'unrecognized_keys' }>): string {
    const key = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    switch (issue.code) {
        case 'invalid_key':
            return `${key}: unknown key "${String(issue.path.at(-1) ?? '')}"`;
        case 'invalid_type':
            return `${key}: expected ${article(issue.expected)}, got ${describeInput(issue.input)}`;
        case 'invalid_value':
            return `${key}: expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeInput(issue.input)}`;
        case 'too_small':
            return `${key}: expected ${issue.origin === 'number' ? 'a number' : 'a value'} of at least ${String(issue.minimum)}, got ${describeInput(issue.input)}`;
        case 'too_big':
            return `${key}: expected ${issue.origin === 'number' ? 'a number' : 'a value'} of at most ${String(issue.maximum)}, got ${describeInput(issue.input)}`;
        case 'invalid_format':
            return `${key}: expected a time of day as HH:MM, got ${describeInput(issue.input)}`;
        default:
            return `${key}: invalid value ${describeInput(issue.input)}`;
    }
}

function article(type: string): string {
    if (type === 'int') return 'a whole number';
    if (type === 'object') return 'an object';
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeInput(input: unknown): string {
    if (input === undefined) return 'nothing';
    if (input === null) return 'null';
    if (Array.isArray(input)) return 'a list';
    if (typeof input === 'object') return 'an object';
    return JSON.stringify(input);
}
