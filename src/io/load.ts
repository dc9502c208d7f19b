import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import picomatch from 'picomatch';
import { programmeLinks, type ProgrammeBundle, type SkippedFile, type Workspace } from '../core/model/bundle.js';
import { isRelativePath } from '../core/model/relative-path.js';
import type { Programme } from '../core/model/types.js';
import { fileProblem, parseSource, tooLargeFile } from '../core/parse/parse-source.js';
import type { Finding, ParsedFile } from '../core/parse/parsed-file.js';
import type { ProgressListener } from '../core/progress.js';
import { checkIncludedFile, looksLikeMentorDocument, skipReason } from '../core/validate/document.js';
import { IoError } from '../errors.js';
import { nearest } from '../core/text/nearest.js';
import { errorCode } from './read-file.js';
import { diskSource, type FileSource } from './file-source.js';
import { itemAt, type Located, type WalkItem } from './walk.js';

export interface LoadOptions {
  /** Folder that display paths are relative to. */
  cwd: string;
  /**
   * Reads standard input, for the path `-` (editors and pre-commit hooks pipe a buffer in). A reader
   * that stops at the size limit says so with `tooLarge` and the bytes it saw.
   */
  readStdin?: () => Promise<Uint8Array | { tooLarge: number }>;
  /** The path stdin stands for: shown in diagnostics, and what its includes resolve against. */
  stdinPath?: string;
  /** Where files are read from: the disk (default) or a git revision (`mentor diff REV:PATH`). */
  source?: FileSource;
  /**
   * Which included people and records files to read (default: all). `mentor add` reads no records
   * (only the month it writes to, itself) and, for a record, only the people files it refers to.
   */
  include?: (list: 'people' | 'records', absolutePath: string) => boolean | Promise<boolean>;
  /** Told of each file found and each file read (a progress line on a terminal). */
  onProgress?: ProgressListener;
}

/**
 * Files open at once. A folder of 400 files must not need 400 descriptors (macOS allows 256 by
 * default); 16 keep the disk busy while the parser works through what has arrived.
 */
const readConcurrency = 16;

/**
 * Reads and parses files once each, and remembers how to show their paths. Every read goes through
 * `readRegularFile` (regular files only, checked on the handle, 16 MiB at most), and a file whose
 * real path leaves the folder it must stay in is never opened: it becomes a finding on its link.
 */
class FileCache {
  /** Parsed files by real path (a file reached through two names is read once), and findings by link. */
  private readonly files = new Map<string, Promise<ParsedFile>>();
  private readonly limit = pLimit(readConcurrency);
  /** Files found and read so far, for `onProgress`. */
  private found = 0;
  private done = 0;
  constructor(
    private readonly cwd: string,
    readonly source: FileSource = diskSource,
    private readonly onProgress?: ProgressListener,
  ) {}

  display(absolute: string): string {
    const rel = relative(this.cwd, absolute);
    return this.source.label(rel === '' ? '.' : rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? absolute : rel.split(sep).join('/'));
  }

  /** Registers a file that did not come from disk (stdin), so includes and look-ups find it. */
  put(file: ParsedFile): void {
    this.files.set(file.absolutePath, Promise.resolve(file));
  }

  /** The file behind a walk item: read from its real path, or the finding the walk made instead. */
  item(item: WalkItem): Promise<ParsedFile> {
    if (item.kind === 'file') return this.read(item.path, item.real);
    // The same link met by a folder scan and by an include is one file with one finding.
    const key = `${item.kind}:${item.path}`;
    let known = this.files.get(key);
    if (!known) {
      const shown = this.display(item.path);
      known = Promise.resolve(
        item.kind === 'outside' ? fileProblem(shown, item.path, 'file-link-outside', {}) : fileProblem(shown, item.path, 'file-unreadable', { reason: item.code }),
      );
      this.files.set(key, known);
    }
    return known;
  }

  /** Reads `absolute` (shown by that name) from `real`, its resolved real path. */
  read(absolute: string, real: string): Promise<ParsedFile> {
    const known = this.files.get(real) ?? this.files.get(absolute);
    if (known) return known;
    const pending = this.limit(() => this.load(absolute, real));
    this.files.set(real, pending);
    if (this.onProgress) {
      this.found++;
      this.onProgress({ step: 'reading', filesFound: this.found, filesRead: this.done });
      // Counted either way; a failed read is still reported by whoever awaits `pending`.
      const tick = (): void => {
        this.done++;
        this.onProgress?.({ step: 'reading', filesFound: this.found, filesRead: this.done });
      };
      void pending.then(tick, tick);
    }
    return pending;
  }

  private load(absolute: string, real: string): Promise<ParsedFile> {
    return this.source.parse(real, this.display(absolute), absolute);
  }
}

