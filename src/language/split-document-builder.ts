import { DefaultDocumentBuilder, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Plan } from './generated/ast.js';
import type { SplitServices } from './split-module.js';

/** Relinks a plan when a file it imports changes, appears or disappears: its names and `unresolved-import` depend on it. */
export class SplitDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        const services = this.serviceRegistry.getServices(document.uri) as SplitServices;
        const imports = services.references.Imports?.importedUris(document.parseResult.value as Plan) ?? [];
        return imports.some((uri) => changedUris.has(uri.toString()));
    }
}
