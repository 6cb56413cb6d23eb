// Headless Chromium for the preview tests: playwright-core drives the browser of scripts/chromium.mjs.
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadPlans, loadTexts } from '../../../src/cli/workspace.js';
import { buildPreviewModel, type PreviewModel } from '../../../src/render/preview/preview-model.js';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../scripts/chromium.mjs';
import { ROOT } from '../../root.js';

export { ROOT };
export const EXAMPLES = ['bro-split', 'hybrid', 'legs-twice'] as const;
export const RESULTS = `${ROOT}test-results`;

export function previewCss(): string {
    return readFileSync(`${ROOT}media/preview.css`, 'utf8');
}

export async function launchChromium(): Promise<Browser> {
    mkdirSync(RESULTS, { recursive: true });
    return chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS });
}

/** The preview models of files on disk, as the language server computes them (same services, same diagnostics). */
export async function modelsOf(paths: readonly string[]): Promise<PreviewModel[]> {
    const { services, plans } = await loadPlans(paths);
    return plans.map((plan) => {
        const { week, settings } = services.model.WeekModels.get(plan.document);
        return buildPreviewModel(week, settings, plan.diagnostics, plan.document.uri.toString(), 1);
    });
}

/** The same for a plan given as text. */
export async function modelOfText(text: string, path = join(tmpdir(), 'split-preview-test', 'plan.split')): Promise<PreviewModel> {
    const { services, plans } = await loadTexts([{ path, text }]);
    const { week, settings } = services.model.WeekModels.get(plans[0].document);
    return buildPreviewModel(week, settings, plans[0].diagnostics, plans[0].document.uri.toString(), 1);
}
