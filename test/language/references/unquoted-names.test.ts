import { beforeAll, describe, expect, it } from 'vitest';
import { needsQuotes } from '../../../src/language/references/unquoted-names.js';
import type { SplitLspServices } from '../../../src/language/split-lsp-module.js';
import { lspServices } from '../lsp/lsp-services.js';

let Split: SplitLspServices;

beforeAll(async () => {
    Split = await lspServices();
});

describe('needsQuotes', () => {
    it('plain words and keywords a name may hold go unquoted; weekdays, header keywords and prescriptions in a name need quotes', () => {
        const quoted = (name: string) => needsQuotes(Split.parser.LangiumParser, name);
        for (const name of ['Bench Press', "Farmer's Walk", 'Rest-Pause Curl', 'Hammer Strength Row', 'Drop Push-Up', 'Hip 90-90', 'Zone 2 Ride']) expect(quoted(name), name).toBe(false);
        for (const name of ['Monday Squat', 'Plan Row', 'X', 'Squat 4x8', 'Squat 3 sets']) expect(quoted(name), name).toBe(true);
    });
});
