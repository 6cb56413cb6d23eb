import { DocumentState, inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices, type ServiceRequirements,
} from 'langium/lsp';
import { SplitGeneratedModule, SplitGeneratedSharedModule } from './generated/module.js';
import { SplitModule, SplitSharedModule, type SplitAddedServices } from './split-module.js';
import { registerValidationChecks } from './validation/split-validator.js';
import { SplitCodeActionProvider } from './lsp/split-code-action-provider.js';
import { SplitCompletionProvider } from './lsp/completion/split-completion-provider.js';
import { SplitFormatter } from './lsp/split-formatter.js';
import { SplitSettingsSync } from './lsp/split-settings-sync.js';
import { SplitPreviewProvider } from './lsp/split-preview-provider.js';
import { SplitHoverProvider } from './lsp/split-hover-provider.js';
import { SplitInlayHintProvider } from './lsp/split-inlay-hint-provider.js';
import { SplitDocumentSymbolProvider } from './lsp/split-document-symbol-provider.js';
import { SplitFoldingRangeProvider } from './lsp/split-folding-range-provider.js';
import { SplitSemanticTokenProvider } from './lsp/split-semantic-token-provider.js';
import { SplitDocumentLinkProvider } from './lsp/split-document-link-provider.js';
import { SplitDefinitionProvider } from './lsp/split-definition-provider.js';
import { SplitRenameProvider } from './lsp/split-rename-provider.js';
import { builtinContentProvider } from './lsp/split-builtin-content.js';
import { SplitEditorDocumentFactory } from './lsp/split-editor-documents.js';
import { SplitEditorDocumentBuilder } from './lsp/split-editor-document-builder.js';
import type { IncomingMessages } from './lsp/split-incoming-messages.js';

/** Split's services with the language server features: what the editor talks to. */
export type SplitLspServices = LangiumServices & SplitAddedServices & {
    lsp: {
        SettingsSync: SplitSettingsSync;
        PreviewProvider: SplitPreviewProvider;
    };
};

/** The editor features, one provider each (src/language/lsp/). */
export const SplitLspModule: Module<SplitLspServices, PartialLangiumServices & { lsp: { SettingsSync: SplitSettingsSync; PreviewProvider: SplitPreviewProvider } }> = {
    lsp: {
        SettingsSync: (services) => new SplitSettingsSync(services),
        PreviewProvider: (services) => new SplitPreviewProvider(services),
        CodeActionProvider: (services) => new SplitCodeActionProvider(services),
        CompletionProvider: (services) => new SplitCompletionProvider(services),
        Formatter: (services) => new SplitFormatter(services),
        HoverProvider: (services) => new SplitHoverProvider(services),
        InlayHintProvider: (services) => new SplitInlayHintProvider(services),
        DocumentSymbolProvider: (services) => new SplitDocumentSymbolProvider(services),
        FoldingRangeProvider: () => new SplitFoldingRangeProvider(),
        SemanticTokenProvider: (services) => new SplitSemanticTokenProvider(services),
        DocumentLinkProvider: (services) => new SplitDocumentLinkProvider(services),
        DefinitionProvider: (services) => new SplitDefinitionProvider(services),
        RenameProvider: (services) => new SplitRenameProvider(services),
    },
};

/**
 * What the editor adds for all languages: the built-in library's content, its limit on file size, and builds paced
 * for typing by the editor's incoming messages.
 */
export function splitSharedLspModule(messages?: IncomingMessages): Module<LangiumSharedServices, PartialLangiumSharedServices> {
    return {
        lsp: {
            TextDocumentContentProvider: (shared) => builtinContentProvider(shared),
        },
        workspace: {
            LangiumDocumentFactory: (shared) => new SplitEditorDocumentFactory(shared),
            DocumentBuilder: (shared) => new SplitEditorDocumentBuilder(shared, messages),
        },
    };
}

/**
 * What the language server is created with: Langium's context, the connection's incoming messages, and what its
 * platform changes of the shared services (in a web worker: file events through the editor's file system).
 */
export type SplitServerContext = DefaultSharedModuleContext & {
    messages?: IncomingMessages;
    platform?: Module<LangiumSharedServices, PartialLangiumSharedServices>;
};

/**
 * The state each request waits for before it runs: Langium's defaults, but the outline waits for linking (a session's
 * detail is the regions its exercises train). A provider must never wait for a state itself: it runs inside the
 * workspace's read lock, and a rebuild asked for meanwhile waits for it, so it would wait for a build that cannot start.
 */
export const SERVICE_REQUIREMENTS: Partial<ServiceRequirements> = {
    DocumentSymbolProvider: DocumentState.Linked,
    // Langium's default is validated, but the quick fixes travel with the diagnostics the editor sends: linked is
    // enough, and an edit during a long validation then does not hold them back.
    CodeActionProvider: DocumentState.Linked,
};

export function createSplitServices(context: SplitServerContext): {
    shared: LangiumSharedServices;
    Split: SplitLspServices;
} {
    const shared = inject(createDefaultSharedModule(context), SplitGeneratedSharedModule, SplitSharedModule, splitSharedLspModule(context.messages), context.platform ?? {});
    const Split = inject(createDefaultModule({ shared }), SplitGeneratedModule, SplitModule, SplitLspModule);
    shared.ServiceRegistry.register(Split);
    registerValidationChecks(Split);
    Split.lsp.SettingsSync.start();
    if (context.connection) Split.lsp.PreviewProvider.register(context.connection);
    return { shared, Split };
}
