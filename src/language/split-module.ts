import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices,
} from 'langium';
import { SplitGeneratedModule, SplitGeneratedSharedModule } from './generated/module.js';
import { SplitLexer } from './parser/split-lexer.js';
import { SplitTokenBuilder } from './parser/split-token-builder.js';
import { createSplitParser } from './parser/split-parser.js';
import { SplitValueConverter } from './parser/split-value-converter.js';
import { SplitParserErrorMessageProvider } from './parser/split-parser-messages.js';
import { SplitScopeProvider } from './references/split-scope-provider.js';
import { SplitScopeComputation } from './references/split-scope-computation.js';
import { SplitImports } from './workspace/split-imports.js';
import { SplitWeekModels } from './model/split-week-models.js';
import { SplitDocumentBuilder } from './workspace/split-document-builder.js';
import { SplitLinker, SplitReferenceDescriptionProvider } from './references/split-linker.js';
import { SplitWorkspaceManager } from './library/builtin-library.js';
import { SplitSettingsProvider } from './config/settings-provider.js';
import { SplitValidator, registerValidationChecks } from './validation/split-validator.js';
import { SplitDocumentValidator, SplitValidationRegistry } from './validation/split-document-validator.js';

/** Services Split adds to Langium's. */
export interface SplitAddedServices {
    references: {
        ScopeProvider: SplitScopeProvider;
        Imports: SplitImports;
    };
    validation: {
        SplitValidator: SplitValidator;
    };
    model: {
        WeekModels: SplitWeekModels;
    };
    config: {
        Settings: SplitSettingsProvider;
    };
}

export type SplitServices = LangiumCoreServices & SplitAddedServices;

/** The language without an editor: parsing, names, the week model, validation. The CLI and the server share it. */
export const SplitModule: Module<SplitServices, PartialLangiumCoreServices & SplitAddedServices> = {
    parser: {
        Lexer: (services) => new SplitLexer(services),
        TokenBuilder: () => new SplitTokenBuilder(),
        LangiumParser: (services) => createSplitParser(services),
        ValueConverter: () => new SplitValueConverter(),
        ParserErrorMessageProvider: () => new SplitParserErrorMessageProvider(),
    },
    references: {
        ScopeProvider: (services) => new SplitScopeProvider(services),
        ScopeComputation: (services) => new SplitScopeComputation(services),
        Linker: (services) => new SplitLinker(services),
        Imports: (services) => new SplitImports(services.shared),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new SplitReferenceDescriptionProvider(services),
    },
    validation: {
        SplitValidator: (services) => new SplitValidator(services),
        DocumentValidator: (services) => new SplitDocumentValidator(services),
        ValidationRegistry: (services) => new SplitValidationRegistry(services),
    },
    model: {
        WeekModels: (services) => new SplitWeekModels(services),
    },
    config: {
        Settings: (services) => new SplitSettingsProvider(services.shared),
    },
};

export const SplitSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        WorkspaceManager: (services) => new SplitWorkspaceManager(services),
        DocumentBuilder: (services) => new SplitDocumentBuilder(services),
    },
};

/**
 * Split's services without the language server protocol: what the command line and the tests use. `sharedOverrides`
 * replaces shared services for one caller (the command line's PrebuiltLibraryModule).
 */
export function createSplitCoreServices(context: DefaultSharedCoreModuleContext,
    sharedOverrides?: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices>): {
    shared: LangiumSharedCoreServices;
    Split: SplitServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), SplitGeneratedSharedModule, SplitSharedModule, sharedOverrides);
    const Split = inject(createDefaultCoreModule({ shared }), SplitGeneratedModule, SplitModule);
    shared.ServiceRegistry.register(Split);
    registerValidationChecks(Split);
    return { shared, Split };
}
