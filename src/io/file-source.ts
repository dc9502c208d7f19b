import { realpath, stat } from 'node:fs/promises';
import type { ParsedFile } from '../core/parse/parsed-file.js';
import { readSource } from './read-source.js';
import { locatePath, walk, type Located, type WalkItem, type WalkOptions } from './walk.js';

export type SourceEntry = { kind: 'file'; size: number } | { kind: 'folder' };

/**
 * Where the loader reads files from: the disk, under mentor's reading rules (src/io/walk.ts,
 * src/io/read-source.ts), or a git revision (src/io/git.ts). Paths are absolute in both; a revision
 * maps them onto the repository's tree.
 */
export interface FileSource {
  /** What is at a path: a file with its size, a folder, or nothing. */
  stat(path: string): Promise<SourceEntry | undefined>;
  /** Where a path leads, checked against the folder it must stay in (`locatePath` on disk). */
  locate(path: string, boundary: string | undefined): Promise<Located>;
  /** The YAML files under a folder, in name order (`walk` on disk). */
  walk(folder: string, options: WalkOptions): Promise<WalkItem[]>;
  /** Reads and parses one file from its real path, shown as `shown`; what stops the read is the file's finding. */
  parse(real: string, shown: string, absolutePath: string): Promise<ParsedFile>;
  /** The real path of a folder, or the folder itself when it cannot be resolved. */
  realFolder(folder: string): Promise<string>;
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
  locate: locatePath,
  walk,
  // The real path is already resolved: a link appearing there since is refused, not followed.
  parse: (real, shown, absolutePath) => readSource(real, shown, absolutePath, { noFollow: true }),
  realFolder: (folder) => realpath(folder).catch(() => folder),
  label: (shown) => shown,
};
