import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const bin = `${repoRoot}bin/mentor`;

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The signal that ended the process (a hang killed by `timeout` shows here). */
  signal?: NodeJS.Signals | null;
}

export interface SpawnOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string | Buffer;
  /** Kill the process after this many milliseconds: a test of "never hangs" must end either way. */
  timeout?: number;
  /** Run as another user (tests that need a permission to be denied, when they run as root). */
  uid?: number;
  gid?: number;
}

/** Spawns the built CLI (bin/mentor → dist) as a user would, with colour off and a fixed date. */
export function mentor(args: string[], options: SpawnOptions = {}): Result {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NO_COLOR: '1', LANG: 'C', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    ...(options.timeout !== undefined ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}
