import { DefaultLangiumDocumentFactory, type AstNode, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Plan } from '../generated/ast.js';

/**
 * The most characters of a plan the editor checks: about 14,000 lines, some thirty times the longest real plan, and
 * about half a second per edit to check (npm run bench: 0.34 s for 10,000 lines). A bigger file would keep the
 * server busy for seconds at every keystroke; the command line checks files of any size.
 */
export const EDITOR_MAX_CHARACTERS = 500_000;

/**
 * Documents for the language server: a file over {@link EDITOR_MAX_CHARACTERS} is not parsed but read as an empty
 * plan, with one error on its first line that says why and what to do.
 */
export class SplitEditorDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return text.length > EDITOR_MAX_CHARACTERS ? tooLarge(text) : super.parse(uri, text, options);
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        return text.length > EDITOR_MAX_CHARACTERS ? Promise.resolve(tooLarge(text)) : super.parseAsync(uri, text, cancellationToken);
    }
}

function tooLarge<T>(text: string): ParseResult<T> {
    const firstLine = /^[^\r\n]*/.exec(text)![0];
    const plan: Plan = { $type: 'Plan', statements: [] };
    return {
        value: plan as unknown as T,
        parserErrors: [],
        lexerErrors: [{
            offset: 0, line: 1, column: 1, length: firstLine.length,
            message: `This file has ${text.length.toLocaleString('en')} characters; the editor checks plans of up to ${EDITOR_MAX_CHARACTERS.toLocaleString('en')}: split it into several files, or check it with \`split-plan check\``,
        }],
    };
}
