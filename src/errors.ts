/** Failures of the program itself (not problems in a user's file); `cli/main.ts` maps them to exit 2. */
export type IoErrorCode = 'path-not-found' | 'no-documents' | 'cannot-read' | 'refuse-overwrite' | 'cannot-write' | 'changed-on-disk';

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
