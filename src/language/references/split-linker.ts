import {
    Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type LangiumDocument, type ReferenceDescription, type ReferenceInfo,
} from 'langium';
import { isBrokenSession, isSession, type Plan } from '../generated/ast.js';
import { perObject } from '../utils/per-object.js';

/**
 * The only cross-references of the language: each item's exercise. Langium finds references by walking every node
 * of the AST and every property of each by reflection, most of them set groups, loads and modifiers that can hold
 * none; going straight to the items makes linking and indexing a 10,000-line plan several times cheaper.
 * test/language/language.test.ts proves that Langium's generic walk finds exactly these. Listed once per parse (a new parse
 * makes a new plan), for the linker and then the indexer.
 */
export const exerciseReferences = perObject((plan: Plan): readonly ReferenceInfo[] => plan.statements.flatMap((statement) =>
    isSession(statement) || isBrokenSession(statement)
        ? statement.items.filter((item) => item.exercise).map((item) => ({ reference: item.exercise, container: item, property: 'exercise' }))
        : []));

export class SplitLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await interruptAndCheck(cancelToken);
        for (const reference of exerciseReferences(document.parseResult.value as Plan)) this.doLink(reference, document);
    }
}

export class SplitReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        const descriptions: ReferenceDescription[] = [];
        for (const reference of exerciseReferences(document.parseResult.value as Plan)) {
            if (!reference.reference.error) descriptions.push(...this.createInfoDescriptions(reference));
        }
        return descriptions;
    }
}
