import { DefaultTextDocumentContentProvider, type LangiumSharedServices } from 'langium/lsp';
import { BUILTIN_LIBRARY_URI } from '../library/builtin-library.js';

/**
 * The built-in library has no file: the server answers LSP 3.18's `workspace/textDocumentContent` for `builtin:`
 * URIs from the loaded document, and advertises the scheme in its capabilities. vscode-languageclient 10.1 then
 * registers a read-only content provider for the scheme by itself, so go-to-definition opens `builtin:/library.split`.
 */
export function builtinContentProvider(shared: LangiumSharedServices): DefaultTextDocumentContentProvider {
    return new DefaultTextDocumentContentProvider(shared, BUILTIN_LIBRARY_URI.scheme);
}
