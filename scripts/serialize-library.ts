import { mkdirSync, writeFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { BUILTIN_LIBRARY_TEXT, BUILTIN_LIBRARY_URI } from '../src/language/library/builtin-library.js';
import { createSplitCoreServices } from '../src/language/split-module.js';

/**
 * The built-in library's AST, parsed once at build time and written as Langium's JsonSerializer writes it, for the
 * command line to load without parsing (src/language/library/prebuilt-library.ts). The library must parse cleanly.
 */
const { shared, Split } = createSplitCoreServices(EmptyFileSystem);
const document = shared.workspace.LangiumDocumentFactory.fromString(BUILTIN_LIBRARY_TEXT, BUILTIN_LIBRARY_URI);
const { lexerErrors, parserErrors } = document.parseResult;
if (lexerErrors.length > 0 || parserErrors.length > 0) {
    throw new Error(`the built-in library does not parse: ${[...lexerErrors, ...parserErrors].map((error) => error.message).join('; ')}`);
}
mkdirSync('out/tools', { recursive: true });
writeFileSync('out/tools/library-ast.json', Split.serializer.JsonSerializer.serialize(document.parseResult.value));
