import { CstUtils, DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Strings may lack their closing quote (the lexer reports it); names keep their words as written, one space apart. */
export class SplitValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING':
                return unquote(input);
            case 'ExerciseName':
            case 'Muscle':
                return input.startsWith('"') ? unquote(input) : sourceWords(cstNode);
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}

function unquote(text: string): string {
    return text.replace(/^"/, '').replace(/"$/, '').trim();
}

/** The name's words as written, without comments or extra spaces between them (Langium's default glues them). */
function sourceWords(cstNode: CstNode): string {
    return CstUtils.flattenCst(cstNode)
        .filter((leaf) => !leaf.hidden)
        .map((leaf) => leaf.text)
        .join(' ');
}
