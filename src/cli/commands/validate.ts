import type { MentorConfig } from '../../core/config.js';
import type { Workspace } from '../../core/model/bundle.js';
import { summarise, type Diagnostic } from '../../core/diagnostics.js';
import { validateWorkspaceWithCoverage, type ValidationResult } from '../../core/validate/index.js';
import { applySuppressions, workspaceFiles } from '../../core/suppress/apply.js';
import { sharedLocale } from '../../core/programme-locale.js';
import { loadWorkspace } from '../../io/load.js';
import { readAll } from '../../io/stdin.js';
import { catalogue, type Locale } from '../../messages/index.js';
import { diagnosticFormats, loadFormatter, type DiagnosticFormat, type FormatContext } from '../../render/diagnostics/index.js';
import { version } from '../../version.js';
import { localToday } from '../../io/clock.js';
import { decideColor, type CliIo } from '../env.js';
import { planOutputs, writeOutputs, type OutputSpec } from '../outputs.js';
import { applyTeamConfig, configFor } from '../programme-input.js';
import { startProgress } from '../progress.js';

export interface ValidateFlags {
  format?: string;
  output?: string[];
  force?: boolean;
  maxWarnings?: number;
  strict?: boolean;
  quiet?: boolean;
  today?: string;
  stdinFilepath?: string;
  /** A config file, or false for --no-config. */
  config?: string | false;
  color?: boolean;
}


/** --format and --output of `mentor validate`: `--output mentor.sarif` writes SARIF. */
export const validateOutputs: OutputSpec<DiagnosticFormat> = {
  formats: diagnosticFormats,
  defaultFormat: 'stylish',
  humanFormat: 'stylish',
  extensions: { '.json': 'json', '.sarif': 'sarif', '.xml': 'junit' },
};

/**
 * `mentor validate`. `localeNamed` false (no --locale, MENTOR_LOCALE or LANG naming a language)
 * words each programme's findings in its own `metadata.locale`, and the summary in the language
 * all programmes share; `locale` is then only the fallback.
 */
export async function validateCommand(paths: string[], flags: ValidateFlags, io: CliIo, locale: Locale, localeNamed = true): Promise<number> {
  const plan = planOutputs(validateOutputs, flags.format, flags.output ?? [], io.cwd);
  // On a terminal, a long run shows a progress line on stderr, erased before any output (and on error).
  const progress = await startProgress(io, locale);
  const onProgress = progress ? { onProgress: progress.report } : {};
  let workspace: Workspace;
  let config: MentorConfig | undefined;
  let validation: ValidationResult;
  try {
    workspace = await loadWorkspace(paths, {
      cwd: io.cwd,
      readStdin: () => readAll(io.stdin),
      ...(flags.stdinFilepath !== undefined ? { stdinPath: flags.stdinFilepath } : {}),
      ...onProgress,
    });
    config = await configFor(flags.config, io, locale);
    validation = validateWorkspaceWithCoverage(workspace, { today: flags.today ?? localToday(), locale, followProgrammeLocale: !localeNamed, ...(config?.settings ? { settings: config.settings } : {}), ...onProgress });
  } finally {
    progress?.done();
  }
  let diagnostics: Diagnostic[] = validation.diagnostics;
  // The summary and the formats' own words speak the programmes' language when they share one.
  if (!localeNamed) locale = sharedLocale(workspace) ?? locale;
  // Comments first, team settings second: a comment silences a finding whatever its severity.
  const silenced = applySuppressions(workspaceFiles(workspace), diagnostics, locale);
  diagnostics = silenced.diagnostics;
  diagnostics = applyTeamConfig(diagnostics, config, io.cwd);
  // Included people and records files count as checked too, even when only programme.yaml was named.
  // So do files reported only because a programme includes them where they do not belong.
  const checked = [...new Set([...[...workspace.files, ...workspace.bundles.flatMap((b) => [b.programme, ...b.people, ...b.records])].map((f) => f.file), ...diagnostics.map((d) => d.file)])];
  const summary = { ...summarise(diagnostics, checked.length), suppressed: silenced.suppressed.length };
  if (flags.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');

  const base: Omit<FormatContext, 'color'> = { locale, files: checked, summary, toolVersion: version, skipped: workspace.skipped ?? [], suppressed: silenced.suppressed, rulesNotRun: validation.rulesNotRun };
  await writeOutputs(plan, async (format) => (await loadFormatter(format))(diagnostics, { ...base, color: false }), { cwd: io.cwd, force: flags.force === true });
  const color = plan.stdout === 'stylish' && decideColor(flags.color, io.env, io.stdout.isTTY);
  io.stdout.write((await loadFormatter(plan.stdout))(diagnostics, { ...base, color }));

  const maxWarnings = flags.strict ? 0 : flags.maxWarnings;
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr.write(`${catalogue(locale).ui.tooManyWarnings(summary.warnings, maxWarnings, flags.strict ? '--strict' : '--max-warnings')}\n`);
    return 1;
  }
  return 0;
}
