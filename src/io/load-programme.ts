import type { MethodSettings } from '../core/config.js';
import { fileRuleIds, schemaRuleIds, type Diagnostic } from '../core/diagnostics.js';
import type { ProgrammeBundle, Workspace } from '../core/model/bundle.js';
import { buildModel, type ProgrammeModel } from '../core/model/model.js';
import { validateWorkspace } from '../core/validate/index.js';
import { applySuppressions, workspaceFiles, type SuppressedDiagnostic } from '../core/suppress/apply.js';
import { programmeLocale } from '../core/programme-locale.js';
import type { ProgressListener } from '../core/progress.js';
import type { Locale } from '../messages/index.js';
import type { FileSource } from './file-source.js';
import { loadProgrammeBundle } from './load.js';

export interface LoadedProgramme {
  bundle: ProgrammeBundle;
  /**
   * Every problem in the programme's files, including method rules, less those a `# mentor-disable…`
   * comment silences (findings about the comments themselves included); empty when the programme is clean.
   */
  diagnostics: Diagnostic[];
  /** The findings `# mentor-disable…` comments silenced, with their reasons. */
  suppressed: SuppressedDiagnostic[];
  /** The merged model, present when the programme and its included files pass their schemas. */
  model?: ProgrammeModel;
}

/** Findings that keep a model from being built: the file cannot be read as the format says (a wrong apiVersion or kind included). */
const unreadable = new Set<string>([...fileRuleIds, ...schemaRuleIds]);
const blocksModel = (d: Diagnostic): boolean => unreadable.has(d.ruleId);

/**
 * Loads a programme from its folder or main file with its included people and records, validates
 * it, and builds the model when its files pass their schemas. Throws `IoError` only when the path
 * cannot be read; problems in the files are returned as diagnostics.
 */
export async function loadProgrammeAt(
  path: string,
  options: {
    cwd: string;
    today: string;
    locale: Locale;
    followProgrammeLocale?: boolean;
    settings?: Partial<MethodSettings>;
    source?: FileSource;
    onProgress?: ProgressListener;
    /** The caller does not read the records (the communication plan): a records file that cannot be read is left out of the model instead of keeping it from being built. */
    withoutRecords?: boolean;
  },
): Promise<LoadedProgramme> {
  const { onProgress } = options;
  const { bundle, findings } = await loadProgrammeBundle(path, { cwd: options.cwd, ...(options.source ? { source: options.source } : {}), ...(onProgress ? { onProgress } : {}) });
  const workspace: Workspace = { files: [bundle.programme, ...bundle.people, ...bundle.records], bundles: [bundle], findings };
  const found = validateWorkspace(workspace, { today: options.today, locale: options.locale, followProgrammeLocale: options.followProgrammeLocale === true, ...(options.settings ? { settings: options.settings } : {}), ...(onProgress ? { onProgress } : {}) });
  // Suppressions apply as in `mentor validate` (comments first, the team's config after, by the caller);
  // the findings about the comments speak the language the rest does.
  const wording = options.followProgrammeLocale === true ? (programmeLocale(bundle.programme) ?? options.locale) : options.locale;
  const { diagnostics, suppressed } = applySuppressions(workspaceFiles(workspace), found, wording);
  const blocked = new Set(diagnostics.filter(blocksModel).map((d) => d.file));
  if (blocked.size === 0) return { bundle, diagnostics, suppressed, model: buildModel(bundle) };
  const records = bundle.records.filter((f) => !blocked.has(f.file));
  if (options.withoutRecords === true && blocked.size === bundle.records.length - records.length) {
    return { bundle, diagnostics, suppressed, model: buildModel({ ...bundle, records }) };
  }
  return { bundle, diagnostics, suppressed };
}
