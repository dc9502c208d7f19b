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
