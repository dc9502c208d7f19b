import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { errorCode } from './read-file.js';

/**
 * Something a folder scan or an include found: a file to read from its real path, a symbolic link
 * whose target lies outside the folder it must stay in (never read), or a folder or link that could
 * not be read. `path` is the name it was found under, which is how it is shown.
 */
export type WalkItem =
  | { kind: 'file'; path: string; real: string }
  | { kind: 'outside'; path: string }
  | { kind: 'unreadable'; path: string; code: string };

/** Where a path leads, checked against the folder it must stay in. */
export type Located =
  | { kind: 'missing'; code: string }
  | { kind: 'outside'; folder: boolean }
  | { kind: 'unreadable'; code: string }
  | { kind: 'file'; real: string }
  | { kind: 'folder'; real: string };

const yamlFile = /\.ya?ml$/i;
// Folders a programme never keeps documents in; `.github` holds workflow YAML, not programmes.
const skippedFolders = new Set(['node_modules', '.git']);

/**
 * True when `path` is `folder` or below it. Both are compared as written, so `..foo/` is inside
 * (only `..` itself, or `../…`, climbs out).
 */
export function inside(path: string, folder: string): boolean {
  if (path === folder) return true;
  const prefix = folder.endsWith(sep) ? folder : `${folder}${sep}`;
  return path.startsWith(prefix);
}

/**
 * Resolves a path to its real path and checks it stays inside `boundary` (a real path; undefined
 * for a path that may lead anywhere, like a pilot). Anything
 * that is not a folder counts as a file here: the reader checks on the opened handle whether it is a
 * regular one.
 */
export async function locatePath(path: string, boundary: string | undefined): Promise<Located> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    const code = errorCode(error);
    // A link to nowhere, or a path through a file, is as good as missing; a loop or a locked folder is not.
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing', code } : { kind: 'unreadable', code };
  }
  // Whether the target is a folder decides if a scan reports the link; its contents are never read.
  if (boundary !== undefined && !inside(real, boundary)) return { kind: 'outside', folder: await stat(real).then((info) => info.isDirectory(), () => false) };
  try {
    return (await stat(real)).isDirectory() ? { kind: 'folder', real } : { kind: 'file', real };
  } catch (error) {
    return { kind: 'unreadable', code: errorCode(error) };
  }
}

/** A located path that is not a folder, as the item a reader takes. */
export function itemAt(path: string, located: Exclude<Located, { kind: 'folder' | 'missing' }>): WalkItem {
  switch (located.kind) {
    case 'file':
      return { kind: 'file', path, real: located.real };
    case 'outside':
      return { kind: 'outside', path };
    case 'unreadable':
      return { kind: 'unreadable', path, code: located.code };
  }
}

export interface WalkOptions {
  /** Descend into subfolders (a programme's included folders), or list one folder (finding a programme). */
  recursive: boolean;
  /** The real path of the folder walked. */
  real: string;
  /** The real path every file and folder found must stay inside. */
  boundary: string;
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The YAML files under a folder, in name order (subfolders in place, depth first). A link is
 * followed only when its real path stays inside the boundary; one that leaves is an `outside` item
 * naming the link, and its target is never opened. A folder that cannot be listed is an
 * `unreadable` item and the walk goes on. Each real folder is walked once, so link loops end.
 */
export async function walk(folder: string, options: WalkOptions): Promise<WalkItem[]> {
  const found: WalkItem[] = [];
  const visited = new Set<string>();
  const visit = async (path: string, real: string): Promise<void> => {
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(real, { withFileTypes: true });
    } catch (error) {
      found.push({ kind: 'unreadable', path, code: errorCode(error) });
      return;
    }
    for (const entry of entries.sort(byName)) {
      const name = entry.name;
      const full = join(path, name);
      const isYaml = yamlFile.test(name);
      const descend = options.recursive && !skippedFolders.has(name) && !name.startsWith('.');
      if (entry.isDirectory()) {
        if (descend) await visit(full, join(real, name));
      } else if (entry.isSymbolicLink()) {
        if (!isYaml && !descend) continue;
        const located = await locatePath(join(real, name), options.boundary);
        if (located.kind === 'folder') {
          if (descend) await visit(full, located.real);
        } else if (located.kind === 'file') {
          if (isYaml) found.push({ kind: 'file', path: full, real: located.real });
        } else if (located.kind === 'outside') {
          if (isYaml || located.folder) found.push({ kind: 'outside', path: full });
        } else if (isYaml) {
          found.push({ kind: 'unreadable', path: full, code: located.code });
        }
      } else if (isYaml) {
        // Regular files, and FIFOs, devices or sockets with a YAML name: the reader refuses the latter.
        found.push({ kind: 'file', path: full, real: join(real, name) });
      }
    }
  };
  await visit(folder, options.real);
  return found;
}
