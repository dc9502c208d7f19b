/**
 * mentor's library API: load programmes from disk and validate them, with typed results.
 * Nothing here prints, exits or reads flags; the CLI is a thin layer over these functions.
 */
import { validateWorkspace, type ValidateOptions } from './core/validate/index.js';
import type { Diagnostic } from './core/diagnostics.js';
import { loadWorkspace, type LoadOptions } from './io/load.js';
import { applySuppressions, workspaceFiles } from './core/suppress/apply.js';

export type { Diagnostic, Position, RuleId, Severity, Summary } from './core/diagnostics.js';
export { ruleIds, summarise, compareDiagnostics } from './core/diagnostics.js';
export type { ProgrammeBundle, SkippedFile, Workspace } from './core/model/bundle.js';
export type { ProgrammeModel } from './core/model/model.js';
export { personIndex, reportingChain, type Person, type PersonList } from './core/model/people.js';
export type * from './core/model/types.js';
export type { ParsedFile, DocumentKind } from './core/parse/parsed-file.js';
export { parseSource } from './core/parse/parse-source.js';
export { validateWorkspace, validateWorkspaceWithCoverage, type ValidateOptions, type ValidationResult } from './core/validate/index.js';
export type { Progress, ProgressListener } from './core/progress.js';
export { applySuppressions, workspaceFiles, type SuppressedDiagnostic, type SuppressionResult } from './core/suppress/apply.js';
export { loadWorkspace, type LoadOptions } from './io/load.js';
export type { Locale } from './messages/index.js';

import { localToday as today } from './io/clock.js';
import { planComms } from './core/comms/plan.js';
import { applyView, type CommsView } from './core/comms/view.js';
import type { CommsPlan } from './core/comms/types.js';
import { catalogue, type Locale } from './messages/index.js';
import { loadProgrammeAt, type LoadedProgramme } from './io/load-programme.js';
import { buildReport, reportErrors, type ReportData, type ReportOptions } from './core/report/index.js';
import { csvDelimiterFor } from './render/csv.js';
import { unreadableReport } from './core/report/unreadable.js';
import { loadReportRenderer } from './render/report/index.js';
import type { ReportFormat } from './render/report/names.js';
import { version } from './version.js';

export type { LoadedProgramme } from './io/load-programme.js';

/**
 * Loads a programme from its folder or its main file, with its included people and records files,
 * and validates it. Throws `IoError` only when the path cannot be read; problems in the files are
 * returned as diagnostics.
 */
export async function loadProgramme(path: string, options: Partial<LoadOptions> & Partial<ValidateOptions> = {}): Promise<LoadedProgramme> {
  return loadProgrammeAt(path, { cwd: options.cwd ?? process.cwd(), today: options.today ?? today(), locale: options.locale ?? 'en', ...(options.settings ? { settings: options.settings } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}

/** Validates files and folders (as `mentor validate` does) and returns the diagnostics, sorted. */
export async function validate(paths: readonly string[], options: Partial<LoadOptions> & Partial<ValidateOptions> = {}): Promise<Diagnostic[]> {
  const progress = options.onProgress ? { onProgress: options.onProgress } : {};
  const workspace = await loadWorkspace(paths, { cwd: options.cwd ?? process.cwd(), ...progress });
  const diagnostics = validateWorkspace(workspace, { today: options.today ?? today(), locale: options.locale ?? 'en', ...(options.settings ? { settings: options.settings } : {}), ...progress });
  // `# mentor-disable…` comments apply here as in `mentor validate`; applySuppressions also returns what they silenced.
  return applySuppressions(workspaceFiles(workspace), diagnostics, options.locale ?? 'en').diagnostics;
}

export type { CommsPlan, PlanEntry, PlanPerson, StepId } from './core/comms/types.js';
export type { CommsView } from './core/comms/view.js';
export type { MergeRow } from './core/comms/merge.js';
export { planComms, type PlanOptions } from './core/comms/plan.js';
export { applyView } from './core/comms/view.js';
export { mergeRows } from './core/comms/merge.js';

/**
 * The communication plan of a programme (what `mentor comms` shows): its own messages dated, and the
 * method's proposals for the steps it leaves uncovered, in the programme's language unless `locale`
 * says otherwise, narrowed by `view`. `plan` is absent when the files do not pass their schemas;
 * `diagnostics` lists every problem, as `loadProgramme` does.
 */
export async function planCommunications(
  path: string,
  options: Partial<LoadOptions> & { asOf?: string; locale?: Locale; view?: CommsView } = {},
): Promise<{ plan?: CommsPlan; diagnostics: Diagnostic[] }> {
  const asOf = options.asOf ?? today();
  const loaded = await loadProgrammeAt(path, { cwd: options.cwd ?? process.cwd(), today: today(), locale: options.locale ?? 'en' });
  if (!loaded.model) return { diagnostics: loaded.diagnostics };
  const locale = options.locale ?? loaded.model.programme.metadata.locale;
  const plan = planComms(loaded.model, { asOf, texts: catalogue(locale).comms });
  return { plan: options.view ? applyView(plan, options.view) : plan, diagnostics: loaded.diagnostics };
}

export { buildReport, evaluateKpis, ReportOptionsError, builtinMetricIds, audiences, reportSections } from './core/report/index.js';
export type { Audience, KpiResult, KpiStatus, ReportData, ReportOptions, ReportSection } from './core/report/index.js';
export { reportFormats, type ReportFormat } from './render/report/names.js';

/**
 * The progress report of a programme folder (or file) as of `options.asOf` (default today), for one
 * audience (default HR): the same data `mentor report --format json` prints. A programme whose
 * files do not pass their schemas gives a report that only says so (see `notes`). Throws
 * `ReportOptionsError` when the audience, person or sections do not fit, `IoError` when the path
 * cannot be read.
 */
export async function report(path: string, options: Partial<ReportOptions> & { cwd?: string } = {}): Promise<ReportData> {
  const asOf = options.asOf ?? today();
  const loaded = await loadProgrammeAt(path, { cwd: options.cwd ?? process.cwd(), today: asOf, locale: 'en' });
  if (!loaded.model) return unreadableReport(loaded.bundle.programme.data, path, { asOf, audience: options.audience ?? 'hr', pseudonymise: options.pseudonymise === true });
  return buildReport(loaded.model, { ...options, asOf, programmeErrors: reportErrors(loaded.diagnostics) });
}

/** Renders report data in a format (`table`, `md`, `csv`, `json`, `html`), in the document's locale (default: the programme's). */
export async function renderReport(data: ReportData, format: ReportFormat, options: { locale?: Locale; color?: boolean; delimiter?: ',' | ';' | '\t' } = {}): Promise<string> {
  const locale: Locale = options.locale ?? (data.programme.locale === 'pl' ? 'pl' : 'en');
  const render = await loadReportRenderer(format);
  return render(data, { locale, color: options.color ?? false, tool: `mentor-cli ${version}`, delimiter: options.delimiter ?? csvDelimiterFor(locale) });
}

export { IoError, UsageError } from './errors.js';
