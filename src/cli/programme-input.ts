import { relative, resolve } from 'node:path';
import { applyConfig, type MentorConfig } from '../core/config.js';
import { IoError } from '../errors.js';
import { configRelative, findConfig, loadConfig } from '../io/config.js';
import type { FileSource } from '../io/file-source.js';
import { loadProgrammeAt, type LoadedProgramme } from '../io/load-programme.js';
import { exists } from '../io/write.js';
import { catalogue, type Locale } from '../messages/index.js';
import type { CliIo } from './env.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ParsedFile } from '../core/parse/parsed-file.js';
import { programmeLocale } from '../core/programme-locale.js';
import { startProgress } from './progress.js';

/** The config in force: --config FILE, none with --no-config (false), else the nearest one upwards. */
export async function configFor(flag: string | false | undefined, io: CliIo, locale: Locale): Promise<MentorConfig | undefined> {
  if (flag === false) return undefined;
  const path = flag === undefined ? await findConfig(io.cwd) : resolve(io.cwd, flag);
  if (path === undefined) return undefined;
  const shown = flag ?? relative(io.cwd, path);
  if (flag !== undefined && !(await exists(path))) throw new IoError('path-not-found', flag);
  return loadConfig(path, shown === '' ? path : shown, catalogue(locale).ui);
}

/** The team's rule settings applied to findings, its `overrides` globs read from the settings file's folder. */
export function applyTeamConfig(diagnostics: Diagnostic[], config: MentorConfig | undefined, cwd: string): Diagnostic[] {
  return config ? applyConfig(diagnostics, config, config.source ? configRelative(config.source, cwd) : undefined) : diagnostics;
}

export interface ProgrammeInput extends LoadedProgramme {
  /** Errors left after the team's config (warnings do not stop a document). */
  errors: number;
  /** The config in force, for settings beyond rule severities. */
  config?: MentorConfig;
}

/**
 * Reads a programme for a document command (report, comms, diff…): loads and validates it with the
 * team's config applied. A programme with errors still yields a model when its files pass their
 * schemas, so the document renders what it can; the command tells the user (see `warnProblems`).
 */
export async function readProgramme(
  path: string | undefined,
  options: { io: CliIo; today: string; locale: Locale; config?: string | false; localeNamed?: boolean; source?: FileSource; withoutRecords?: boolean },
): Promise<ProgrammeInput> {
  // The config first: some rules count against its settings (comms.maxMessagesPerWeek).
  // With no language named (LANG=C on CI), the programme's findings speak its own `metadata.locale`.
  const config = await configFor(options.config, options.io, options.locale);
  // On a terminal, a long read shows a progress line on stderr; it is gone before anything else is written.
  const progress = await startProgress(options.io, options.locale);
  let loaded: LoadedProgramme;
  try {
    loaded = await loadProgrammeAt(path ?? '.', {
      cwd: options.io.cwd,
      today: options.today,
      locale: options.locale,
      followProgrammeLocale: options.localeNamed === false,
      ...(options.source ? { source: options.source } : {}),
      ...(options.withoutRecords ? { withoutRecords: true } : {}),
      ...(config?.settings ? { settings: config.settings } : {}),
      ...(progress ? { onProgress: progress.report } : {}),
    });
  } finally {
    progress?.done();
  }
  const diagnostics = applyTeamConfig(loaded.diagnostics, config, options.io.cwd);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { ...loaded, diagnostics, errors, ...(config ? { config } : {}) };
}

/**
 * Tells the user on stderr that the programme has errors and how to see them, so a document made
 * from a broken programme is never mistaken for a clean one. Returns the exit code it implies.
 */
export function warnProblems(input: ProgrammeInput, path: string | undefined, io: CliIo, locale: Locale): 0 | 1 {
  if (input.errors === 0) return 0;
  io.stderr.write(`${catalogue(locale).ui.programmeHasErrors(input.errors, path ?? '.', input.model !== undefined)}\n`);
  return 1;
}

/**
 * The language of a document: an explicit --locale, else the programme's own `metadata.locale`
 * (a Polish programme produces Polish documents on an English CI runner), else the messages' one.
 */
export function documentLocale(explicit: Locale | undefined, input: { model?: { programme: { metadata: { locale?: string } } } }, fallback: Locale): Locale {
  if (explicit) return explicit;
  const own = input.model?.programme.metadata.locale;
  return own === 'pl' || own === 'en' ? own : fallback;
}

/**
 * The language of messages about a programme (warnProblems, a command's own notes): the one the
 * user named, else the programme's `metadata.locale` (LANG=C on a CI runner names none).
 */
export function programmeMessageLocale(context: { locale: Locale; localeNamed: boolean }, input: { bundle: { programme: ParsedFile } }): Locale {
  return context.localeNamed ? context.locale : (programmeLocale(input.bundle.programme) ?? context.locale);
}
