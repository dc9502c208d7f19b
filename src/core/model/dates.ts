import type { When } from './types.js';

// Dates are `YYYY-MM-DD` strings throughout: they compare correctly as strings, and arithmetic goes
// through UTC so no time zone or daylight-saving change can shift a day.

const msPerDay = 86_400_000;

/** Milliseconds since the epoch of a `YYYY-MM-DD` date at 00:00 UTC. */
export function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && fromUtc(toUtc(value)) === value;
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * msPerDay);
}

/**
 * The date `months` calendar months after `date`: the same day of the month, or the month's last
 * day when it is shorter (2026-01-31 plus one month is 2026-02-28).
 */
export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = month === 1 && isLeap(year) ? 29 : monthLengths[month]!;
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / msPerDay);
}

/**
 * The date a communication goes out: its fixed `date`, or its milestone's date plus `offsetDays`.
 * Undefined when the milestone is unknown (unknown-reference reports that).
 */
export function resolveWhen(when: When, milestones: ReadonlyMap<string, string>): string | undefined {
  if (when.date !== undefined) return when.date;
  if (when.milestone === undefined) return undefined;
  const base = milestones.get(when.milestone);
  return base === undefined ? undefined : addDays(base, when.offsetDays ?? 0);
}

/** True when `date` lies within `[start, end]`, both ends included. */
export function within(date: string, start: string, end: string): boolean {
  return date >= start && date <= end;
}

/**
 * A date as HR exports write it: `YYYY-MM-DD` (also what an XLSX date cell is read as),
 * `DD.MM.YYYY` or `D.M.YYYY` (Polish), `DD-MM-YYYY`, `YYYY.MM.DD` or `YYYY-M-D`. Slashed dates are refused:
 * `03/04/2020` is March in one country and April in the next.
 */
export function parseLooseDate(text: string): string | undefined {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const shape = looseDateShape(value);
  if (shape !== undefined) return isIsoDate(shape) ? shape : undefined;
  // A date with a time of day, as some systems export it (`2021-03-01 00:00:00`, `2021-03-01T00:00`).
  const m = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(:\d{2})?$/.exec(value);
  if (m && isIsoDate(m[1]!)) return m[1]!;
  return undefined;
}

/**
 * The `YYYY-MM-DD` form of a date written one of `parseLooseDate`'s other ways (`31.02.2026`,
 * `2026-3-16`), whether or not the calendar has that day; undefined for any other text.
 */
export function looseDateShape(text: string): string | undefined {
  const value = text.trim();
  let m = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/.exec(value);
  if (m) return isoOf(m[3]!, m[2]!, m[1]!);
  m = /^(\d{4})([.-])(\d{1,2})\2(\d{1,2})$/.exec(value);
  if (m) return isoOf(m[1]!, m[3]!, m[4]!);
  return undefined;
}

/**
 * The `YYYY-MM-DD` shape of a date as people write it by hand, for a hint ("did you mean …?"), whether
 * or not the calendar has that day: `parseLooseDate`'s forms, a slashed date that reads only one way
 * (`28/12/2026`; `05/06/2026` reads two ways and gets none), and a month by its name in Polish (with
 * or without its marks) or English (`28 grudnia 2026`, `28 Dec 2026`, `December 28, 2026`). Never used to read data.
 */
export function writtenDateShape(text: string): string | undefined {
  const value = text.trim();
  const shape = parseLooseDate(value) ?? looseDateShape(value);
  if (shape !== undefined) return shape;
  const slashed = slashedParts(value);
  if (slashed) {
    const { first, second, year } = slashed;
    if (first > 12 && second <= 12) return isoOf(year, String(second), String(first));
    if (second > 12 && first <= 12) return isoOf(year, String(first), String(second));
    return undefined;
  }
  const dayFirst = /^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})(?:\s*r\.?)?$/u.exec(value);
  const monthFirst = dayFirst ? undefined : /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(value);
  const [day, name, year] = dayFirst ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!] : monthFirst ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!] : [];
  const month = name === undefined ? undefined : monthNumber(name);
  return month === undefined ? undefined : isoOf(year!, String(month), day!);
}

/** The two numbers and the year of a slashed date (`D/M/YYYY`, either order); undefined for other text. */
export function slashedParts(text: string): { first: number; second: number; year: string } | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? { first: Number(m[1]), second: Number(m[2]), year: m[3]! } : undefined;
}

/** Month names in Polish (as a date writes them, and on their own) and English, with English abbreviations. */
const monthNames = [
  ['stycznia', 'styczeń', 'january', 'jan'],
  ['lutego', 'luty', 'february', 'feb'],
  ['marca', 'marzec', 'march', 'mar'],
  ['kwietnia', 'kwiecień', 'april', 'apr'],
  ['maja', 'maj', 'may'],
  ['czerwca', 'czerwiec', 'june', 'jun'],
  ['lipca', 'lipiec', 'july', 'jul'],
  ['sierpnia', 'sierpień', 'august', 'aug'],
  ['września', 'wrzesień', 'september', 'sep', 'sept'],
  ['października', 'październik', 'october', 'oct'],
  ['listopada', 'listopad', 'november', 'nov'],
    ['grudnia', 'grudzień', 'december', 'dec'],
];

/** Built on first use: folding the names loads Unicode normalisation, which no clean `validate` needs. */
let monthNumbers: Map<string, number> | undefined;

function monthNumber(name: string): number | undefined {
  monthNumbers ??= new Map(monthNames.flatMap((names, index) => names.map((n) => [folded(n), index + 1] as const)));
  return monthNumbers.get(folded(name));
}

/** Lower case without Polish marks: `Wrzesnia` typed without them is `września`. */
function folded(name: string): string {
  return name.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function isoOf(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
