import type { LangiumDocument, LangiumDocumentFactory } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, TextEdit,
} from 'vscode-languageserver';
import { formatEdits } from '../format/format-text.js';

/** The editor's formatter: the engine of format/, whole documents and ranges, on a parse of the current text. */
export class SplitFormatter implements Formatter {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumServices) {
        this.documentFactory = services.shared.workspace.LangiumDocumentFactory;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        const current = this.parsedAsItReads(document);
        return current ? formatEdits(current) : [];
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const current = this.parsedAsItReads(document);
        return current ? formatEdits(current, params.range) : [];
    }

    /**
     * The document with a parse of its current text. Langium updates a document's text the moment an edit arrives
     * but parses it again only when the next build gets its turn, and a formatting request may be answered in
     * between (a second "Format Document" right after the first); edits computed from the old parse and applied to
     * the new text would garble the plan, so a stale document is parsed once more here, on its own. Undefined when
     * the editor does not parse the file at all (split-editor-documents.ts).
     */
    private parsedAsItReads(document: LangiumDocument): LangiumDocument | undefined {
        const text = document.textDocument.getText();
        if (document.parseResult.value.$cstNode?.root.fullText === text) return document;
        const parsed = this.documentFactory.fromString(text, document.uri);
        return parsed.parseResult.value.$cstNode ? parsed : undefined;
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}
