import { relative, resolve, sep } from 'node:path';
import type { SourceDefaults, InitInput } from '../core/scaffold/answers.js';
import { defaultStart } from '../core/scaffold/dates.js';
import { frameFromPilot } from '../core/scaffold/from-pilot.js';
import type { Frame, ScaffoldSource, Template } from '../core/scaffold/types.js';
import type { Programme, StaffMember } from '../core/model/types.js';
import type { ParsedFile } from '../core/parse/parsed-file.js';
import { checkSchema } from '../core/validate/schema.js';
import { UsageError } from '../errors.js';
import { catalogue, locales, type Locale } from '../messages/index.js';
import type { InitText } from '../messages/init-text.js';
import { loadProgrammeBundle } from './load.js';
import { defaultTemplate, loadCommonFiles, loadTemplate } from './templates.js';

/** Where a new programme's frame comes from, in the locale it will be written in, with the defaults it brings. */
export interface ResolvedSource {
  source: ScaffoldSource;
  /** Locales the template (or pilot) has texts for. */
  frameLocales: Locale[];
  locale: Locale;
  defaults: SourceDefaults;
  /** The pilot's programme file, for checking the new rollout against it. */
  pilotFile?: ParsedFile;
}


/** A pilot, loaded and checked: its schema must pass, or its frame cannot be trusted. */
export async function loadPilot(path: string, io: { cwd: string }, text: InitText): Promise<{ file: ParsedFile; programme: Programme; staff: StaffMember[] }> {
  const { bundle } = await loadProgrammeBundle(path, { cwd: io.cwd });
  const files = [bundle.programme, ...bundle.people];
  if (bundle.programme.kind !== 'Programme' || files.some((f) => f.findings.length > 0 || checkSchema(f).length > 0)) throw new UsageError(text.errors.pilotBroken(path));
  const staff = bundle.people.flatMap((f) => (f.data as { staff?: StaffMember[] }).staff ?? []);
  const programme = bundle.programme.data as Programme;
  return { file: bundle.programme, programme, staff: [...(programme.people?.staff ?? []), ...staff] };
}

/**
 * Loads the template or the pilot the answers name, for the answers' locale (or the best one
 * available), with the defaults it brings.
 */
export async function resolveSource(input: InitInput, io: { cwd: string }, uiLocale: Locale, text: InitText, today: string): Promise<ResolvedSource> {
  if (input.from) {
    const pilot = await loadPilot(input.from, io, text);
    const { frame, staff, defaults } = frameFromPilot(pilot.programme, pilot.staff);
    const locale = input.locale ?? pilot.programme.metadata.locale;
    const target = resolve(io.cwd, input.dir ?? '.');
    // The link is relative to the new programme's folder, written with `/` on every system.
    const pilotPath = relative(target, resolve(io.cwd, input.from)).split(sep).join('/') || '.';
    const phase = input.phase ?? 'rollout';
    const rollout = phase === 'rollout';
    const link = { path: pilotPath, id: pilot.programme.metadata.id };
    const { pilotName, ...rest } = defaults;
    const file = catalogue(locale).init.file;
    return {
      source: {
        name: input.from,
        frame,
        files: await loadCommonFiles(),
        staff,
        // A rollout names its pilot; a cycle the run before it (step 5 calibrates on either's evidence).
        ...(rollout ? { pilot: link } : phase === 'cycle' ? { previous: link } : {}),
      },
      frameLocales: [pilot.programme.metadata.locale],
      locale,
      // A rollout (or the next cycle) begins after the run it comes from, and not in the past.
      defaults: { ...rest, start: [rest.start, defaultStart(today)].sort()[1]!, name: rollout ? file.rolloutName(pilotName) : phase === 'cycle' ? file.cycleName(pilotName) : pilotName },
      pilotFile: pilot.file,
    };
  }
  const template: Template = await loadTemplate(input.template ?? defaultTemplate, { cwd: io.cwd, locale: uiLocale });
  const available = locales.filter((l) => template.frames[l] !== undefined);
  if (input.locale && !available.includes(input.locale)) throw new UsageError(text.errors.templateLocale(template.name, input.locale, available));
  const locale = input.locale ?? (available.includes(uiLocale) ? uiLocale : available[0]!);
  const description = template.meta.defaults.description?.[locale];
  return {
    source: { name: template.name, frame: template.frames[locale] as Frame, files: template.files },
    frameLocales: available,
    locale,
    defaults: { name: template.meta.defaults.name[locale] ?? template.name, weeks: template.meta.defaults.weeks, ...(description ? { description } : {}) },
  };
}
