import { isIsoDate } from '../model/dates.js';

/**
 * A date as HR exports write it: `YYYY-MM-DD` (also what an XLSX date cell is read as),
 * `DD.MM.YYYY` or `D.M.YYYY` (Polish), `DD-MM-YYYY` or `YYYY.MM.DD`. Slashed dates are refused:
 * `03/04/2020` is March in one country and April in the next.
 */
export function parseDateCell(text: string): string | undefined {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  let m = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/.exec(value);
  if (m) return date(m[3]!, m[2]!, m[1]!);
  m = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(value);
  if (m) return date(m[1]!, m[2]!, m[3]!);
  // A date with a time of day, as some systems export it (`2021-03-01 00:00:00`, `2021-03-01T00:00`).
  m = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(:\d{2})?$/.exec(value);
  if (m && isIsoDate(m[1]!)) return m[1]!;
  return undefined;
}

function date(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

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
