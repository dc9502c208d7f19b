import type { Locale } from '../messages/index.js';

/** The world a command runs in; tests pass a fake one to `run()`. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

const truthy = (value: string | undefined): boolean => value !== undefined && /^(1|true|yes)$/i.test(value.trim());

/** CI=true or CI=1 (the values CI services set); interactive prompts are never used there. */
export function isCi(env: CliIo['env']): boolean {
  return truthy(env['CI']);
}

/**
 * The one colour decision: --no-color/--color win, then NO_COLOR (any non-empty value), then
 * FORCE_COLOR, then TERM=dumb, then whether the stream is a terminal. chalk alone ignores NO_COLOR.
 */
export function decideColor(flag: boolean | undefined, env: CliIo['env'], isTTY: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !/^(0|false)$/i.test(force.trim());
  if (env['TERM'] === 'dumb') return false;
  return isTTY === true;
}

/** --locale, then MENTOR_LOCALE, then the system language (LC_ALL, LC_MESSAGES, LANG), else English. */
export function decideLocale(flag: string | undefined, env: CliIo['env']): Locale {
  const candidates = [flag, env['MENTOR_LOCALE'], env['LC_ALL'], env['LC_MESSAGES'], env['LANG']];
  for (const value of candidates) {
    if (!value) continue;
    if (/^pl\b|^pl[_-]/i.test(value)) return 'pl';
    if (/^en\b|^en[_-]/i.test(value) || value === flag || value === env['MENTOR_LOCALE']) return 'en';
  }
  return 'en';
}
