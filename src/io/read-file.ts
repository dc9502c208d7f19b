import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { maxFileBytes } from '../core/parse/parse-source.js';

/** What kind of thing sits at a path, when it is not a regular file. */
export type NonRegularKind = 'folder' | 'fifo' | 'device' | 'socket' | 'other';

/**
 * The outcome of reading a file under mentor's rules: its bytes, or why there are none. Never a
 * hang (a FIFO is refused, not waited on) and never more than `maxBytes` in memory.
 */
export type ReadOutcome =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'too-large'; size: number }
  | { kind: 'not-regular'; type: NonRegularKind }
  | { kind: 'unreadable'; code: string };

export interface ReadOptions {
  /** Refuse anything bigger (default: the 16 MiB limit every reader shares). */
  maxBytes?: number;
  /** Refuse a symbolic link in the last component (for paths already resolved to their real path). */
  noFollow?: boolean;
}

/** The kind of a non-regular file, from its stats. */
export function nonRegularKind(info: Stats): NonRegularKind {
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer, so the fstat
// below can refuse it; on a regular file it changes nothing. Windows has neither flag.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const noFollowFlag = constants.O_NOFOLLOW ?? 0;

/**
 * Reads a regular file with a byte cap. The check is made on the opened handle (open, fstat, then
 * read), so what is read is what was checked: a device, FIFO or socket (or a link to one) is refused
 * without reading a byte, and a file that grows while it is read stops at the cap.
 */
export async function readRegularFile(path: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const maxBytes = options.maxBytes ?? maxFileBytes;
  let handle;
  try {
    handle = await open(path, openFlags | (options.noFollow ? noFollowFlag : 0));
  } catch (error) {
    return { kind: 'unreadable', code: errorCode(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'not-regular', type: nonRegularKind(info) };
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
    // One byte more than the cap tells a file that grew past it from one that fits exactly.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > maxBytes) return { kind: 'too-large', size: filled };
        // The file grew since fstat: keep reading, still under the cap.
        return await readGrowing(handle, buffer, filled, maxBytes);
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) return { kind: 'bytes', bytes: buffer.subarray(0, filled) };
      filled += bytesRead;
    }
  } catch (error) {
    return { kind: 'unreadable', code: errorCode(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readGrowing(handle: Awaited<ReturnType<typeof open>>, start: Buffer, filled: number, maxBytes: number): Promise<ReadOutcome> {
  const chunks: Buffer[] = [start.subarray(0, filled)];
  let total = filled;
  const chunk = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return { kind: 'bytes', bytes: Buffer.concat(chunks, total) };
    total += bytesRead;
    if (total > maxBytes) return { kind: 'too-large', size: total };
    chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
  }
}

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
