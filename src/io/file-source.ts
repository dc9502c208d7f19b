import { readdir, readFile, stat } from 'node:fs/promises';

export type SourceEntry = { kind: 'file'; size: number } | { kind: 'folder' };

/**
 * Where the loader reads files from: the disk, or a git revision (src/io/git.ts). Paths are absolute
 * in both; a revision maps them onto the repository's tree.
 */
export interface FileSource {
  /** What is at a path: a file with its size, a folder, or nothing. */
  stat(path: string): Promise<SourceEntry | undefined>;
  /** The entries of a folder, by name (unsorted). */
  list(folder: string): Promise<{ name: string; kind: 'file' | 'folder' }[]>;
  read(path: string): Promise<Uint8Array>;
  /** How a file from this source is named to the user, from its path relative to the working folder. */
  label(shown: string): string;
}

/** The working tree. */
export const diskSource: FileSource = {
  async stat(path) {
    try {
      const info = await stat(path);
      return info.isDirectory() ? { kind: 'folder' } : { kind: 'file', size: info.size };
    } catch {
      return undefined;
    }
  },
  async list(folder) {
    const entries = await readdir(folder, { withFileTypes: true });
    const out: { name: string; kind: 'file' | 'folder' }[] = [];
    for (const e of entries) if (e.isDirectory() || e.isFile()) out.push({ name: e.name, kind: e.isDirectory() ? 'folder' : 'file' });
    return out;
  },
  read: (path) => readFile(path),
  label: (shown) => shown,
};