/**
 * The files a glob names (`records/*.yaml`, `cohort-*`), found by walking the folder its
 * pattern starts from, as a named folder is walked (links out of it are findings, not reads).
 * Undefined when `given` is no glob.
 */
async function globItems(given: string, cwd: string, source: FileSource): Promise<WalkItem[] | undefined> {
  const scan = picomatch.scan(given.split(sep).join('/'));
  if (!scan.isGlob) return undefined;
  const base = resolve(cwd, scan.base || '.');
  const located = await source.locate(base, await source.realFolder(dirname(base)));
  if (located.kind !== 'folder') return [];
  const isMatch = picomatch(scan.glob);
  const items = await source.walk(base, { recursive: true, real: located.real, boundary: located.real });
  return items.filter((item) => isMatch(relative(base, item.path).split(sep).join('/')));
}

/** A file found by a folder scan counts when it is meant as a mentor document or could not be read as YAML at all. */
function worthReporting(file: ParsedFile): boolean {
  return looksLikeMentorDocument(file) || file.data === undefined;
}

/**
 * Loads the files and folders named on the command line (none = the current folder), and groups
 * them into programmes with their included people and records files and their pilots.
 *
 * A named path is followed as written, except that its last part may not be a symbolic link that
 * leaves the folder it is written in (`programme.yaml -> /etc/passwd` is a finding, not a read).
 */
