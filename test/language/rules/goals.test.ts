import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { check, summarize } from '../../helpers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderWithConfig, plan, only, run, runWithConfig } from './rule-test-helpers.js';

describe('goals (SPEC §4.3)', () => {
    /** Line 2 goal; line 4 cardio before strength; line 6 run right after legs; legs once, back never; low quads. */
    function mixed(goal: string): string {
        return plan(
            'plan "Mixed"',
            goal ? `goal ${goal}` : '// no goal',
            'monday "Legs"',
            '  Run 20min moderate',
            '  Squat 3x5',
            '  Run 20min moderate',
            'tuesday',
            '  Bench Press 21x8',
        );
    }

    const expectedDefaults = [
        '4:cardio-before-strength:warning',
        '6:run-after-legs:warning',
        '3:muscle-frequency:information',
        '1:muscle-frequency:warning',
        '1:weekly-volume:information',
        '1:weekly-volume:hint',
    ];

    function relevant(diagnostics: readonly Diagnostic[]): string[] {
        const codes = ['cardio-before-strength', 'run-after-legs', 'muscle-frequency', 'weekly-volume'];
        return summarize(diagnostics.filter((diagnostic) => codes.includes(String(diagnostic.code)))).sort();
    }

    it.each(['', 'hypertrophy', 'strength'])('goal "%s" keeps the default severities', async (goal) => {
        const { diagnostics } = await check(mixed(goal));
        expect(relevant(diagnostics)).toEqual([...expectedDefaults].sort());
    });

    it('general turns weekly-volume hints off and keeps its information', async () => {
        const { diagnostics } = await check(mixed('general'));
        expect(relevant(diagnostics)).toEqual(expectedDefaults.filter((entry) => entry !== '1:weekly-volume:hint').sort());
    });

    it('endurance: run-after-legs and cardio-before-strength become information; muscle-frequency and weekly-volume off', async () => {
        const { diagnostics } = await check(mixed('endurance'));
        expect(relevant(diagnostics)).toEqual(['4:cardio-before-strength:information', '6:run-after-legs:information'].sort());
    });

    it('goal keywords are case-insensitive', async () => {
        const { diagnostics } = await check(mixed('Endurance'));
        expect(relevant(diagnostics)).toEqual(['4:cardio-before-strength:information', '6:run-after-legs:information'].sort());
    });

    it('goals leave the other rules alone (endurance keeps recovery-window a warning)', async () => {
        const found = await run('recovery-window', plan(
            'goal endurance',
            'monday at 18:00',
            '  Squat 3x5',
            'tuesday at 18:00',
            '  Squat 3x5',
        ));
        expect(found.summary).toEqual(['4:recovery-window:warning']);
    });

    it('a severity configured in .splitrc.json wins over the goal', async () => {
        const found = await runWithConfig('run-after-legs', { rules: { 'run-after-legs': 'error' } }, mixed('endurance'));
        expect(found.summary).toEqual(['6:run-after-legs:error']);
    });

    it('a configured severity wins over the goal even where the goal would turn the rule off', async () => {
        const found = await runWithConfig('muscle-frequency', { rules: { 'muscle-frequency': 'warning' } }, mixed('endurance'));
        expect(found.summary.sort()).toEqual(['1:muscle-frequency:warning', '3:muscle-frequency:warning']);
    });

    it('a configured severity applies without a goal too', async () => {
        const found = await runWithConfig('cardio-before-strength', { rules: { 'cardio-before-strength': 'hint' } }, mixed(''));
        expect(found.summary).toEqual(['4:cardio-before-strength:hint']);
    });

    it('"off" in .splitrc.json removes the diagnostic, and only that one', async () => {
        const path = join(folderWithConfig({ rules: { 'run-after-legs': 'off' } }), 'plan.split');
        const text = mixed('');
        writeFileSync(path, text);
        const { diagnostics } = await check(text, path);
        expect(only(diagnostics, 'run-after-legs').summary).toEqual([]);
        expect(only(diagnostics, 'cardio-before-strength').summary).toEqual(['4:cardio-before-strength:warning']);
    });
});
