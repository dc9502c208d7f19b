/** The progress line a long run shows on a terminal (src/cli/progress.ts). */
export interface ProgressText {
  /**
   * One line: files read (of those found so far, while some are still being read), the step, and
   * the findings so far. Written over itself, so it stays short.
   */
  line: (p: { filesRead: number; filesFound: number; step: 'reading' | 'checking'; findings: number }) => string;
}
