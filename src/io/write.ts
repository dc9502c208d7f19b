import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IoError } from '../errors.js';

export interface WriteOptions {
  /** Overwrite an existing file; without it an existing file is an error and stays untouched. */
  force?: boolean;
  /** Path to show in messages. */
  shown?: string;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes through a temporary file in the same folder and renames it over the target (atomic on POSIX). */
export async function writeFileAtomic(path: string, contents: string, options: WriteOptions = {}): Promise<void> {
  const shown = options.shown ?? path;
  if (!options.force && (await exists(path))) throw new IoError('refuse-overwrite', shown);
  // node:crypto loads on demand: `mentor validate` imports this module for --output, and crypto's
  // dozen internal modules would otherwise cost every run a few milliseconds of start-up.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, contents);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new IoError('cannot-write', shown, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
