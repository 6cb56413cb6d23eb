import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createSplitCoreServices } from '../../../src/language/split-module.js';
import { DEFAULT_SETTINGS, splitConfigSchema } from '../../../src/language/config/settings.js';
import { validate } from '../../../src/language/config/settings-provider.js';
import { RULE_CODES } from '../../../src/language/facts/rule-catalog.js';
import { SplitFileSystem } from '../../../src/language/workspace/split-file-system.js';

// SPEC §5: .splitrc.json found by walking up, validated with zod, reported with file, key and expectation.

function folderWith(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'split-config-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    return root;
}

function settingsProvider() {
    return createSplitCoreServices(SplitFileSystem).Split.config.Settings;
}

describe('validation messages name the file, the key and what was expected', () => {
    it.each([
        [{ rules: { 'weekly-volum': 'off' } }, 'rules.weekly-volum: unknown key; did you mean "weekly-volume"?'],
        [{ rules: { syntax: 'loud' } }, 'rules.syntax: expected one of "off", "hint", "information", "warning", "error", got "loud"'],
        [{ recovery: { minHours: { legs: 'x' } } }, 'recovery.minHours.legs: expected a number, got "x"'],
        [{ recovery: { minHours: { arms: 3 } } }, 'recovery.minHours.arms: unknown key (expected one of legs, back, chest, shoulders, biceps, triceps, core)'],
        [{ recovery: { minSets: 2.5 } }, 'recovery.minSets: expected a whole number, got 2.5'],
        [{ volume: { low: -1 } }, 'volume.low: expected a number of at least 0, got -1'],
        [{ cardio: 3 }, 'cardio: expected an object, got 3'],
        [{ heartRate: { formula: 'fox' } }, 'heartRate.formula: expected one of "tanaka", "220-age", got "fox"'],
        [{ defaultTime: '25:00' }, 'defaultTime: expected a time of day as HH:MM, got "25:00"'],
        [{ colour: 'red' }, 'colour: unknown key (expected one of $schema, rules, recovery, volume, cardio, heartRate, defaultTime)'],
    ])('%j', (config, message) => {
        const { problems, config: accepted } = validate(config, '/plans/.splitrc.json');
        expect(accepted).toBeUndefined();
        expect(problems.map((problem) => problem.message)).toEqual([`/plans/.splitrc.json: ${message}; using the defaults`]);
    });

    it('accepts the example of SPEC §5', () => {
        const example = {
            rules: { 'run-after-legs': 'information', 'weekly-volume': 'off' },
            recovery: { minHours: { legs: 72 }, minSets: 3 },
            volume: { low: 10, high: 20 },
            cardio: { warmupMinutes: 10, minHoursBeforeStrength: 6 },
            heartRate: { formula: 'tanaka' },
            defaultTime: '18:00',
        };
        expect(validate(example, 'x').problems).toEqual([]);
    });
});

describe('finding the file', () => {
    it('walks up from the plan and takes the nearest file; invalid JSON falls back to the defaults', () => {
        const root = folderWith({
            '.splitrc.json': JSON.stringify({ recovery: { minSets: 5 } }),
            'a/b/plan.split': '',
            'c/.splitrc.json': JSON.stringify({ recovery: { minSets: 7 } }),
            'c/d/plan.split': '',
            'e/.splitrc.json': '{ "rules": ',
            'e/plan.split': '',
        });
        const provider = settingsProvider();
        expect(provider.settingsFor(URI.file(join(root, 'a/b/plan.split'))).settings.recovery.minSets).toBe(5);
        expect(provider.settingsFor(URI.file(join(root, 'c/d/plan.split'))).settings.recovery.minSets).toBe(7);
        const broken = provider.settingsFor(URI.file(join(root, 'e/plan.split')));
        expect(broken.settings.recovery.minSets).toBe(3);
        expect(broken.problems[0].message).toMatch(/e\/\.splitrc\.json: not valid JSON .*; using the defaults$/);
    });

    it('the file wins over the editor settings, which win over the defaults', () => {
        const root = folderWith({ '.splitrc.json': JSON.stringify({ volume: { high: 25 } }), 'plan.split': '' });
        const provider = settingsProvider();
        expect(provider.setEditorSettings({ volume: { high: 30, low: 8 }, inlayHints: { enabled: false } }).problems).toEqual([]);
        const { settings } = provider.settingsFor(URI.file(join(root, 'plan.split')));
        expect(settings.volume).toEqual({ high: 25, low: 8 });
        expect(provider.settingsFor(URI.parse('memory:/x.split')).settings.volume).toEqual({ high: 30, low: 8 });
    });
});

describe('the command line', () => {
    it('reports an invalid file on stderr, checks with the defaults and exits 2', () => {
        const root = folderWith({
            '.splitrc.json': JSON.stringify({ rules: { 'recovery-window': 'loud' } }),
            'plan.split': 'monday "Legs"\n  Squat 4x8\ntuesday "Legs"\n  Leg Press 4x10\n',
        });
        const run = spawnSync(process.execPath, ['out/cli/split-plan.cjs', 'check', '--format', 'json', join(root, 'plan.split')], { encoding: 'utf8' });
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toEqual([
            `split-plan check: ${join(root, '.splitrc.json')}: rules.recovery-window: expected one of "off", "hint", "information", "warning", "error", got "loud"; using the defaults`,
        ]);
        const report = JSON.parse(run.stdout);
        expect(report.files[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`)).toContain('recovery-window:warning');
    });
});

describe('the editor sees the same schema', () => {
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
    const schema = JSON.parse(readFileSync('schemas/splitrc.schema.json', 'utf8'));

    it('package.json contributes every key of the zod schema as a split.* setting, and the JSON Schema for .splitrc.json', () => {
        const settings = Object.keys(packageJson.contributes.configuration.properties).filter((key) => !['split.inlayHints.enabled', 'split.trace.server'].includes(key));
        expect(settings.sort()).toEqual(Object.keys(splitConfigSchema.def.shape).filter((key) => key !== '$schema').map((key) => `split.${key}`).sort());
        expect(packageJson.contributes.jsonValidation).toEqual([{ fileMatch: '.splitrc.json', url: './schemas/splitrc.schema.json' }]);
        expect(packageJson.contributes.configuration.properties['split.rules']).toEqual({ ...schema.properties.rules, default: {}, scope: 'resource' });
    });

    it('what VS Code sends when the user has set nothing is valid, and means the defaults', () => {
        // VS Code fills a setting without a default with its type's empty value and sends the whole split section.
        const empty: Record<string, unknown> = { object: {}, string: '', boolean: false, number: 0, integer: 0, array: [] };
        const section: Record<string, unknown> = {};
        for (const [key, setting] of Object.entries<{ type: string; default?: unknown }>(packageJson.contributes.configuration.properties)) {
            const path = key.split('.').slice(1);
            const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, part) => (node[part] ??= {}) as Record<string, unknown>, section);
            parent[path.at(-1)!] = 'default' in setting ? setting.default : empty[setting.type];
        }
        const provider = settingsProvider();
        expect(provider.setEditorSettings(section).problems).toEqual([]);
        expect(provider.settingsFor(URI.parse('memory:/x.split')).settings).toEqual(DEFAULT_SETTINGS);
    });

    it('the JSON Schema names every rule code and forbids unknown keys', () => {
        expect(Object.keys(schema.properties.rules.properties)).toEqual(RULE_CODES);
        expect(schema.additionalProperties).toBe(false);
        expect(schema.properties.rules.additionalProperties).toBe(false);
    });
});
