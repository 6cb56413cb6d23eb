// The linker and the validator go straight to the items: proven equal to Langium's generic walk.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AstUtils, DefaultReferenceDescriptionProvider } from 'langium';
import { isSession } from '../../../src/language/generated/ast.js';
import { exerciseReferences } from '../../../src/language/references/split-linker.js';
import { conformancePlans } from '../../conformance/conformance-cases.js';
import { check, splitServices } from '../../helpers.js';
import { listPlans } from '../language-test-helpers.js';

describe('the shortcuts through the AST (src/language/references/split-linker.ts, split-document-validator.ts)', () => {
    const plans = [...listPlans('examples'), ...conformancePlans()].map((path) => readFileSync(path, 'utf8'));
    // Broken lines are left out (and a broken header holds items on no weekday): the walks must still agree.
    plans.push('monday\n  Squat 4x\n  "Unclosed\n  4x8\n  Bench Press 3x8 drop 1,\n  @ 80%\n  Squat 4x8\nDay 2\n  Bench Press 3x8\n');

    it("items' exercises are all the references Langium's own walk finds", async () => {
        const Split = await splitServices();
        let references = 0;
        for (const text of plans) {
            const { document } = await check(text);
            const plan = document.parseResult.value;
            const generic = AstUtils.streamAst(plan).flatMap((node) => AstUtils.streamReferences(node)).map(({ container, property }) => [container, property]).toArray();
            expect(exerciseReferences(plan).map(({ container, property }) => [container, property])).toEqual(generic);
            references += generic.length;
            // Every reference is linked, and indexed as Langium's own indexer would have done it.
            expect(document.references).toHaveLength(generic.length);
            const indexed = await Split.workspace.ReferenceDescriptionProvider.createDescriptions(document);
            expect(indexed).toEqual(await new DefaultReferenceDescriptionProvider(Split).createDescriptions(document));
        }
        expect(references).toBeGreaterThan(plans.length);
    });

    it('no validation check is registered below a session, where the validator stops walking', async () => {
        const Split = await splitServices();
        const below = new Set<string>();
        for (const text of plans) {
            const { document } = await check(text);
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                if (AstUtils.getContainerOfType(node.$container, isSession)) below.add(node.$type);
            }
        }
        expect([...below].sort()).toEqual(expect.arrayContaining(['Item', 'NumericLoad', 'SetGroup']));
        for (const type of below) expect(Split.validation.ValidationRegistry.getChecks(type).toArray(), type).toEqual([]);
    });
});
