import type { Progress, ProgressListener } from '../core/progress.js';
import type { Locale } from '../messages/index.js';
import type { ProgressText } from '../messages/progress-text.js';
import { isCi, type CliIo } from './env.js';

// The progress line of a long run: one line on stderr, written over itself, shown only on a
// terminal and only once the run has taken a while. This module imports nothing heavy (it is
// loaded by every command that reads a programme).

/** The stream the line is drawn on (stderr); `columns` keeps it to one screen line. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

type Signal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';
const signals: readonly Signal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** How a visible line hears Ctrl-C (tests pass fakes); `alone` says whether no one else listens, so the signal must be raised again. */
export interface SignalHooks {
  on(signal: Signal, handler: () => void): void;
  off(signal: Signal, handler: () => void): void;
  alone(signal: Signal): boolean;
  raise(signal: Signal): void;
}

const processSignals: SignalHooks = {
  on: (signal, handler) => process.on(signal, handler),
  off: (signal, handler) => process.off(signal, handler),
  alone: (signal) => process.listenerCount(signal) === 0,
  raise: (signal) => process.kill(process.pid, signal),
};

/** A run must last this long (ms since the process started) before the line appears. */
export const progressDelayMs = 1000;
/** At most one redraw per this many ms (10 a second): drawing must not slow the work it reports. */
export const progressIntervalMs = 100;

const off = /^(0|false|no|off)$/i;

/**
 * Whether a progress line may be drawn on `stream`: only on a terminal (never into a pipe or a
 * file, so nothing of it reaches a log or a machine format), not on CI (CI=true/1), not with
 * TERM=dumb, and not when the user turned it off with MENTOR_PROGRESS=0 (or false/no/off).
 */
export function progressWanted(stream: ProgressStream, env: CliIo['env']): boolean {
  if (stream.isTTY !== true || isCi(env) || env['TERM'] === 'dumb') return false;
  const setting = env['MENTOR_PROGRESS'];
  return setting === undefined || !off.test(setting.trim());
}

/**
 * The delay before the line appears: MENTOR_PROGRESS_DELAY_MS (whole milliseconds, for tests and
 * for users who want it sooner or later), else `progressDelayMs`.
 */
export function progressDelay(env: CliIo['env']): number {
  const value = env['MENTOR_PROGRESS_DELAY_MS']?.trim();
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : progressDelayMs;
}

export interface ProgressLine {
  /** Give this to the loader and the validator (`onProgress`). */
  readonly report: ProgressListener;
  /** Erases the line if it is shown and stops drawing; call it before any other output, and on error. */
  done(): void;
}

export interface ProgressLineOptions {
  stream: ProgressStream;
  /** Words the line from the state so far. */
  text: ProgressText['line'];
  /** Milliseconds since the process started (the run's age); `performance.now()` by default. */
  now?: () => number;
  delayMs?: number;
  intervalMs?: number;
  signals?: SignalHooks;
}

/**
 * A progress line. The work it reports may be synchronous (parsing, the rules), so no timer could
 * fire during it: the time is checked in `report` itself, which the work calls often. The line
 * shows once the run is `delayMs` old, at most every `intervalMs`, and is erased by `done()` or,
 * once it has been shown, by Ctrl-C (SIGINT, SIGTERM, SIGHUP), which is then raised again so the
 * run still ends as the signal says. The price: while the line is up, a signal takes effect when
 * the synchronous step under way ends (a file's parse, the checks), not in the middle of it.
 */
export function progressLine(options: ProgressLineOptions): ProgressLine {
  const { stream, text } = options;
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? progressDelayMs;
  const interval = options.intervalMs ?? progressIntervalMs;
  const hooks = options.signals ?? processSignals;
  const state: Required<Progress> = { filesRead: 0, filesFound: 0, step: 'reading', findings: 0 };
  let shown = false;
  let finished = false;
  let drawnAt = -Infinity;
  const handlers = new Map<Signal, () => void>();

  const erase = (): void => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  const detach = (): void => {
    for (const [signal, handler] of handlers) hooks.off(signal, handler);
    handlers.clear();
  };
  const attach = (): void => {
    for (const signal of signals) {
      const handler = (): void => {
        erase();
        finished = true;
        detach();
        // With no other listener left, the signal would now be ignored: raise it again so the
        // process ends as it would have without us (exit status 130 for Ctrl-C).
        if (hooks.alone(signal)) hooks.raise(signal);
      };
      handlers.set(signal, handler);
      hooks.on(signal, handler);
    }
  };

  const report: ProgressListener = (progress) => {
    if (finished) return;
    Object.assign(state, progress);
    const at = now();
    if (at < delay || at - drawnAt < interval) return;
    drawnAt = at;
    let line = text(state);
    // A line wider than the screen wraps, and `\r` could not return to its start to erase it.
    const width = stream.columns;
    if (width !== undefined && width > 1 && line.length >= width) line = `${[...line].slice(0, width - 2).join('')}…`;
    // Listen before drawing: a Ctrl-C that comes the moment the line is on screen must find the
    // handler there (it runs only when this synchronous code yields, after `shown` is set).
    if (handlers.size === 0) attach();
    stream.write(`\r${line}\x1b[K`);
    shown = true;
  };

  return {
    report,
    done() {
      erase();
      finished = true;
      // The handlers stay: a Ctrl-C that arrived during synchronous work is dispatched only when
      // that work yields, and removing the last listener before then would drop it, so the run
      // would go on as if no one had pressed it. Left in place, they raise it again (and a signal
      // listener does not keep the process alive).
    },
  };
}

/**
 * The progress line for a command's run, or undefined where none may be drawn (see `progressWanted`).
 * The words load only then: a run in a pipe or on CI loads nothing for it.
 */
export async function startProgress(io: CliIo, locale: Locale): Promise<ProgressLine | undefined> {
  if (!progressWanted(io.stderr, io.env)) return undefined;
  const { catalogue } = await import('../messages/index.js');
  return progressLine({ stream: io.stderr, text: catalogue(locale).progress.line, delayMs: progressDelay(io.env) });
}
