import { open, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ProgrammeBundle } from '../core/model/bundle.js';
import type { Finding } from '../core/parse/parsed-file.js';
import type { ProgressListener } from '../core/progress.js';
import { loadProgrammeBundle } from './load.js';

/** The programme `mentor add` writes into: its file, its people files, and where its folder is. */
export interface AddScope {
  bundle: ProgrammeBundle;
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
 * Loads a programme with its people files and none of its records: an addition is checked against
 * the frame and every person and pair (a rule about one pair needs its mentor, mentee and their
 * other pairs), and against the records file it goes into (read by the caller), not against every
 * month before it.
 */
export async function loadAddScope(path: string, cwd: string, onProgress?: ProgressListener): Promise<AddScope> {
  const { bundle, findings } = await loadProgrammeBundle(path, { cwd, include: (list) => list === 'people', ...(onProgress ? { onProgress } : {}) });
  const folder = dirname(bundle.programme.absolutePath);
  const inside = (absolutePath: string): string => relative(folder, absolutePath).split(sep).join('/');
  const show = (relativePath: string): string => {
    const rel = relative(cwd, join(folder, relativePath));
    return rel.startsWith('..') ? join(folder, relativePath) : rel.split(sep).join('/');
  };
  return { bundle, findings, folder, programmeFile: inside(bundle.programme.absolutePath), show, absolute: (p) => resolve(folder, p), inside };
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
