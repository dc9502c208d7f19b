import { relative, resolve } from 'node:path';
import { applyConfig, type MentorConfig } from '../../core/config.js';
import { summarise, type Diagnostic } from '../../core/diagnostics.js';
import { validateWorkspace } from '../../core/validate/index.js';
import { IoError, UsageError } from '../../errors.js';
import { findConfig, loadConfig } from '../../io/config.js';
import { loadWorkspace } from '../../io/load.js';
import { readAll } from '../../io/stdin.js';
import { exists, writeFileAtomic } from '../../io/write.js';
import { catalogue, type Locale } from '../../messages/index.js';
import { diagnosticFormats, loadFormatter, type DiagnosticFormat, type FormatContext } from '../../render/diagnostics/index.js';
import { version } from '../../version.js';
import { localToday } from '../../io/clock.js';
import { decideColor, type CliIo } from '../env.js';

export interface ValidateFlags {
  format: string;
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


function isFormat(name: string): name is DiagnosticFormat {
  return (diagnosticFormats as readonly string[]).includes(name);
}

/** Splits --output values into (format, file) pairs; a bare FILE takes the --format. */
export function planOutputs(format: DiagnosticFormat, outputs: readonly string[]): { stdout: DiagnosticFormat; files: { format: DiagnosticFormat; file: string }[] } {
  const files: { format: DiagnosticFormat; file: string }[] = [];
  let bare = false;
  for (const value of outputs) {
    const m = /^([a-z]+)=(.+)$/.exec(value);
    if (m && isFormat(m[1]!)) files.push({ format: m[1], file: m[2]! });
    else if (m) throw new UsageError(`--output: unknown format "${m[1]}" (use ${diagnosticFormats.join(', ')}).`);
    else {
      files.push({ format, file: value });
      bare = true;
    }
  }
  return { stdout: bare ? 'stylish' : format, files };
}

/** The config in force: --config FILE, none with --no-config, else the nearest one upwards. */
async function configFor(flags: ValidateFlags, io: CliIo, locale: Locale): Promise<MentorConfig | undefined> {
  if (flags.config === false) return undefined;
  const path = flags.config === undefined ? await findConfig(io.cwd) : resolve(io.cwd, flags.config);
  if (path === undefined) return undefined;
  const shown = flags.config ?? relative(io.cwd, path);
  if (flags.config !== undefined && !(await exists(path))) throw new IoError('path-not-found', flags.config);
  return loadConfig(path, shown === '' ? path : shown, catalogue(locale).ui);
}

export async function validateCommand(paths: string[], flags: ValidateFlags, io: CliIo, locale: Locale): Promise<number> {
  if (!isFormat(flags.format)) throw new UsageError(`--format: unknown format "${flags.format}" (use ${diagnosticFormats.join(', ')}).`);
  const plan = planOutputs(flags.format, flags.output ?? []);
  const workspace = await loadWorkspace(paths, {
    cwd: io.cwd,
    readStdin: () => readAll(io.stdin),
    ...(flags.stdinFilepath !== undefined ? { stdinPath: flags.stdinFilepath } : {}),
  });
  const config = await configFor(flags, io, locale);
  let diagnostics: Diagnostic[] = validateWorkspace(workspace, { today: flags.today ?? localToday(), locale });
  if (config) diagnostics = applyConfig(diagnostics, config);
  // Included people and records files count as checked too, even when only programme.yaml was named.
  // So do files reported only because a programme includes them where they do not belong.
  const checked = [...new Set([...[...workspace.files, ...workspace.bundles.flatMap((b) => [b.programme, ...b.people, ...b.records])].map((f) => f.file), ...diagnostics.map((d) => d.file)])];
  const summary = summarise(diagnostics, checked.length);
  if (flags.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');

  const base: Omit<FormatContext, 'color'> = { locale, files: checked, summary, toolVersion: version, skipped: workspace.skipped ?? [] };
  for (const { format, file } of plan.files) {
    const text = (await loadFormatter(format))(diagnostics, { ...base, color: false });
    await writeFileAtomic(resolve(io.cwd, file), text, { force: flags.force === true, shown: file });
  }
  const color = plan.stdout === 'stylish' && decideColor(flags.color, io.env, io.stdout.isTTY);
  io.stdout.write((await loadFormatter(plan.stdout))(diagnostics, { ...base, color }));

  const maxWarnings = flags.strict ? 0 : flags.maxWarnings;
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr.write(`${catalogue(locale).ui.tooManyWarnings(summary.warnings, maxWarnings)}\n`);
    return 1;
  }
  return 0;
}
