import { InterruptedError, interruptSignals, type InterruptSignal } from '../errors.js';

/** Throws `InterruptedError` if a signal has arrived since the guarded work began. */
export type CheckInterrupt = () => void;

/**
 * Runs `work` with Ctrl-C, SIGTERM and SIGHUP held back: the first one only marks the run as
 * interrupted, and `check()` (called by `work` between steps) throws `InterruptedError`, so `work`
 * can undo what it started (a temporary file, half a folder) instead of dying mid-write. A second
 * signal is not held back: the handlers go after the first, so an impatient user still stops it.
 */
export async function interruptible<T>(work: (check: CheckInterrupt) => Promise<T>): Promise<T> {
  let received: InterruptSignal | undefined;
  const handlers = new Map<InterruptSignal, () => void>();
  const release = (): void => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    handlers.clear();
  };
  for (const signal of interruptSignals) {
    const handler = (): void => {
      received ??= signal;
      release();
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  const check: CheckInterrupt = () => {
    if (received) throw new InterruptedError(received);
  };
  try {
    // A signal after the last step came too late to stop anything: the work is done, and says so.
    return await work(check);
  } finally {
    release();
  }
}
