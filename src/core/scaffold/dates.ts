/**
 * Calendar arithmetic for scaffolding, on `YYYY-MM-DD` strings in UTC so a programme planned in
 * Warsaw and one planned in CI come out the same.
 */

import { addDays, daysBetween, isIsoDate, toUtc } from '../model/dates.js';

export { addDays, daysBetween, isIsoDate } from '../model/dates.js';

/** 0 = Monday … 6 = Sunday. */
function weekday(date: string): number {
  return (new Date(toUtc(date)).getUTCDay() + 6) % 7;
}

/** The first Monday on or after `date`. */
export function mondayOnOrAfter(date: string): string {
  return addDays(date, (7 - weekday(date)) % 7);
}

/** The default start of a new programme: the first Monday at least two weeks away, time enough to send buy-in messages. */
export function defaultStart(today: string): string {
  return mondayOnOrAfter(addDays(today, 14));
}

/** Last day of a programme of `weeks` weeks that starts on `start` (a Monday start ends on a Sunday). */
export function endOf(start: string, weeks: number): string {
  return addDays(start, weeks * 7 - 1);
}

/** The first day of the month `date` falls in, as `YYYY-MM`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/**
 * A date relative to the programme period, as templates write it: `start`, `end` or `mid`, with an
 * optional `+N`/`-N` days. Templates cannot know the start date, so they say where in the period
 * a milestone falls instead.
 */
export type RelativeDate = string;

const relativeDate = /^(start|end|mid)\s*(?:([+-])\s*(\d{1,3}))?$/;

export function isRelativeDate(value: unknown): value is RelativeDate {
  return typeof value === 'string' && relativeDate.test(value.trim());
}

/**
 * Resolves a relative date against a period; a day written out (`2027-01-25`, as a user's own
 * milestone or message may be) is that day. Throws on text that is neither (templates are checked first).
 */
export function resolveDate(value: RelativeDate, period: { start: string; end: string }): string {
  if (isIsoDate(value.trim())) return value.trim();
  const m = relativeDate.exec(value.trim());
  if (!m) throw new Error(`not a relative date: ${value}`);
  const days = m[3] === undefined ? 0 : Number(m[3]) * (m[2] === '-' ? -1 : 1);
  const anchor = m[1] === 'start' ? period.start : m[1] === 'end' ? period.end : addDays(period.start, Math.floor(daysBetween(period.start, period.end) / 2));
  return addDays(anchor, days);
}

/**
 * Turns a concrete date of one period into a relative date, anchored where it sits: dates in the
 * first third count from the start, in the last third from the end, the rest from the middle. So a
 * pilot's kick-off stays near the start and its closing near the end when a rollout runs longer.
 */
export function relativise(date: string, period: { start: string; end: string }): RelativeDate {
  const length = daysBetween(period.start, period.end);
  const fromStart = daysBetween(period.start, date);
  const signed = (anchor: string, days: number): RelativeDate => (days === 0 ? anchor : `${anchor}${days > 0 ? '+' : '-'}${Math.abs(days)}`);
  if (fromStart <= length / 3) return signed('start', fromStart);
  if (fromStart >= (2 * length) / 3) return signed('end', daysBetween(period.end, date));
  const mid = addDays(period.start, Math.floor(length / 2));
  return signed('mid', daysBetween(mid, date));
}

/** Keeps a date inside the period. */
export function clampDate(date: string, period: { start: string; end: string }): string {
  return date < period.start ? period.start : date > period.end ? period.end : date;
}
