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
export { validateWorkspace, type ValidateOptions } from './core/validate/index.js';
export { applySuppressions, workspaceFiles, type SuppressedDiagnostic, type SuppressionResult } from './core/suppress/apply.js';
export { loadWorkspace, type LoadOptions } from './io/load.js';
export type { Locale } from './messages/index.js';

import { localToday as today } from './io/clock.js';
import { loadProgrammeAt, type LoadedProgramme } from './io/load-programme.js';

export type { LoadedProgramme } from './io/load-programme.js';

/**
 * Loads a programme from its folder or its main file, with its included people and records files,
 * and validates it. Throws `IoError` only when the path cannot be read; problems in the files are
 * returned as diagnostics.
 */
export async function loadProgramme(path: string, options: Partial<LoadOptions> & Partial<ValidateOptions> = {}): Promise<LoadedProgramme> {
  return loadProgrammeAt(path, { cwd: options.cwd ?? process.cwd(), today: options.today ?? today(), locale: options.locale ?? 'en' });
}

/** Validates files and folders (as `mentor validate` does) and returns the diagnostics, sorted. */
export async function validate(paths: readonly string[], options: Partial<LoadOptions> & Partial<ValidateOptions> = {}): Promise<Diagnostic[]> {
  const workspace = await loadWorkspace(paths, { cwd: options.cwd ?? process.cwd() });
  const diagnostics = validateWorkspace(workspace, { today: options.today ?? today(), locale: options.locale ?? 'en' });
  // `# mentor-disable…` comments apply here as in `mentor validate`; applySuppressions also returns what they silenced.
  return applySuppressions(workspaceFiles(workspace), diagnostics, options.locale ?? 'en').diagnostics;
}

export { IoError, UsageError } from './errors.js';
