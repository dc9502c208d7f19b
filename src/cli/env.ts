import type { Locale } from '../messages/index.js';

/** The world a command runs in; tests pass a fake one to `run()`. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The same streams and environment with another working folder; the streams stay as lazy as they were. */
export function withCwd(io: CliIo, cwd: string): CliIo {
  return Object.create(io, { cwd: { value: cwd, enumerable: true } }) as CliIo;
}

const truthy = (value: string | undefined): boolean => value !== undefined && /^(1|true|yes)$/i.test(value.trim());

/** CI=true or CI=1 (the values CI services set); interactive prompts are never used there. */
/** A person can be asked: stdin and stdout are a terminal and this is not CI (init and add ask only then). */
export function interactiveTerminal(io: CliIo): boolean {
  return !isCi(io.env) && io.stdin.isTTY === true && io.stdout.isTTY === true;
}

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

/**
 * The language the user named: --locale, then MENTOR_LOCALE, then the system's (the first of
 * LC_ALL, LC_MESSAGES and LANG that is set, as POSIX reads them). Undefined when none names one:
 * unset, `C` or `POSIX` (with or without `.UTF-8`), as on most CI runners. A named language mentor
 * does not speak (`de_DE`) is English.
 */
export function namedLocale(flag: string | undefined, env: CliIo['env']): Locale | undefined {
  for (const value of [flag, env['MENTOR_LOCALE']]) {
    if (value) return /^pl\b|^pl[_-]/i.test(value) ? 'pl' : 'en';
  }
  const system = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  if (system === undefined || /^(C|POSIX)([._@].*)?$/i.test(system)) return undefined;
  return /^pl\b|^pl[_-]/i.test(system) ? 'pl' : 'en';
}

/** --locale, then MENTOR_LOCALE, then the system language, else English (see `namedLocale`). */
export function decideLocale(flag: string | undefined, env: CliIo['env']): Locale {
  return namedLocale(flag, env) ?? 'en';
}
