import { describe, expect, it } from 'vitest';
import { check, summarize } from '../../helpers.js';

describe('details found while documenting the rules', () => {
    it('a block comment before `// split-disable` does not stop it applying to the whole file', async () => {
        const text = '/* My plan,\n   written in spring */\n// split-disable no-rest-day\nplan "x"\n' +
            ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => `${day}\n  Bench Press 3x8\n`).join('');
        const { diagnostics } = await check(text);
        expect(diagnostics.filter((diagnostic) => diagnostic.code === 'no-rest-day')).toEqual([]);
    });

    it('an unknown exercise does not make a day a training day (no-rest-day)', async () => {
        const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((day) => `${day}\n  Bench Press 3x8\n`).join('');
        const { diagnostics } = await check(`plan "x"\n${days}sunday\n  Mystery Lift 3x8\n`);
        expect(diagnostics.filter((diagnostic) => diagnostic.code === 'no-rest-day')).toEqual([]);
        const trained = await check(`plan "x"\n${days}sunday\n  Squat 3x8\n`);
        expect(summarize(trained.diagnostics.filter((diagnostic) => diagnostic.code === 'no-rest-day'))).toEqual(['1:no-rest-day:warning']);
    });

    it('an impossible heart rate is an invalid prescription, not also a heart-rate warning', async () => {
        const { diagnostics } = await check('plan "x"\nage 30\nmonday\n  Run 30min @ 300bpm\n');
        expect(summarize(diagnostics.filter((diagnostic) => ['heart-rate', 'invalid-prescription'].includes(String(diagnostic.code)))))
            .toEqual(['4:invalid-prescription:error']);
    });
});
