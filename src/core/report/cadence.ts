import { daysFrom } from './days.js';
import type { Pair, Session } from '../model/types.js';
import { countItemsOnOrBefore, type RecordIndex } from './record-index.js';

/** The last day a pair's sessions count on `asOf`: the date itself, the pair's end or the programme's end, whichever is first. */
export function windowEnd(index: RecordIndex, pair: Pair, asOf: string): string {
  let last = asOf < index.period.end ? asOf : index.period.end;
  if (pair.end !== undefined && pair.end < last) last = pair.end;
  return last;
}

/**
 * Sessions the cadence plans for a pair up to `asOf`: one every `everyWeeks` weeks from its start,
 * the first on the start day, so ⌊days / (7 × everyWeeks)⌋ + 1 up to the window's end; 0 before it starts.
 */
export function plannedSessions(index: RecordIndex, pair: Pair, asOf: string): number {
  const last = windowEnd(index, pair, asOf);
  if (pair.start > last) return 0;
  const every = index.model.programme.process.cadence.everyWeeks;
  return Math.floor(daysFrom(pair.start, last) / (7 * every)) + 1;
}

/** Sessions a pair held within its window on `asOf` (a binary search in its held dates). */
export function heldOn(index: RecordIndex, pair: Pair, asOf: string): number {
  const held = index.held.get(pair.id);
  return held ? countItemsOnOrBefore(held, windowEnd(index, pair, asOf)) : 0;
}

export function isHeld(session: Session): boolean {
  return (session.status ?? 'held') === 'held';
}

/** What a pair's records say on `asOf`: held sessions (and their minutes), cancelled and missed ones, within its window. */
export interface PairSessions {
  planned: number;
  held: number;
  minutes: number;
  cancelled: readonly Session[];
  missed: readonly Session[];
  lastHeld: string | null;
}

export function pairSessions(index: RecordIndex, pair: Pair, asOf: string): PairSessions {
  const last = windowEnd(index, pair, asOf);
  const out: PairSessions = { planned: plannedSessions(index, pair, asOf), held: 0, minutes: 0, cancelled: none, missed: none, lastHeld: null };
  for (const s of index.sessions.get(pair.id) ?? []) {
    if (s.date > last) break; // sorted by date
    if (isHeld(s)) {
      out.held++;
      out.minutes += s.minutes ?? 0;
      out.lastHeld = s.date;
    } else if (s.status === 'cancelled') out.cancelled = [...out.cancelled, s];
    else out.missed = [...out.missed, s];
  }
  return out;
}

// Most pairs have no cancelled or missed session: they share this empty list.
const none: readonly Session[] = [];
