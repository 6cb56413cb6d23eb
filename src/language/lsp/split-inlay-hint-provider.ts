import type { LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { MarkupKind, type InlayHint, type InlayHintParams, type Position, type Range } from 'vscode-languageserver';
import type { SplitWeekModels } from '../model/split-week-models.js';
import type { SplitLspServices } from '../split-lsp-module.js';
import { hoursText, regionName, when } from '../../words/words.js';
import { headerLineRange } from './statement-lines.js';
import { regionRecovery } from '../model/recovery.js';

/**
 * After each session header, the hours since each region it trains was last trained, the week taken as a cycle
 * (`legs 72 h · back 48 h`; a region trained only in this session shows a week, `168 h`). Read from the week model.
 * The editor setting `split.inlayHints.enabled` = false switches them off.
 */
export class SplitInlayHintProvider implements InlayHintProvider {
    private readonly weekModels: SplitWeekModels;
    /**
     * The setting as last received. Read here, not asked for in each request: a request runs inside the workspace's
     * read lock, and one waiting for the editor's settings (which come when the editor answers) would hold back
     * every rebuild meanwhile.
     */
    private enabled = true;

    constructor(services: SplitLspServices) {
        this.weekModels = services.model.WeekModels;
        const configuration = services.shared.workspace.ConfigurationProvider;
        const languageId = services.LanguageMetaData.languageId;
        void configuration.ready.then(async () => (this.enabled = isEnabled(await configuration.getConfiguration(languageId, 'inlayHints'))));
        const connection = services.shared.lsp.Connection;
        configuration.onConfigurationSectionUpdate(({ section, configuration: values }) => {
            if (section !== languageId) return;
            this.enabled = isEnabled((values as { inlayHints?: unknown } | undefined)?.inlayHints);
            // Turning the setting on or off shows or hides the hints at once, where the editor supports a refresh.
            connection?.languages.inlayHint.refresh().catch(() => undefined);
        });
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] | undefined {
        if (!this.enabled) return undefined;
        const { week, settings } = this.weekModels.get(document);
        const hints: InlayHint[] = [];
        for (const session of week.sessions) {
            const recovery = regionRecovery(session, week, settings);
            const header = headerLineRange(session);
            if (recovery.length === 0 || !header || !within(header.end, params.range)) continue;
            hints.push({
                position: header.end,
                label: recovery.map((entry) => `${entry.region} ${hoursText(entry.gap)}`).join(' · '),
                paddingLeft: true,
                tooltip: {
                    kind: MarkupKind.Markdown,
                    value: recovery.map((entry) => {
                        const since = entry.previous === session ? 'trained only in this session: a week' : `since ${when(entry.previous)}`;
                        const short = entry.gap < entry.minHours * 60 ? ` — less than the ${entry.minHours} h minimum` : '';
                        return `- ${regionName(entry.region)}: ${hoursText(entry.gap)} ${since} (${entry.sets} sets here)${short}`;
                    }).join('\n'),
                },
            });
        }
        return hints;
    }
}

/** `split.inlayHints`: on unless `enabled` is false. */
function isEnabled(value: unknown): boolean {
    return !(typeof value === 'object' && value !== null && (value as { enabled?: unknown }).enabled === false);
}

function within(position: Position, range: Range): boolean {
    const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
    return after(position, range.start) && after(range.end, position);
}
