import type { Diagnostic } from '../../core/diagnostics.js';

/**
 * A diagnostic's span in the terms SARIF and GitHub annotations use: 1-based lines and columns,
 * `endColumn` exclusive (the column just past the last character). `endLine` without `endColumn`
 * means "to the end of that line".
 */
export interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * The region to report for a diagnostic. yaml's node ranges end just after a block node's last
 * newline, i.e. at column 1 of the following line; that end is moved back to the end of the line
 * before, so CI servers do not highlight a line the value is not on. An end before the start
 * (which core should never produce) is dropped rather than passed on, as GitHub rejects it.
 */
export function regionOf(d: Diagnostic): Region {
  const start = { startLine: d.start.line, startColumn: d.start.column };
  const end = d.end;
  if (!end) return start;
  if (end.line < d.start.line || (end.line === d.start.line && end.column < d.start.column)) return start;
  if (end.line > d.start.line && end.column === 1) return { ...start, endLine: end.line - 1 };
  return { ...start, endLine: end.line, endColumn: end.column };
}
