import { access, lstat, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IoError } from '../errors.js';
import { interruptible, type CheckInterrupt } from './interrupt.js';
import { errorCode, nonRegularKind } from './read-file.js';

export interface WriteOptions {
  /** Overwrite an existing file; without it an existing file is an error and stays untouched. */
  force?: boolean;
  /** Path to show in messages. */
  shown?: string;
}

/** One file to write: where, what, and how the user named it. */
export interface WriteTarget {
  path: string;
  /** Text (written as UTF-8) or bytes, whole or in pieces written one after another. */
  contents: string | Uint8Array | readonly Uint8Array[];
  shown: string;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks that a file may be written at `path` by replacing what is there: nothing yet, or (with
 * --force) a regular file, or a symbolic link, which is replaced itself and never written through.
 * A device, FIFO, socket or folder, or a link to one, is refused even with --force (as root,
 * `--output /dev/null --force` would otherwise replace /dev/null); so is a dangling link without it.
 */
export async function checkWriteTarget(path: string, options: WriteOptions = {}): Promise<void> {
  const shown = options.shown ?? path;
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw new IoError('cannot-write', shown, errorCode(error));
  }
  if (info.isSymbolicLink()) {
    const target = await stat(path).catch((error: unknown) => errorCode(error));
    if (typeof target === 'string') {
      if (target === 'ENOENT' && options.force) return;
      if (target === 'ENOENT') throw new IoError('refuse-link', shown);
      throw new IoError('cannot-write', shown, target);
    }
    if (!target.isFile()) throw new IoError('not-regular', shown, nonRegularKind(target));
  } else if (!info.isFile()) {
    throw new IoError('not-regular', shown, nonRegularKind(info));
  }
  if (!options.force) throw new IoError('refuse-overwrite', shown);
}

/**
 * Writes files atomically (temporary file + rename), all checked before any is written: a refusal
 * (an existing file without --force, a device, the same file named twice) leaves everything as it
 * was. Ctrl-C, SIGTERM or SIGHUP during the writes removes the temporary file of the one in
 * progress and stops with `InterruptedError`; files already renamed into place are complete.
 */
export async function writeFilesAtomic(
  targets: readonly WriteTarget[],
  options: {
    force?: boolean;
    /** Test seam: called once a file's temporary copy is written, before it is renamed into place. */
    onWritten?: (target: WriteTarget) => void | Promise<void>;
  } = {},
): Promise<void> {
  const entries = new Map<string, string>();
  for (const target of targets) {
    await checkWriteTarget(target.path, { force: options.force === true, shown: target.shown });
    // Two names for one directory entry (`a` and `./sub/../a`, or through a linked folder).
    const entry = join(await realpath(dirname(target.path)).catch(() => dirname(target.path)), basename(target.path));
    const first = entries.get(entry);
    if (first !== undefined) throw new IoError('same-file', target.shown, first);
    entries.set(entry, target.shown);
  }
  await interruptible(async (check) => {
    for (const target of targets) {
      check();
      await writeOne(target, check, options.onWritten);
    }
  });
}

/** Writes one file through a temporary file in the same folder and renames it over the target (atomic on POSIX). */
export async function writeFileAtomic(path: string, contents: WriteTarget['contents'], options: WriteOptions = {}): Promise<void> {
  await writeFilesAtomic([{ path, contents, shown: options.shown ?? path }], { force: options.force === true });
}

async function writeOne(target: WriteTarget, check: CheckInterrupt, onWritten?: (target: WriteTarget) => void | Promise<void>): Promise<void> {
  const { path, shown } = target;
  // node:crypto loads on demand: `mentor validate` imports this module for --output, and crypto's
  // dozen internal modules would otherwise cost every run a few milliseconds of start-up.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    // `wx`: the temporary name is new; never write through something already there.
    await writeFile(temp, target.contents, { flag: 'wx' });
    await onWritten?.(target);
    check();
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof Error && error.name === 'InterruptedError') throw error;
    throw new IoError('cannot-write', shown, errorCode(error));
  }
}
