/**
 * The progress report's pure core: a programme model and a date in, report data out. No files, no
 * console, no process. The calibration diff uses `evaluateKpis` as the pilot's evidence.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { ProgrammeModel } from '../model/model.js';
import type { KpiResult } from './kpi-types.js';
import { evaluateAll } from './kpis.js';
import { reportFromIndex } from './build-report.js';
import { indexRecords } from './record-index.js';
import type { ReportData, ReportOptions } from './report-types.js';

export type { BuiltinMetric, KpiBasis, KpiCheckpointResult, KpiNoDataReason, KpiResult, KpiStatus } from './kpi-types.js';
export { builtinMetricIds, isBuiltinMetric, kpiStatuses } from './kpi-types.js';
export * from './report-types.js';
export { ReportOptionsError, type ReportOptionsProblem } from './audience.js';
export { englishPseudonymLabels } from './pseudonyms.js';

/**
 * Every KPI of a programme as of a date (`YYYY-MM-DD`), in the programme's order, computed from its
 * records exactly as `mentor report` shows them (formulas and status rules: docs/report.md).
 *
 * Records count when dated on or before `asOf` and inside `metadata.period`. Built-in metrics are
 * computed over the KPI's `scope`; external KPIs take the latest `kpiValues` entry on or before
 * `asOf`. Each result carries its value, target, direction, baseline, status (met / open / at-risk /
 * missed / no-data / no-target), the checkpoint due, the formula key, `missedBy` (the shortfall
 * against the final target) and the counts it rests on. Linear in the number of records.
 */
export function evaluateKpis(model: ProgrammeModel, asOf: string): KpiResult[] {
  return evaluateAll(indexRecords(model), asOf);
}

/**
 * The whole progress report of a programme as of `options.asOf`, for one audience (default HR):
 * health, progress per mentee and competency, sessions per pair, learning mix, per competency and
 * per mentor summaries, every KPI and a month-by-month timeline. Throws `ReportOptionsError` when
 * the audience, person or sections do not fit the programme.
 */
export function buildReport(model: ProgrammeModel, options: ReportOptions & { programmeErrors?: number }): ReportData {
  return reportFromIndex(indexRecords(model), options);
}

/**
 * Errors that bear on a report as of its date: all of them except records "in the future" of it,
 * which the report does not count yet. The report is checked as of its own date, so the same files
 * and date always give the same report, whenever it is run.
 */
export function reportErrors(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'record-in-future').length;
}
