import { Cancellation, DefaultDocumentBuilder, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import type { Plan } from '../generated/ast.js';
import { importedInterface } from './split-imports.js';
import type { SplitServices } from '../split-module.js';

/**
 * Relinks a plan when a file it imports changes, appears or disappears, if the plan can see the difference: its
 * names and `unresolved-import` depend on the file's declared names and on whether it parses, its week on the
 * exercises of the file it names (which Langium's own check already covers). An edit inside a shared library that
 * leaves its names alone then rebuilds that file and the plans using the edited exercise, not every importer.
 */
export class SplitDocumentBuilder extends DefaultDocumentBuilder {
    /** Per changed document of the running update: what importers saw before it, and what they will see. */
    private interfaces = new Map<string, { before?: string; after?: string | null }>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // Read before the update resets the documents: their parse is still the old one.
        this.interfaces = new Map(changed.flatMap((uri) => {
            const document = this.langiumDocuments.getDocument(uri);
            return document ? [[uri.toString(), { before: importedInterface(document) }] as const] : [];
        }));
        return super.update(changed, deleted, cancelToken);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        const services = this.serviceRegistry.getServices(document.uri) as SplitServices;
        const imports = services.references.Imports?.importedUris(document.parseResult.value as Plan) ?? [];
        return imports.some((uri) => changedUris.has(uri.toString()) && this.interfaceChanged(uri));
    }

    /** Whether importers may see a change in `uri`; when in doubt (a deleted or new file, a folder), yes. */
    private interfaceChanged(uri: URI): boolean {
        const known = this.interfaces.get(uri.toString());
        if (known?.before === undefined) return true;
        known.after ??= this.currentInterface(uri);
        return known.after !== known.before;
    }

    /** The interface of the file's text as it is now, parsed on the side (the build parses it again in its turn). */
    private currentInterface(uri: URI): string | null {
        try {
            const text = this.textDocuments?.get(uri)?.getText() ?? this.fileSystemProvider.readFileSync(uri);
            return importedInterface(this.langiumDocumentFactory.fromString(text, uri));
        } catch {
            return null; // gone or unreadable: changed
        }
    }
}
