import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { programmeLinks, type ProgrammeBundle, type SkippedFile, type Workspace } from '../core/model/bundle.js';
import type { Programme } from '../core/model/types.js';
import { maxFileBytes, parseSource, tooLargeFile } from '../core/parse/parse-source.js';
import type { Finding, ParsedFile } from '../core/parse/parsed-file.js';
import { checkIncludedFile, looksLikeMentorDocument, skipReason } from '../core/validate/document.js';
import { IoError } from '../errors.js';

export interface LoadOptions {
  /** Folder that display paths are relative to. */
  cwd: string;
  /** Reads standard input, for the path `-` (editors and pre-commit hooks pipe a buffer in). */
  readStdin?: () => Promise<Uint8Array>;
  /** The path stdin stands for: shown in diagnostics, and what its includes resolve against. */
  stdinPath?: string;
  /**
   * Which included people and records files to read (default: all). `mentor add` reads no records
   * (only the month it writes to, itself) and, for a record, only the people files it refers to.
   */
  include?: (list: 'people' | 'records', absolutePath: string) => boolean | Promise<boolean>;
}

const yamlFile = /\.ya?ml$/i;
// Folders a programme never keeps documents in; `.github` holds workflow YAML, not programmes.
const skippedFolders = new Set(['node_modules', '.git']);

/** Reads and parses files once each, by absolute path, and remembers how to show their paths. */
class FileCache {
  private readonly files = new Map<string, Promise<ParsedFile>>();
  constructor(private readonly cwd: string) {}

  display(absolute: string): string {
    const rel = relative(this.cwd, absolute);
    return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? absolute : rel.split(sep).join('/');
  }

  /** Registers a file that did not come from disk (stdin), so includes and look-ups find it. */
  put(file: ParsedFile): void {
    this.files.set(file.absolutePath, Promise.resolve(file));
  }

  read(absolute: string): Promise<ParsedFile> {
    let pending = this.files.get(absolute);
    if (!pending) {
      pending = this.load(absolute);
      this.files.set(absolute, pending);
    }
    return pending;
  }

  private async load(absolute: string): Promise<ParsedFile> {
    const shown = this.display(absolute);
    try {
      const info = await stat(absolute);
      if (info.size > maxFileBytes) return tooLargeFile(shown, absolute, info.size);
      return parseSource(shown, await readFile(absolute), absolute);
    } catch (error) {
      throw new IoError('cannot-read', shown, (error as NodeJS.ErrnoException).code ?? String(error));
    }
  }
}

