/** Failures of the program itself (not problems in a user's file); `cli/main.ts` maps them to exit 2. */
export type IoErrorCode =
  | 'path-not-found'
  | 'no-documents'
  /** A quoted glob on the command line that matches no file (spectral's --fail-on-unmatched-globs, on by default). */
  | 'no-match'
  | 'cannot-read'
  | 'refuse-overwrite'
  | 'cannot-write'
  /** A write target that is a device, FIFO, socket or folder (or a link to one): never replaced. */
  | 'not-regular'
  /** A write target that is a symbolic link to nothing: replaced only with --force. */
  | 'refuse-link'
  /** A write that would go through a symbolic link, or out of the folder being written. */
  | 'through-link'
  /** Two writes to one file in one run (the reason names the other). */
  | 'same-file'
  /** A file edited in place (`mentor add`, `select --write`, `match --write`) changed on disk between reading and writing: nothing was written. */
  | 'changed-on-disk'
  /** A file to edit in place whose bytes are not UTF-8: decoding it would replace them, so it is not edited (the reason is `line:column`). */
  | 'not-utf8';

export class IoError extends Error {
  constructor(
    readonly code: IoErrorCode,
    readonly path: string,
    readonly reason = '',
  ) {
    super(`${code}: ${path}${reason ? ` (${reason})` : ''}`);
    this.name = 'IoError';
  }
}

/** A usage or configuration error: bad flags, bad option values. The message is already worded. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A --format or --output value that does not fit (src/cli/outputs.ts), as data: the catalogue words it (`ui.outputProblem`). */
export type OutputProblem =
  | { code: 'unknown-format'; flag: string; name: string; formats: readonly string[] }
  | { code: 'missing-file-name'; value: string; format: string }
  | { code: 'empty-output' }
  | { code: 'extension-mismatch'; value: string; byExtension: string; explicit: string }
  | { code: 'same-file-twice'; first: string; second: string };

/** A usage error about --format/--output; `cli/main.ts` words it in the user's language when it reports it. */
export class OutputError extends UsageError {
  constructor(readonly problem: OutputProblem) {
    super(`output: ${problem.code}`);
    this.name = 'OutputError';
  }
}

/** Signal numbers of the signals a run stops for, so the exit code says which (128 + n, as shells do). */
const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
export type InterruptSignal = keyof typeof signalNumbers;
export const interruptSignals = Object.keys(signalNumbers) as InterruptSignal[];

/** Exit code after a Ctrl-C at a prompt, as shells report a process ended by SIGINT (128 + 2). */
export const cancelledExitCode = 128 + signalNumbers.SIGINT;

/** Ctrl-C, SIGTERM or SIGHUP arrived while files were written; what was half-done was undone. */
export class InterruptedError extends Error {
  constructor(readonly signal: InterruptSignal) {
    super(`interrupted by ${signal}`);
    this.name = 'InterruptedError';
  }

  /** 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP. */
  get exitCode(): number {
    return 128 + signalNumbers[this.signal];
  }
}
