import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, readdir, readFile, realpath, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import type { PlannedFile } from '../core/scaffold/types.js';
import { InterruptedError, IoError } from '../errors.js';
import type { Recovery } from '../messages/safety-text.js';
import { interruptible, type CheckInterrupt } from './interrupt.js';
import { errorCode } from './read-file.js';

/** Ctrl-C, SIGTERM or SIGHUP arrived while the files were being written; everything written so far was removed. */
export class WriteCancelledError extends InterruptedError {
  constructor(signal: InterruptedError['signal']) {
    super(signal);
    this.name = 'WriteCancelledError';
  }
}

/** What is already at the target: its entries (a lone `.git` does not count) and the planned files that exist. */
export interface TargetState {
  exists: boolean;
  /** Top-level entries other than `.git` and leftovers of an interrupted run, sorted. */
  entries: string[];
  /** Planned paths that already exist and would be replaced. */
  overwrites: string[];
}

export interface WriteScaffoldOptions {
  /** Replace existing files (checked again at write time: a folder filled since it was inspected is refused without it). */
  force?: boolean;
  /** Test seam: called after each step (`staged`, `journal`, `moved:<path>`, `done`), e.g. to send a signal there. */
  onStep?: (step: string) => void | Promise<void>;
}

// Leftovers of a run: a staging folder inside an existing target (with its journal) and the copies of
// the files it replaced; a staging folder beside a new target. Their names say what they are.
const stagingInside = /^\.mentor-init-[0-9a-f]{12}$/;
const backupInside = /^\.mentor-init-[0-9a-f]{12}\.replaced$/;
const stagingBeside = (target: string): RegExp => new RegExp(`^\\.${escapeRegExp(basename(target))}\\.mentor-init-[0-9a-f]{12}$`);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ownerFile = '.mentor-init-owner';
const journalFile = '.mentor-init-journal.json';

/** What a run writes down before it moves files into an existing folder, so that a run killed half-way can be undone. */
interface Journal {
  state: 'moving' | 'done';
  files: { path: string; existed: boolean; hash: string }[];
  /** Folders the run creates inside the target, outermost first. */
  createdDirs: string[];
}

