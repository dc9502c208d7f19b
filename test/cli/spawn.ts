import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const bin = `${repoRoot}bin/mentor`;

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built CLI (bin/mentor → dist) as a user would, with colour off and a fixed date. */
export function mentor(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Result {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NO_COLOR: '1', LANG: 'C', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
