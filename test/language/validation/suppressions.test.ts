import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { check, summarize } from '../../helpers.js';
import { plan } from '../rules/rule-test-helpers.js';

describe('split-disable comments (SPEC §4.4)', () => {
    /** Tuesday (line 5): recovery-window (legs 24 h after Monday) and muscle-frequency (back only on Tuesday).
     *  Friday (line 10): recovery-window (biceps 23 h after Thursday). */
    function week(comment: string): string {
        return plan(
            'plan "Suppress"',
            'monday at 18:00',
            '  Squat 3x5',
            comment,
            'tuesday at 18:00',
            '  Squat 3x5',
            '  Barbell Row 3x10',
            'thursday at 18:00',
            '  Barbell Curl 3x10',
            'friday at 17:00',
            '  Barbell Curl 3x10',
        );
    }

    function on(diagnostics: readonly Diagnostic[], codes: string[]): string[] {
        return summarize(diagnostics.filter((diagnostic) => codes.includes(String(diagnostic.code)))).sort();
    }

    it('without a comment: both codes on Tuesday\'s header, recovery-window on Friday\'s', async () => {
        const { diagnostics } = await check(week('// nothing disabled'));
        expect(on(diagnostics, ['recovery-window', 'muscle-frequency'])).toEqual(
            ['5:muscle-frequency:information', '5:recovery-window:warning', '10:recovery-window:warning'].sort());
    });

    it('split-disable-next-line silences that code on the next line only, and no other code there', async () => {
        const { diagnostics } = await check(week('// split-disable-next-line recovery-window'));
        expect(on(diagnostics, ['recovery-window', 'muscle-frequency'])).toEqual(
            ['5:muscle-frequency:information', '10:recovery-window:warning'].sort());
    });

    it('split-disable-next-line takes a list of codes', async () => {
        const { diagnostics } = await check(week('// split-disable-next-line recovery-window, muscle-frequency'));
        expect(on(diagnostics, ['recovery-window', 'muscle-frequency'])).toEqual(['10:recovery-window:warning']);
    });

    it('split-disable-next-line naming another code silences nothing here', async () => {
        const { diagnostics } = await check(week('// split-disable-next-line no-rest-day'));
        expect(on(diagnostics, ['recovery-window', 'muscle-frequency'])).toEqual(
            ['5:muscle-frequency:information', '5:recovery-window:warning', '10:recovery-window:warning'].sort());
    });

    const sevenDays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
        .flatMap((day) => [day, '  Bench Press 3x8']);
    const fileCodes = ['no-rest-day', 'weekly-volume', 'recovery-window'];

    it('the plan without a file-level comment: no-rest-day and weekly-volume on the plan line', async () => {
        const { diagnostics } = await check(plan('// every day', 'plan "Daily"', ...sevenDays));
        const found = on(diagnostics, fileCodes);
        expect(found).toContain('2:no-rest-day:warning');
        expect(found).toContain('2:weekly-volume:information');
        expect(found.filter((entry) => entry.includes('recovery-window')).length).toBeGreaterThan(0);
    });

    it('split-disable before the first statement silences those codes in the whole file, and only those', async () => {
        const { diagnostics } = await check(plan('// split-disable no-rest-day, weekly-volume', 'plan "Daily"', ...sevenDays));
        const found = on(diagnostics, fileCodes);
        expect(found.filter((entry) => !entry.includes('recovery-window'))).toEqual([]);
        // Chest every 24 h: recovery-window is not silenced.
        expect(found.filter((entry) => entry.includes('recovery-window')).length).toBe(7);
    });

    it('the same comment after the first statement does nothing', async () => {
        const { diagnostics } = await check(plan('plan "Daily"', '// split-disable no-rest-day, weekly-volume', ...sevenDays));
        const found = on(diagnostics, ['no-rest-day', 'weekly-volume']);
        expect(found).toEqual(['1:no-rest-day:warning', '1:weekly-volume:information']);
    });
});
