import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PlannedFile } from '../core/scaffold/types.js';
import { IoError } from '../errors.js';

/** Ctrl-C arrived while the files were being written; everything written so far was removed. */
export class WriteCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'WriteCancelledError';
  }
}

/** What is already at the target: its entries (a lone `.git` does not count) and the planned files that exist. */
export interface TargetState {
  exists: boolean;
  /** Top-level entries other than `.git`, sorted. */
  entries: string[];
  /** Planned paths that already exist and would be replaced. */
  overwrites: string[];
}

async function kind(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    return (await lstat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

export async function inspectTarget(target: string, files: readonly PlannedFile[], shown: string): Promise<TargetState> {
  const type = await kind(target);
  if (type === undefined) return { exists: false, entries: [], overwrites: [] };
  if (type === 'file') throw new IoError('cannot-write', shown, 'a file, not a folder');
  const entries = (await readdir(target)).filter((name) => name !== '.git').sort();
  const overwrites: string[] = [];
  for (const file of files) if ((await kind(join(target, file.path))) !== undefined) overwrites.push(file.path);
  return { exists: true, entries, overwrites };
}

/** Creates the parent folders of `path` below `root` that do not exist yet, and returns them, outermost first. */
async function makeParents(root: string, path: string): Promise<string[]> {
  const missing: string[] = [];
  for (let dir = dirname(path); dir.length > root.length && (await kind(dir)) === undefined; dir = dirname(dir)) missing.unshift(dir);
  for (const dir of missing) await mkdir(dir);
  return missing;
}

/**
 * Writes a scaffold so that either every file lands or none does. Everything is first written to
 * a hidden temporary folder next to the target; a new target is then one rename. Into an existing
 * (empty, or `--force`d) folder the files are moved one by one, and files they replace are kept
 * aside until the last move succeeds, so a failure puts the folder back as it was. Ctrl-C during
 * the writes stops at the next file and cleans up. Returns the files that replaced existing ones.
 */
export async function writeScaffold(target: string, files: readonly PlannedFile[], shown: string): Promise<{ replaced: string[] }> {
  const parent = dirname(target);
  const createdParent = await mkdir(parent, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new IoError('cannot-write', shown, error.code ?? String(error));
  });
  const tag = randomBytes(6).toString('hex');
  // A new folder is staged next to it (one rename at the end); an existing one is staged inside
  // itself, so writing into `.` never needs write access to the folder above.
  const existing = (await kind(target)) !== undefined;
  const temp = existing ? join(target, `.mentor-init-${tag}`) : join(parent, `.${basename(target)}.mentor-init-${tag}`);
  const aside = `${temp}.replaced`;
  let cancelled = false;
  const onSigint = (): void => {
    cancelled = true;
  };
  process.on('SIGINT', onSigint);
  const moved: string[] = [];
  const replaced: string[] = [];
  const createdDirs: string[] = [];
  // Replaced files stay aside only if putting them back failed: never delete the user's data.
  let keepAside = false;
  try {
    await mkdir(temp);
    for (const file of files) {
      if (cancelled) throw new WriteCancelledError();
      const path = join(temp, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents, { flag: 'wx' });
    }
    if (cancelled) throw new WriteCancelledError();
    if (!existing) {
      await rename(temp, target);
      return { replaced };
    }
    for (const file of files) {
      const dest = join(target, file.path);
      createdDirs.push(...(await makeParents(target, dest)));
      const existingKind = await kind(dest);
      // --force replaces files, never whole folders that happen to have a planned file's name.
      if (existingKind === 'folder') throw new IoError('cannot-write', `${shown}/${file.path}`, 'a folder is in the way');
      if (existingKind === 'file') {
        await mkdir(dirname(join(aside, file.path)), { recursive: true });
        await rename(dest, join(aside, file.path));
        replaced.push(file.path);
      }
      await rename(join(temp, file.path), dest);
      moved.push(file.path);
    }
    return { replaced };
  } catch (error) {
    // Put the target back as it was: take out what was moved in, restore what it replaced.
    for (const path of moved) await rm(join(target, path), { force: true });
    for (const path of replaced) {
      await rename(join(aside, path), join(target, path)).catch(() => {
        keepAside = true;
      });
    }
    for (const dir of createdDirs.reverse()) await rmdir(dir).catch(() => undefined);
    if (createdParent) await rm(createdParent, { recursive: true, force: true });
    if (error instanceof WriteCancelledError || error instanceof IoError) throw error;
    throw new IoError('cannot-write', shown, (error as NodeJS.ErrnoException).code ?? String(error));
  } finally {
    process.off('SIGINT', onSigint);
    await rm(temp, { recursive: true, force: true });
    if (!keepAside) await rm(aside, { recursive: true, force: true });
  }
}