async function walk(folder: string, recursive: boolean): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (recursive && !skippedFolders.has(entry.name) && !entry.name.startsWith('.')) found.push(...(await walk(full, true)));
    } else if (entry.isFile() && yamlFile.test(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

async function kindOfPath(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** A file found by a folder scan counts when it is meant as a mentor document or could not be read as YAML at all. */
function worthReporting(file: ParsedFile): boolean {
  return looksLikeMentorDocument(file) || file.data === undefined;
}

/**
 * Loads the files and folders named on the command line (none = the current folder), and groups
 * them into programmes with their included people and records files and their pilots.
 */
export async function loadWorkspace(paths: readonly string[], options: LoadOptions): Promise<Workspace> {
  const cache = new FileCache(options.cwd);
  const files: ParsedFile[] = [];
  const findings: Finding[] = [];
  const passedOver: ParsedFile[] = [];
  const seen = new Set<string>();
  const add = (file: ParsedFile): void => {
    if (seen.has(file.absolutePath)) return;
    seen.add(file.absolutePath);
    files.push(file);
  };

  for (const given of paths.length > 0 ? paths : ['.']) {
    const fromStdin = given === '-';
    const absolute = resolve(options.cwd, fromStdin ? (options.stdinPath ?? '<stdin>.yaml') : given);
    const type = fromStdin ? 'file' : await kindOfPath(absolute);
    if (!type) throw new IoError('path-not-found', given);
    if (type === 'file') {
      const file = fromStdin ? await readStdinFile(absolute, cache, options) : await cache.read(absolute);
      add(file);
      // A file meant as a mentor document but broken in its apiVersion or kind is reported by its own check.
      if (file.data !== undefined && !looksLikeMentorDocument(file)) {
        const kind = (file.data as Record<string, unknown> | null)?.['kind'];
        findings.push({ ruleId: 'not-a-mentor-document', params: typeof kind === 'string' ? { kind } : {}, at: { file, path: typeof kind === 'string' ? ['kind'] : [] } });
      }
      continue;
    }
    const before = files.length;
    // Read in parallel (the disk waits overlap), then add in walk order so output stays stable.
    const found = await Promise.all((await walk(absolute, true)).map((path) => cache.read(path)));
    for (const file of found) {
      if (worthReporting(file)) add(file);
      else passedOver.push(file);
    }
    if (files.length === before) throw new IoError('no-documents', given);
  }

  const bundles: ProgrammeBundle[] = [];
  for (const file of files) {
    if (file.kind === 'Programme') bundles.push(await loadBundle(file, cache, findings));
  }
  // A file a programme includes is judged there (a finding when it does not belong), not skipped.
  const judged = new Set([...findings.map((f) => f.at.file.absolutePath), ...bundles.flatMap((b) => [...b.people, ...b.records].map((f) => f.absolutePath))]);
  const skipped: SkippedFile[] = [...new Map(passedOver.filter((f) => !judged.has(f.absolutePath)).map((f) => [f.absolutePath, f])).values()].map((f) => ({ file: f.file, ...skipReason(f) }));
  return { files, bundles, findings, skipped };
}

async function readStdinFile(absolute: string, cache: FileCache, options: LoadOptions): Promise<ParsedFile> {
  const shown = options.stdinPath === undefined ? '<stdin>' : cache.display(absolute);
  let bytes: Uint8Array;
  try {
    bytes = options.readStdin ? await options.readStdin() : new Uint8Array();
  } catch (error) {
    throw new IoError('cannot-read', '<stdin>', (error as NodeJS.ErrnoException).code ?? String(error));
  }
  const file = bytes.length > maxFileBytes ? tooLargeFile(shown, absolute, bytes.length) : parseSource(shown, bytes, absolute);
  cache.put(file);
  return file;
}

/** Loads the programme in a folder (its one Programme document at the top level) or a programme file. */
export async function loadProgrammeBundle(path: string, options: LoadOptions): Promise<{ bundle: ProgrammeBundle; findings: Finding[] }> {
  const cache = new FileCache(options.cwd);
  const absolute = resolve(options.cwd, path);
  const programmeFile = await findProgrammeFile(absolute, cache);
  if (!programmeFile) throw new IoError((await kindOfPath(absolute)) ? 'no-documents' : 'path-not-found', path);
  const findings: Finding[] = [];
  const bundle = await loadBundle(programmeFile, cache, findings, options.include);
  return { bundle, findings };
}

async function findProgrammeFile(absolute: string, cache: FileCache): Promise<ParsedFile | undefined> {
  const type = await kindOfPath(absolute);
  if (type === 'file') return cache.read(absolute);
  if (type !== 'folder') return undefined;
  for (const path of await walk(absolute, false)) {
    const file = await cache.read(path);
    if (file.kind === 'Programme') return file;
  }
  return undefined;
}

async function loadBundle(programme: ParsedFile, cache: FileCache, findings: Finding[], include?: LoadOptions['include']): Promise<ProgrammeBundle> {
  const bundle: ProgrammeBundle = { programme, people: [], records: [] };
  const data = programme.data as Partial<Programme> | undefined;
  const folder = dirname(programme.absolutePath);
  const includes = data?.includes;
  for (const [list, kind] of [['people', 'People'], ['records', 'Records']] as const) {
    const entries = Array.isArray(includes?.[list]) ? includes[list] : [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (typeof entry !== 'string') continue;
      const at = { file: programme, path: ['includes', list, i] };
      const target = resolve(folder, entry);
      const rel = relative(folder, target);
      if (rel.startsWith('..') || isAbsolute(rel)) {
        findings.push({ ruleId: 'include-not-found', params: { path: entry, reason: 'outside' }, at });
        continue;
      }
      const type = await kindOfPath(target);
      if (!type) {
        findings.push({ ruleId: 'include-not-found', params: { path: entry, reason: 'missing' }, at });
        continue;
      }
      const paths = type === 'folder' ? await walk(target, true) : [target];
      for (const path of paths) {
        if (include && !(await include(list, path))) continue;
        const file = await cache.read(path);
        const stray = checkIncludedFile(file, { entry, list, expected: kind });
        if (stray) findings.push(stray);
        else bundle[list].push(file);
      }
    }
  }
  // A rollout's pilot and a cycle's previous cycle are the same kind of link, checked the same way.
  for (const { key, ruleId } of programmeLinks) {
    const link = data?.metadata?.[key];
    if (!link || typeof link.path !== 'string') continue;
    const linked = await findProgrammeFile(resolve(folder, link.path), cache).catch(() => undefined);
    const at = { file: programme, path: ['metadata', key, 'path'] };
    if (!linked) findings.push({ ruleId, params: { path: link.path, reason: 'missing' }, at });
    else if (linked.kind !== 'Programme') findings.push({ ruleId, params: { path: link.path, reason: 'not-programme' }, at });
    else {
      const actual = (linked.data as Partial<Programme>).metadata?.id;
      if (link.id !== undefined && actual !== link.id) {
        findings.push({ ruleId, params: { path: link.path, reason: 'id-mismatch', expected: link.id, actual: String(actual) }, at: { file: programme, path: ['metadata', key, 'id'] } });
      }
      bundle[key] = linked;
    }
  }
  return bundle;
}