export async function loadWorkspace(paths: readonly string[], options: LoadOptions): Promise<Workspace> {
  const cache = new FileCache(options.cwd, options.source, options.onProgress);
  const { source } = cache;
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
    if (fromStdin) {
      addNamedFile(await readStdinFile(absolute, cache, options), add, findings);
      continue;
    }
    const located = await source.locate(absolute, await source.realFolder(dirname(absolute)));
    if (located.kind === 'missing') {
      // A quoted glob (`'records/*.yaml'`): its files, read as a folder's are (other YAML passed over).
      const matched = await globItems(given, options.cwd, source);
      if (matched === undefined) throw new IoError('path-not-found', given);
      if (matched.length === 0) throw new IoError('no-match', given);
      for (const file of await Promise.all(matched.map((item) => cache.item(item)))) {
        if (worthReporting(file)) add(file);
        else passedOver.push(file);
      }
      continue;
    }
    if (located.kind !== 'folder') {
      addNamedFile(await cache.item(itemAt(absolute, located)), add, findings);
      continue;
    }
    const before = files.length;
    // Read in parallel (bounded), then add in walk order so output stays stable.
    const found = await Promise.all((await source.walk(absolute, { recursive: true, real: located.real, boundary: located.real })).map((item) => cache.item(item)));
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

/** A file named on the command line: reported even when it is YAML but not a mentor document. */
function addNamedFile(file: ParsedFile, add: (file: ParsedFile) => void, findings: Finding[]): void {
  add(file);
  // A file meant as a mentor document but broken in its apiVersion or kind is reported by its own check.
  if (file.data !== undefined && !looksLikeMentorDocument(file)) {
    const kind = (file.data as Record<string, unknown> | null)?.['kind'];
    findings.push({ ruleId: 'not-a-mentor-document', params: typeof kind === 'string' ? { kind } : {}, at: { file, path: typeof kind === 'string' ? ['kind'] : [] } });
  }
}

async function readStdinFile(absolute: string, cache: FileCache, options: LoadOptions): Promise<ParsedFile> {
  const shown = options.stdinPath === undefined ? '<stdin>' : cache.display(absolute);
  let read: Uint8Array | { tooLarge: number };
  try {
    read = options.readStdin ? await options.readStdin() : new Uint8Array();
  } catch (error) {
    throw new IoError('cannot-read', '<stdin>', errorCode(error));
  }
  const file = read instanceof Uint8Array ? parseSource(shown, read, absolute) : tooLargeFile(shown, absolute, read.tooLarge);
  cache.put(file);
  return file;
}

/** Loads the programme in a folder (its one Programme document at the top level) or a programme file. */
export async function loadProgrammeBundle(path: string, options: LoadOptions): Promise<{ bundle: ProgrammeBundle; findings: Finding[] }> {
  const cache = new FileCache(options.cwd, options.source, options.onProgress);
  const absolute = resolve(options.cwd, path);
  const located = await cache.source.locate(absolute, await cache.source.realFolder(dirname(absolute)));
  const programmeFile = await findProgrammeFile(absolute, located, cache);
  if (!programmeFile) throw new IoError(located.kind === 'missing' ? 'path-not-found' : 'no-documents', path);
  const findings: Finding[] = [];
  const bundle = await loadBundle(programmeFile, cache, findings, options.include);
  return { bundle, findings };
}

/** The programme file at a located path: the file itself, or the first Programme at the top of a folder. */
async function findProgrammeFile(absolute: string, located: Located, cache: FileCache): Promise<ParsedFile | undefined> {
  if (located.kind === 'missing') return undefined;
  if (located.kind !== 'folder') return cache.item(itemAt(absolute, located));
  // A programme file that is not YAML (a duplicate key, a tab) has no kind to be found by: it is
  // still the programme, so commands say it has errors rather than that the folder holds none.
  let broken: ParsedFile | undefined;
  for (const item of await cache.source.walk(absolute, { recursive: false, real: located.real, boundary: located.real })) {
    if (item.kind !== 'file') continue;
    const file = await cache.item(item);
    if (file.kind === 'Programme') return file;
    if (!broken && file.data === undefined && file.findings.length > 0 && /^kind:[ \t]*["']?Programme["']?[ \t]*(#.*)?\r?$/m.test(file.text ?? '')) broken = file;
  }
  return broken;
}

async function loadBundle(programme: ParsedFile, cache: FileCache, findings: Finding[], include?: LoadOptions['include']): Promise<ProgrammeBundle> {
  const bundle: ProgrammeBundle = { programme, people: [], records: [] };
  const data = programme.data as Partial<Programme> | undefined;
  const folder = dirname(programme.absolutePath);
  // Includes stay inside the programme's real folder: the written path may not climb out, and no
  // link on the way may lead out either.
  const { source } = cache;
  const boundary = await source.realFolder(folder);
  const includes = data?.includes;
  for (const [list, kind] of [['people', 'People'], ['records', 'Records']] as const) {
    const entries = Array.isArray(includes?.[list]) ? includes[list] : [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      // A path the schema refuses (`..`, absolute, with a backslash) is the schema's one finding.
      if (typeof entry !== 'string' || !isRelativePath(entry)) continue;
      const at = { file: programme, path: ['includes', list, i] };
      // Relative, without `..`: the path stays in the folder (a link on the way is `locate`'s to refuse).
      const target = resolve(folder, entry);
      const located = await source.locate(target, boundary);
      if (located.kind === 'missing') {
        const suggestion = await includedPathMeant(source, folder, boundary, entry);
        findings.push({ ruleId: 'include-not-found', params: { path: entry, ...(suggestion !== undefined ? { suggestion } : {}) }, at });
        continue;
      }
      const found = located.kind === 'folder' ? await source.walk(target, { recursive: true, real: located.real, boundary }) : [itemAt(target, located)];
      // `mentor add` reads only the files it needs (no records): filtered before anything is read.
      const items = [];
      for (const item of found) if (!include || (await include(list, item.path))) items.push(item);
      const parsed = await Promise.all(items.map((item) => cache.item(item)));
      for (const file of parsed) {
        const stray = checkIncludedFile(file, { entry, list, expected: kind });
        if (stray) findings.push(stray);
        else bundle[list].push(file);
      }
    }
  }
  // A rollout's pilot and a cycle's previous cycle are the same kind of link, checked the same way.
  // They live outside the programme by design: they may be anywhere, and are read under every other
  // rule (regular files only, the size limit, links inside their folder kept inside it).
  for (const { key, ruleId } of programmeLinks) {
    const link = data?.metadata?.[key];
    if (!link || typeof link.path !== 'string') continue;
    const linkedPath = resolve(folder, link.path);
    const linked = await findProgrammeFile(linkedPath, await source.locate(linkedPath, undefined), cache);
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

/**
 * The path an include that leads nowhere was most likely meant to be (`people/maintainer.yaml` for
 * `people/maintainers.yaml`, `record/` for `records/`): the nearest YAML file or folder holding some
 * under the programme's folder, written as the entry is (a folder with its trailing `/`). Looked for
 * only when an include is missing, so a correct programme never walks its folder for it.
 */
async function includedPathMeant(source: FileSource, folder: string, boundary: string, entry: string): Promise<string | undefined> {
  const found = await source.walk(folder, { recursive: true, real: boundary, boundary }).catch(() => []);
  const paths = new Set<string>();
  for (const item of found) {
    if (item.kind !== 'file') continue;
    const parts = relative(folder, item.path).split(sep);
    paths.add(parts.join('/'));
    for (let i = 1; i < parts.length; i++) paths.add(`${parts.slice(0, i).join('/')}/`);
  }
  const written = entry.replace(/^\.\//, '');
  const asFolder = written.endsWith('/') || !/\.ya?ml$/i.test(written);
  const candidates = [...paths].filter((p) => p.endsWith('/') === asFolder).map((p) => (asFolder && !written.endsWith('/') ? p.slice(0, -1) : p));
  return nearest(written, candidates);
}
