import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { isExercise, type Plan } from '../generated/ast.js';

/**
 * Exercise declarations are the only names, and they stand at the top level: export those without walking the
 * whole tree, and keep no local symbols (SplitScopeProvider resolves names itself).
 */
export class SplitScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const plan = document.parseResult.value as Plan;
        return plan.statements.filter(isExercise).filter((exercise) => Boolean(exercise.name)).map((exercise) => this.descriptions.createDescription(exercise, exercise.name, document));
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
