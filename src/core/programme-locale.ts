import type { Workspace } from './model/bundle.js';
import type { ParsedFile } from './parse/parsed-file.js';
import type { Locale } from '../messages/index.js';

const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'pl';

// `metadata.locale` is the only `locale:` key a programme has: enough to read it from a file whose
// YAML is broken, so the syntax error is told in the programme's language too.
const localeLine = /^[ \t]+locale:[ \t]*["']?(en|pl)["']?[ \t]*(#.*)?$/m;
const programmeKind = /^kind:[ \t]*["']?Programme["']?[ \t]*(#.*)?$/m;

/** A programme file's `metadata.locale`, read from its text when the YAML could not be read. */
export function programmeLocale(file: ParsedFile): Locale | undefined {
  if (file.data !== undefined) {
    if (file.kind !== 'Programme') return undefined;
    const locale = (file.data as { metadata?: { locale?: unknown } }).metadata?.locale;
    return isLocale(locale) ? locale : undefined;
  }
  if (file.text === undefined || !programmeKind.test(file.text)) return undefined;
  const match = localeLine.exec(file.text);
  return match ? (match[1] as Locale) : undefined;
}

/**
 * The language each file's messages follow when the user named none: its programme's locale, for
 * the programme file and the people and records files it includes.
 */
export function localesByFile(workspace: Workspace): Map<ParsedFile, Locale> {
  const locales = new Map<ParsedFile, Locale>();
  for (const bundle of workspace.bundles) {
    const locale = programmeLocale(bundle.programme);
    if (!locale) continue;
    for (const file of [bundle.programme, ...bundle.people, ...bundle.records]) if (!locales.has(file)) locales.set(file, locale);
  }
  // A programme file too broken to group its includes still speaks its own language.
  for (const file of workspace.files) {
    if (locales.has(file)) continue;
    const locale = programmeLocale(file);
    if (locale) locales.set(file, locale);
  }
  // A file in a programme's folders that is not one of its documents (no header, another kind) is
  // told so in that programme's language: the nearest programme folder above it decides.
  const folders = workspace.bundles
    .map((b) => ({ folder: folderOf(b.programme.absolutePath), locale: locales.get(b.programme) }))
    .filter((f): f is { folder: string; locale: Locale } => f.locale !== undefined)
    .sort((a, b) => b.folder.length - a.folder.length);
  // Such a file may be known only through the loader's finding about it.
  for (const file of [...workspace.files, ...workspace.findings.map((f) => f.at.file)]) {
    if (locales.has(file)) continue;
    const home = folders.find((f) => file.absolutePath.startsWith(f.folder));
    if (home) locales.set(file, home.locale);
  }
  return locales;
}

/** The folder of a path, with its trailing separator (either kind: the core does not know the platform). */
function folderOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The one language of every programme in the workspace, or undefined when they differ or none says. */
export function sharedLocale(workspace: Workspace): Locale | undefined {
  const all = new Set(localesByFile(workspace).values());
  return all.size === 1 ? [...all][0] : undefined;
}
