import type { AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Settings } from '../config/settings.js';
import type { WeekModel } from '../model/week-model.js';
import type { RuleCode, Severity } from '../facts/rule-catalog.js';

/** What a rule reports: where (a node of the plan, optionally one of its properties), what, and how to fix it. */
export interface Finding {
    readonly code: RuleCode;
    /** When the rule has more than one level (SPEC §4.1 "as said"); else the catalog's default. */
    readonly severity?: Severity;
    readonly message: string;
    readonly node: AstNode;
    readonly property?: string;
    /** A range inside the document, when neither the node nor a property of it fits. */
    readonly range?: Range;
    /** What a quick fix needs to know. */
    readonly fix?: FixData;
}

/** What a quick fix needs beyond the diagnostic's range (lsp/split-code-action-provider.ts applies them). */
export type FixData =
    | { readonly kind: 'add-time'; readonly suggestedTime: string; readonly earlier?: { readonly line: number; readonly time: string } }
    | { readonly kind: 'move-after-strength' }
    | { readonly kind: 'ease-cardio' }
    | { readonly kind: 'add-age' };

/** A rule is data (its code) plus a pure function over the week model. */
export interface Rule {
    readonly code: RuleCode;
    check(week: WeekModel, settings: Settings): Finding[];
}
