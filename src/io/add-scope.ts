import { open, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { PeopleText } from '../core/add/check-addition.js';
import { listIndexes, standInOf } from '../core/add/stand-in.js';
import { textOfView } from '../core/text/byte-view.js';
import type { ProgrammeBundle } from '../core/model/bundle.js';
import { parseSource, parseSourceText } from '../core/parse/parse-source.js';
import type { Finding, ParsedFile } from '../core/parse/parsed-file.js';
import type { ProgressListener } from '../core/progress.js';
import { byteView, textOfWholeView } from './byte-view.js';
import { diskSource, type FileSource } from './file-source.js';
import { loadProgrammeBundle } from './load.js';
import { readRegularFile } from './read-file.js';

/** The programme `mentor add` writes into: its file, its people files, and where its folder is. */
export interface AddScope {
  /**
   * The programme, parsed. Its people files are skeletons (their header and empty lists: enough to
   * tell which lists a file holds); their text is in `peopleTexts`, read again only where needed.
   */
  bundle: ProgrammeBundle;
  /**
   * Each people file read as a skeleton, as its byte view (src/core/text/byte-view.ts: its UTF-8
   * bytes, never decoded whole); a file that could not be read or scanned is in `bundle.people`
   * parsed whole instead.
   */
  peopleTexts: PeopleText[];
  /** The people files parsed whole (for the dialog's lists), on first use. */
  parsedPeople: () => ParsedFile[];
  findings: Finding[];
  /** The programme's folder (absolute). */
  folder: string;
  /** The programme file, relative to its folder. */
  programmeFile: string;
  /** How to show a path inside the folder (relative to the working folder, with `/`). */
  show: (relativePath: string) => string;
  /** Absolute path of a file inside the folder. */
  absolute: (relativePath: string) => string;
  /** The path of an absolute file inside the folder, with `/`. */
  inside: (absolutePath: string) => string;
}

/**
 * Loads a programme for an addition: the programme file parsed, its people files read as byte views
 * (with only a skeleton parsed: their header and which lists they hold), none of its records. The check
 * (src/core/add/check-addition.ts) then parses only the people an addition concerns: parsing 10,000
 * mentees and pairs would take seconds for one session.
 */
export async function loadAddScope(path: string, cwd: string, onProgress?: ProgressListener): Promise<AddScope> {
  const peoplePaths = new Set<string>();
  const texts = new Map<string, PeopleText>();
  const source: FileSource = {
    ...diskSource,
    async parse(real, shown, absolutePath) {
      if (!peoplePaths.has(absolutePath)) return diskSource.parse(real, shown, absolutePath);
      const read = await readRegularFile(real, { noFollow: true });
      const text = read.kind === 'bytes' ? byteView(read.bytes) : undefined;
      const lists = text === undefined ? undefined : listIndexes(text);
      // Anything unusual (unreadable, not UTF-8, a layout the scan does not read) is parsed whole, so its findings are the loader's.
      if (read.kind !== 'bytes' || text === undefined || !lists) return read.kind === 'bytes' ? parseSource(shown, read.bytes, absolutePath) : diskSource.parse(real, shown, absolutePath);
      const empty = standInOf(text, lists, new Map(), undefined, textOfView);
      const skeleton = parseSourceText(shown, () => empty.text, absolutePath, empty.compact);
      if (skeleton.findings.length > 0) return parseSource(shown, read.bytes, absolutePath);
      texts.set(absolutePath, { shown, absolutePath, text, view: true });
      return skeleton;
    },
  };
  const { bundle, findings } = await loadProgrammeBundle(path, {
    cwd,
    source,
    include: (list, absolutePath) => {
      if (list === 'people') peoplePaths.add(absolutePath);
      return list === 'people';
    },
    ...(onProgress ? { onProgress } : {}),
  });
  const peopleTexts = bundle.people.filter((p) => texts.has(p.absolutePath)).map((p) => texts.get(p.absolutePath)!);
  let parsed: ParsedFile[] | undefined;
  const parsedPeople = (): ParsedFile[] =>
    (parsed ??= bundle.people.map((p) => {
      const t = texts.get(p.absolutePath);
      return t ? parseSourceText(t.shown, textOfWholeView(t.text), t.absolutePath) : p;
    }));
  const folder = dirname(bundle.programme.absolutePath);
  const inside = (absolutePath: string): string => relative(folder, absolutePath).split(sep).join('/');
  const show = (relativePath: string): string => {
    const rel = relative(cwd, join(folder, relativePath));
    return rel.startsWith('..') ? join(folder, relativePath) : rel.split(sep).join('/');
  };
  return { bundle, peopleTexts, parsedPeople, findings, folder, programmeFile: inside(bundle.programme.absolutePath), show, absolute: (p) => resolve(folder, p), inside };
}

/** The first line of a file (at most 1 KB read). */
async function firstLine(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  } finally {
    await handle.close();
  }
}

/**
 * The editor modeline a new records file in `folder` should start with (without `# `): the one
 * its siblings use, else one pointing at the programme's own copy of the schemas
 * (`.mentor/schemas/`, written by `mentor init`), else none.
 */
export async function recordsModeline(folder: string, programmeFolder: string): Promise<string | undefined> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const m = /^#\s*(yaml-language-server:\s*\$schema=.*?)\s*$/.exec(await firstLine(join(folder, name)).catch(() => ''));
    if (m) return m[1];
  }
  const schema = join(programmeFolder, '.mentor', 'schemas', 'records.schema.json');
  const found = await stat(schema).then((s) => s.isFile()).catch(() => false);
  return found ? `yaml-language-server: $schema=${relative(folder, schema).split(sep).join('/')}` : undefined;
}
