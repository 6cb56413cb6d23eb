import { describe, expect, it } from 'vitest';
import { decideSeverity } from '../../../src/language/validation/severity.js';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/language/config/settings.js';

const configured = (rules: Settings['rules']): Settings => ({ ...DEFAULT_SETTINGS, rules });

describe('decideSeverity: the one decision of a diagnostic\'s severity', () => {
    it('keeps what the check found when neither goal nor configuration changes it', () => {
        expect(decideSeverity({ code: 'recovery-window', found: 'warning', goal: 'hypertrophy', settings: DEFAULT_SETTINGS, suppressed: false })).toBe('warning');
    });

    it('applies the goal (SPEC §4.3), limited to the severity a change names', () => {
        expect(decideSeverity({ code: 'run-after-legs', found: 'warning', goal: 'endurance', settings: DEFAULT_SETTINGS, suppressed: false })).toBe('information');
        expect(decideSeverity({ code: 'weekly-volume', found: 'hint', goal: 'general', settings: DEFAULT_SETTINGS, suppressed: false })).toBe('off');
        expect(decideSeverity({ code: 'weekly-volume', found: 'information', goal: 'general', settings: DEFAULT_SETTINGS, suppressed: false })).toBe('information');
    });

    it('lets a configured severity replace the goal\'s (SPEC §5)', () => {
        expect(decideSeverity({ code: 'run-after-legs', found: 'warning', goal: 'endurance', settings: configured({ 'run-after-legs': 'error' }), suppressed: false })).toBe('error');
        expect(decideSeverity({ code: 'syntax', found: 'error', goal: 'hypertrophy', settings: configured({ syntax: 'off' }), suppressed: false })).toBe('off');
    });

    it('silences a suppressed diagnostic whatever is configured (SPEC §4.4)', () => {
        expect(decideSeverity({ code: 'no-rest-day', found: 'warning', goal: 'hypertrophy', settings: configured({ 'no-rest-day': 'error' }), suppressed: true })).toBe('off');
    });
});
