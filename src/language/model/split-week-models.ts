import { WorkspaceCache, type LangiumDocument } from 'langium';
import type { Plan } from '../generated/ast.js';
import type { Settings } from '../config/settings.js';
import { buildWeekModel, type WeekModel } from './week-model.js';
import type { SplitServices } from '../split-module.js';
import type { SplitSettingsProvider } from '../config/settings-provider.js';

/**
 * The week model of each linked document, computed once per workspace state and shared by validation, hovers,
 * inlay hints, the preview and exports. A change anywhere clears it: an import may have changed.
 */
export class SplitWeekModels {
    private readonly settingsProvider: SplitSettingsProvider;
    private readonly models: WorkspaceCache<string, { week: WeekModel; settings: Settings }>;

    constructor(services: SplitServices) {
        this.settingsProvider = services.config.Settings;
        this.models = new WorkspaceCache(services.shared);
    }

    get(document: LangiumDocument): { week: WeekModel; settings: Settings } {
        return this.models.get(document.uri.toString(), () => {
            const settings = this.settingsProvider.settingsFor(document.uri).settings;
            return { week: buildWeekModel(document.parseResult.value as Plan, settings), settings };
        });
    }
}