async function kind(path: string): Promise<'file' | 'folder' | 'link' | undefined> {
  try {
    const info = await lstat(path);
    return info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

const isLeftover = (name: string): boolean => stagingInside.test(name) || backupInside.test(name);

/**
 * The first symbolic link on the way from `root` to `root/relative` (the file itself included), as
 * a path relative to `root`: a write through it would land wherever the link points.
 */
async function linkOnPath(root: string, relative: string): Promise<string | undefined> {
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const sub = parts.slice(0, i).join('/');
    const type = await kind(join(root, sub));
    if (type === 'link') return sub;
    if (type === undefined) return undefined;
  }
  return undefined;
}

async function refuseLinks(root: string, files: readonly PlannedFile[], shown: string): Promise<void> {
  for (const file of files) {
    const link = await linkOnPath(root, file.path);
    if (link !== undefined) throw new IoError('through-link', `${shown}/${file.path}`, `${shown}/${link}`);
  }
}

/**
 * What is at the target. A planned file whose path passes through a symbolic link (`.github ->
 * ../elsewhere`), or is one, is refused here, before anything is written: `--force` replaces files
 * in the folder, never what a link points at.
 */
export async function inspectTarget(target: string, files: readonly PlannedFile[], shown: string): Promise<TargetState> {
  let info;
  try {
    info = await stat(target);
  } catch {
    return { exists: false, entries: [], overwrites: [] };
  }
  if (!info.isDirectory()) throw new IoError('cannot-write', shown, 'a file, not a folder');
  const real = await realpath(target);
  const entries = (await readdir(real)).filter((name) => name !== '.git' && !isLeftover(name)).sort();
  await refuseLinks(real, files, shown);
  const overwrites: string[] = [];
  for (const file of files) if ((await kind(join(real, file.path))) !== undefined) overwrites.push(file.path);
  return { exists: true, entries, overwrites };
}

/**
 * Writes a scaffold so that either every file lands or none does, even when two runs race or the
 * run is stopped.
 *
 * Everything is first written to a hidden staging folder. A new target is then one rename of that
 * folder, which fails if another run created the target first. Into an existing (empty, or
 * `--force`d) folder the files are moved one by one, after a journal is written: a new file is
 * linked into place (which fails rather than replace a file that appeared meanwhile), a replaced
 * file is copied aside first and then renamed over, so no file is ever missing, not even when the
 * process is killed. Ctrl-C, SIGTERM or SIGHUP stops at the next step and puts the folder back; a
 * run killed outright leaves its journal, and the next run puts the folder back from it and says so
 * (`recovered`). Returns the files that replaced existing ones.
 */
export async function writeScaffold(target: string, files: readonly PlannedFile[], shown: string, options: WriteScaffoldOptions = {}): Promise<{ replaced: string[]; recovered: Recovery[] }> {
  const parent = dirname(target);
  const createdParent = await mkdir(parent, { recursive: true }).catch((error: unknown) => {
    throw new IoError('cannot-write', shown, errorCode(error));
  });
  const recovered: Recovery[] = [];
  const beside = await recoverBeside(target, shown);
  if (beside) recovered.push(beside);
  const existing = (await kind(target)) !== undefined;
  if (existing) {
    const inside = await recoverInside(await realpath(target), shown);
    if (inside) recovered.push(inside);
  }
  try {
    const replaced = await interruptible((check) => (existing ? writeInto(target, files, shown, options, check) : writeNew(target, files, shown, options, check)));
    return { replaced, recovered };
  } catch (error) {
    if (createdParent) await rm(createdParent, { recursive: true, force: true });
    if (error instanceof InterruptedError) throw new WriteCancelledError(error.signal);
    if (error instanceof IoError) throw error;
    throw new IoError('cannot-write', shown, errorCode(error));
  }
}

async function stage(staging: string, files: readonly PlannedFile[], check: CheckInterrupt): Promise<void> {
  await mkdir(staging);
  // The owner's pid tells a later run that this staging folder belongs to a live run, not a leftover.
  await writeFile(join(staging, ownerFile), String(process.pid), { flag: 'wx' });
  for (const file of files) {
    check();
    const path = join(staging, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.contents, { flag: 'wx' });
  }
  check();
}

/** A new folder: staged beside it, then renamed into place in one step (which never replaces a folder with files). */
async function writeNew(target: string, files: readonly PlannedFile[], shown: string, options: WriteScaffoldOptions, check: CheckInterrupt): Promise<string[]> {
  const staging = join(dirname(target), `.${basename(target)}.mentor-init-${randomBytes(6).toString('hex')}`);
  try {
    await stage(staging, files, check);
    await options.onStep?.('staged');
    check();
    await rm(join(staging, ownerFile));
    try {
      await rename(staging, target);
    } catch (error) {
      // Another run (or the user) made the folder meanwhile: never replace what it holds.
      const code = errorCode(error);
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM' || code === 'EISDIR' || code === 'ENOTDIR') throw new IoError('refuse-overwrite', shown);
      throw error;
    }
    await options.onStep?.('done');
    return [];
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const sha256 = (contents: string | Buffer): string => createHash('sha256').update(contents).digest('hex');

/** An existing folder: staged inside it, then moved file by file under a journal. */
async function writeInto(target: string, files: readonly PlannedFile[], shown: string, options: WriteScaffoldOptions, check: CheckInterrupt): Promise<string[]> {
  const root = await realpath(target);
  const tag = randomBytes(6).toString('hex');
  const staging = join(root, `.mentor-init-${tag}`);
  const aside = `${staging}.replaced`;
  const replaced: string[] = [];
  let done = false;
  try {
    // Inspected before the prompts or by another run's time: look again now.
    const entries = (await readdir(root)).filter((name) => name !== '.git' && !isLeftover(name));
    if (entries.length > 0 && !options.force) throw new IoError('refuse-overwrite', shown);
    await refuseLinks(root, files, shown);
    await stage(staging, files, check);
    await options.onStep?.('staged');

    const journal: Journal = { state: 'moving', files: [], createdDirs: [] };
    for (const file of files) {
      journal.files.push({ path: file.path, existed: (await kind(join(root, file.path))) !== undefined, hash: sha256(file.contents) });
      for (let dir = dirname(file.path); dir !== '.' && !journal.createdDirs.includes(dir); dir = dirname(dir)) {
        if ((await kind(join(root, dir))) === undefined) journal.createdDirs.push(dir);
      }
    }
    journal.createdDirs.sort((a, b) => a.split('/').length - b.split('/').length);
    await writeJournal(staging, journal);
    await options.onStep?.('journal');

    for (const entry of journal.files) {
      check();
      const dest = join(root, entry.path);
      const staged = join(staging, entry.path);
      for (const dir of journal.createdDirs) await mkdir(join(root, dir)).catch((error: unknown) => (errorCode(error) === 'EEXIST' ? undefined : Promise.reject(error)));
      // Checked again at each move: a folder swapped for a link since the inspection is not written through.
      const link = await linkOnPath(root, entry.path);
      if (link !== undefined) throw new IoError('through-link', `${shown}/${entry.path}`, `${shown}/${link}`);
      const present = await kind(dest);
      if (present === 'folder') throw new IoError('cannot-write', `${shown}/${entry.path}`, 'a folder is in the way');
      if (present !== undefined) {
        if (!options.force) throw new IoError('refuse-overwrite', `${shown}/${entry.path}`);
        // A copy aside first, then one rename over the file: the file is never missing.
        await mkdir(dirname(join(aside, entry.path)), { recursive: true });
        await copyFile(dest, join(aside, entry.path));
        await rename(staged, dest);
        replaced.push(entry.path);
      } else {
        await placeNew(staged, dest, `${shown}/${entry.path}`);
      }
      await options.onStep?.(`moved:${entry.path}`);
    }
    check();
    await writeJournal(staging, { ...journal, state: 'done' });
    done = true;
    await options.onStep?.('done');
    return replaced;
  } catch (error) {
    if (!done) await undo(root, staging, aside);
    throw error;
  } finally {
    if (done) {
      await rm(aside, { recursive: true, force: true });
      await rm(staging, { recursive: true, force: true });
    }
  }
}

/**
 * Puts a new file in place without ever replacing one: a hard link fails if the name was taken
 * meanwhile (by a racing run). Where hard links are not supported, an exclusive copy does the same.
 */
async function placeNew(staged: string, dest: string, shown: string): Promise<void> {
  try {
    await link(staged, dest);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw new IoError('refuse-overwrite', shown);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    await copyFile(staged, dest, constants.COPYFILE_EXCL).catch((copyError: unknown) => {
      throw errorCode(copyError) === 'EEXIST' ? new IoError('refuse-overwrite', shown) : copyError;
    });
  }
}

async function writeJournal(staging: string, journal: Journal): Promise<void> {
  const temp = join(staging, `${journalFile}.tmp`);
  await writeFile(temp, JSON.stringify(journal));
  await rename(temp, join(staging, journalFile));
}

async function readJournal(staging: string): Promise<Journal | undefined> {
  try {
    const data = JSON.parse(await readFile(join(staging, journalFile), 'utf8')) as Partial<Journal>;
    if ((data.state !== 'moving' && data.state !== 'done') || !Array.isArray(data.files) || !Array.isArray(data.createdDirs)) return undefined;
    return data as Journal;
  } catch {
    return undefined;
  }
}

async function hashOf(path: string): Promise<string | undefined> {
  try {
    const info = await lstat(path);
    return info.isFile() ? sha256(await readFile(path)) : undefined;
  } catch {
    return undefined;
  }
}

/** A journal's paths, kept inside the folder: a doctored journal cannot make recovery touch anything else. */
const safeRelative = (path: unknown): path is string =>
  typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.includes('\\') && !path.split('/').some((p) => p === '..' || p === '.' || p === '');

/**
 * Undoes a run's moves from its journal: a replaced file whose content is still the run's gets its
 * earlier version back; a file the run added and nobody changed since goes; a file changed since
 * stays, with its earlier version kept aside. Then the run's folders, staging and copies go.
 */
async function undo(root: string, staging: string, aside: string): Promise<Omit<Recovery, 'folder'>> {
  const result = { restored: 0, removed: 0, kept: [] as string[] };
  const journal = await readJournal(staging);
  if (journal && journal.state === 'moving') {
    for (const entry of journal.files) {
      if (!safeRelative(entry.path)) continue;
      const dest = join(root, entry.path);
      const copy = join(aside, entry.path);
      const current = await hashOf(dest);
      if (entry.existed) {
        const earlier = await hashOf(copy);
        if (earlier === undefined) continue;
        if (current === entry.hash || current === undefined) {
          await rename(copy, dest);
          result.restored++;
        } else if (current === earlier) {
          await rm(copy, { force: true });
        } else {
          result.kept.push(copy.slice(root.length + 1).split(sep).join('/'));
        }
      } else if (current !== undefined && current === entry.hash) {
        await rm(dest, { force: true });
        result.removed++;
      }
    }
    for (const dir of [...journal.createdDirs].reverse()) if (safeRelative(dir)) await rmdir(join(root, dir)).catch(() => undefined);
  }
  await rm(staging, { recursive: true, force: true });
  if (result.kept.length === 0) await rm(aside, { recursive: true, force: true });
  return result;
}

/** True when the process that wrote a staging folder's owner file is still running. */
async function ownerAlive(staging: string): Promise<boolean> {
  const pid = Number((await readFile(join(staging, ownerFile), 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return errorCode(error) === 'EPERM';
  }
}

/** Undoes what interrupted runs left inside an existing target (runs still alive are left alone). */
async function recoverInside(root: string, shown: string): Promise<Recovery | undefined> {
  const names = await readdir(root).catch(() => [] as string[]);
  const total = { folder: shown, restored: 0, removed: 0, kept: [] as string[] };
  let found = false;
  for (const name of names.filter((n) => stagingInside.test(n))) {
    const staging = join(root, name);
    if (await ownerAlive(staging)) continue;
    found = true;
    const result = await undo(root, staging, `${staging}.replaced`);
    total.restored += result.restored;
    total.removed += result.removed;
    for (const path of result.kept) total.kept.push(`${shown}/${path}`);
  }
  // Copies left by a run killed while cleaning up after itself (its journal already said done).
  for (const name of names.filter((n) => backupInside.test(n) && !names.includes(n.slice(0, -'.replaced'.length)))) {
    found = true;
    await rm(join(root, name), { recursive: true, force: true });
  }
  return found ? total : undefined;
}

/** Removes staging folders interrupted runs left beside a new target (nothing of them reached the target). */
async function recoverBeside(target: string, shown: string): Promise<Recovery | undefined> {
  const parent = dirname(target);
  const pattern = stagingBeside(target);
  let found = false;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!pattern.test(name)) continue;
    const staging = join(parent, name);
    if (await ownerAlive(staging)) continue;
    found = true;
    await rm(staging, { recursive: true, force: true });
  }
  return found ? { folder: shown, restored: 0, removed: 0, kept: [] } : undefined;
}
