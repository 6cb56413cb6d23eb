import { safeJson } from '../../words/escapes.js';
import type { CheckReport } from './check-report.js';

/** `check --format json`: the report itself, indented, safe to print (SPEC §6). */
export function jsonReport(report: CheckReport): string {
    return safeJson(JSON.stringify(report, null, 2));
}
