import type { URI } from 'langium';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';

/** A problem with a configuration file: which file, which key, what was expected. */
export interface ConfigProblem {
    readonly file: string;
    readonly message: string;
}

/** The settings that apply to a plan. */
export class SplitSettingsProvider {
    settingsFor(_uri: URI): { settings: Settings; problems: readonly ConfigProblem[] } {
        return { settings: DEFAULT_SETTINGS, problems: [] };
    }
}
