import { isIsoDate, slashedParts } from '../model/dates.js';

/**
 * Dates written with slashes (`31/12/2026`, `5/1/2026`) are day first in Poland and the UK and
 * month first in the US, and nothing in one cell tells which. An export writes every date of a
 * column one way, so the column decides: a first number above 12 anywhere proves day first, a
 * second number above 12 proves month first. When no cell proves either, `--date-format` says it,
 * else a Polish programme's exports are day first (Polish never writes the month first), else the
 * cells that could be read both ways are refused with what to do. A date that reads the same both
 * ways (`05/05/2026`) is never in doubt.
 */
export type DateOrder = 'day-first' | 'month-first';

/** `--date-format` values, as an HR person knows them, and the order each means. */
export const dateFormats: Readonly<Record<string, DateOrder>> = { 'DD/MM/YYYY': 'day-first', 'MM/DD/YYYY': 'month-first' };

/** How an order is written in messages and machine output. */
export const dateFormatOf: Readonly<Record<DateOrder, string>> = { 'day-first': 'DD/MM/YYYY', 'month-first': 'MM/DD/YYYY' };

export { slashedParts };

/** The `YYYY-MM-DD` of a slashed date read in `order`; undefined when the calendar has no such day. */
export function slashedDate(parts: { first: number; second: number; year: string }, order: DateOrder): string | undefined {
  const [day, month] = order === 'day-first' ? [parts.first, parts.second] : [parts.second, parts.first];
  const iso = `${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A cell of the column that shows an order: its line and text. */
export interface DateEvidence {
  line: number;
  value: string;
}

/** How the slashed dates of a column are read, and what decided it. */
export interface DateOrderDecision {
  order: DateOrder;
  by: 'option' | 'column' | 'locale';
  /** For `column`: the first cell that proves the order. */
  evidence?: DateEvidence;
}

export type ColumnDateOrder =
  /** No slashed date in the column: nothing to decide. */
  | { kind: 'none' }
  | { kind: 'decided'; decision: DateOrderDecision }
  /** Every slashed date could be read both ways, and nothing says which. */
  | { kind: 'ambiguous' }
  /** Cells prove both orders: the column mixes them. */
  | { kind: 'mixed'; dayFirst: DateEvidence; monthFirst: DateEvidence };

/**
 * The order the slashed dates of one column are read in: `option` (`--date-format`) first, then
 * the column's own cells, then `localeOrder` (the programme's language: day first for Polish).
 */
export function columnDateOrder(cells: readonly DateEvidence[], option?: DateOrder, localeOrder?: DateOrder): ColumnDateOrder {
  let any = false;
  let dayFirst: DateEvidence | undefined;
  let monthFirst: DateEvidence | undefined;
  for (const cell of cells) {
    const parts = slashedParts(cell.value);
    if (parts === undefined) continue;
    any = true;
    if (parts.first > 12 && parts.second <= 12) dayFirst ??= cell;
    if (parts.second > 12 && parts.first <= 12) monthFirst ??= cell;
  }
  if (!any) return { kind: 'none' };
  if (option !== undefined) return { kind: 'decided', decision: { order: option, by: 'option' } };
  if (dayFirst !== undefined && monthFirst !== undefined) return { kind: 'mixed', dayFirst, monthFirst };
  if (dayFirst !== undefined) return { kind: 'decided', decision: { order: 'day-first', by: 'column', evidence: dayFirst } };
  if (monthFirst !== undefined) return { kind: 'decided', decision: { order: 'month-first', by: 'column', evidence: monthFirst } };
  if (localeOrder !== undefined) return { kind: 'decided', decision: { order: localeOrder, by: 'locale' } };
  return { kind: 'ambiguous' };
}
