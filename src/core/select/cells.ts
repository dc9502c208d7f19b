import { parseLooseDate } from '../model/dates.js';

/** A date cell of an HR export: see `parseLooseDate`; slashed dates are read per column (slashed-dates.ts). */
export const parseDateCell = parseLooseDate;

/**
 * A whole number as a spreadsheet may write it: `3`, `3.0`, `3,0`, ` 3 `. Undefined for anything
 * else (`3,5`, `three`, `3+`).
 */
export function parseWholeCell(text: string): number | undefined {
  const m = /^\s*(-?\d+)(?:[.,]0+)?\s*$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** True for a number with a fraction (`3,5`, `2.25`): a level between two levels. */
export function isFraction(text: string): boolean {
  return /^\s*-?\d+[.,]\d+\s*$/.test(text);
}
