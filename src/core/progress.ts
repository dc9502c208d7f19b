/**
 * How far a run has got. The loader and the validator report it to an optional listener in their
 * options, each with the fields it knows (the CLI merges them and draws a progress line on a
 * terminal, src/cli/progress.ts). Reporting is a plain call: no timers, no output here.
 */
export interface Progress {
  /** Files read and parsed so far. */
  filesRead?: number;
  /**
   * Files found so far (named, met in a folder, or included), read or not: the total as far as it
   * is known. It grows while a programme's includes name more folders.
   */
  filesFound?: number;
  /** Reading the files, or checking them (schemas, then the method's rules). */
  step?: 'reading' | 'checking';
  /** Findings so far, before suppressions and the team's config are applied. */
  findings?: number;
}

/** Called often (once per file read, per file checked, per rule run): it must be cheap. */
export type ProgressListener = (progress: Progress) => void;
