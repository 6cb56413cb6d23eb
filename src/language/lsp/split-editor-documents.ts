import {
    Cancellation, DefaultLangiumDocumentFactory, DocumentState, isOperationCancelled,
    type AstNode, type LangiumDocument, type Mutable, type ParseResult, type ParserOptions, type URI,
} from 'langium';
import type { Plan } from '../generated/ast.js';
import { FILE_LIMITS } from '../facts/defaults.js';
import { describePlanReadFailure, readFailure } from '../workspace/read-failure.js';

/**
 * Documents for the language server: a plan over FILE_LIMITS.planCharacters is not parsed but read as an empty plan,
 * with one error on its first line that says why and what to do; so is a file of the workspace that cannot be read
 * (too large, no longer a regular file, unreadable), instead of failing the whole workspace's load or update.
 */
export class SplitEditorDocumentFactory extends DefaultLangiumDocumentFactory {
    override async fromUri<T extends AstNode = AstNode>(uri: URI, cancellationToken = Cancellation.CancellationToken.None): Promise<LangiumDocument<T>> {
        let text: string;
        try {
            text = await this.getInitialText(uri, cancellationToken);
        } catch (error) {
            return this.unreadable(this.create<T>(uri, ''), error);
        }
        return this.createAsync<T>(uri, text, cancellationToken);
    }

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        try {
            return await super.update(document, cancellationToken);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            // Only reading the file throws, before the document is touched.
            Object.defineProperty(document, 'textDocument', { get: this.createTextDocumentGetter(document.uri, ''), configurable: true });
            return this.unreadable(document, error);
        }
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return text.length > FILE_LIMITS.planCharacters ? tooLarge(text) : super.parse(uri, text, options);
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        return text.length > FILE_LIMITS.planCharacters ? Promise.resolve(tooLarge(text)) : super.parseAsync(uri, text, cancellationToken);
    }

    /** An empty document whose one error says why its file was not read. */
    private unreadable<T extends AstNode>(document: Mutable<LangiumDocument<T>>, error: unknown): LangiumDocument<T> {
        const parseResult = refusal<T>(`This file ${describePlanReadFailure(readFailure(error))}`, '');
        (parseResult.value as Mutable<AstNode>).$document = document;
        document.parseResult = parseResult;
        document.state = DocumentState.Parsed;
        return document;
    }
}

function tooLarge<T>(text: string): ParseResult<T> {
    const limit = FILE_LIMITS.planCharacters.toLocaleString('en');
    return refusal(`This file has ${text.length.toLocaleString('en')} characters; Split checks plans of up to ${limit}: split it into several files`, text);
}

/** An empty plan with one error over the text's first line. */
function refusal<T>(message: string, text: string): ParseResult<T> {
    const firstLine = /^[^\r\n]*/.exec(text)![0];
    const plan: Plan = { $type: 'Plan', statements: [] };
    return {
        value: plan as unknown as T,
        parserErrors: [],
        lexerErrors: [{ offset: 0, line: 1, column: 1, length: firstLine.length, message }],
    };
}
