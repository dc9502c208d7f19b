import { toUtc } from '../model/dates.js';

// A report works with a few hundred distinct dates but asks about them hundreds of thousands of
// times (every pair, every month): their day numbers are computed once. The cache is bounded.
const cache = new Map<string, number>();

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  let day = cache.get(date);
  if (day === undefined) {
    if (cache.size > 100_000) cache.clear();
    day = Math.round(toUtc(date) / 86_400_000);
    cache.set(date, day);
  }
  return day;
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysFrom(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
