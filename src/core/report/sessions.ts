import { daysFrom } from './days.js';
import type { Pair } from '../model/types.js';
import { pairSessions, windowEnd } from './cadence.js';
import type { Namer } from './pseudonyms.js';
import type { RecordIndex } from './record-index.js';
import { minGroupSize } from './competencies.js';
import type { EndReason, EndReasonCount, PairRow, PairState, SessionEvent, SessionsSection } from './report-types.js';

/** A pair goes quiet after this many cadence periods without a held session. */
export const quietPeriods = 2;

/** Where a pair stands on `asOf`. */
export function pairState(index: RecordIndex, pair: Pair, asOf: string): PairState {
  if (pair.start > asOf) return 'not-started';
  if (pair.end !== undefined && pair.end <= asOf) return 'ended';
  if (asOf >= index.period.end) return 'finished';
  return 'active';
}

const endReasonOrder: readonly EndReason[] = ['completed', 'left-organisation', 'mismatch', 'workload', 'other', 'not-given'];

/**
 * Sessions per pair on `asOf`: held against planned (the cadence from the pair's start), minutes,
 * the last held session, quiet pairs (active, no held session for more than two cadence periods,
 * counting from the start when none was held), cancelled and missed sessions, and early ends.
 */
export function sessionsSection(index: RecordIndex, pairs: readonly Pair[], asOf: string, names: Namer, options: { reasons: boolean; individual: boolean }): SessionsSection {
  const { everyWeeks, minutes: plannedMinutes } = index.model.programme.process.cadence;
  const quietAfter = quietPeriods * 7 * everyWeeks;
  const rows: PairRow[] = [];
  const events: SessionEvent[] = [];
  const reasons = new Map<EndReason, number>();
  const totals = { pairs: pairs.length, planned: 0, held: 0, cancelled: 0, missed: 0, minutes: 0, plannedMinutesPerSession: plannedMinutes, adherence: null as number | null, quiet: 0, endedEarly: 0 };
  for (const pair of pairs) {
    const s = pairSessions(index, pair, asOf);
    const state = pairState(index, pair, asOf);
    const since = state === 'active' ? daysFrom(s.lastHeld ?? pair.start, windowEnd(index, pair, asOf)) : null;
    const quiet = since !== null && since > quietAfter;
    const endReason: EndReason | null = state === 'ended' ? (pair.endReason ?? 'not-given') : null;
    if (endReason) reasons.set(endReason, (reasons.get(endReason) ?? 0) + 1);
    totals.planned += s.planned;
    totals.held += s.held;
    totals.cancelled += s.cancelled.length;
    totals.missed += s.missed.length;
    totals.minutes += s.minutes;
    if (quiet) totals.quiet++;
    if (state === 'ended') totals.endedEarly++;
    if (!options.individual) continue;
    const ref = names.pair(pair.id);
    rows.push({
      pair: ref,
      mentor: names.person(pair.mentor),
      mentee: names.person(pair.mentee),
      start: pair.start,
      ended: state === 'ended' ? pair.end! : null,
      endReason,
      state,
      planned: s.planned,
      held: s.held,
      cancelled: s.cancelled.length,
      missed: s.missed.length,
      minutes: s.minutes,
      lastSession: s.lastHeld,
      daysSinceLast: since,
      quiet,
      adherence: s.planned > 0 ? s.held / s.planned : null,
    });
    for (const e of [...s.cancelled, ...s.missed].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
      events.push({ pair: ref, date: e.date, status: e.status === 'missed' ? 'missed' : 'cancelled', reason: options.reasons ? (e.reason ?? null) : null });
    }
  }
  totals.adherence = totals.planned > 0 ? totals.held / totals.planned : null;
  const endReasons: EndReasonCount[] = endReasonOrder.filter((r) => reasons.has(r)).map((reason) => ({ reason, pairs: reasons.get(reason)! }));
  return { totals, endReasons, pairs: options.individual ? rows : null, events: options.individual ? events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) : null };
}

/**
 * For a sponsor: reasons given by fewer than 3 pairs are merged into `other`, and `other` is left
 * out when it is still smaller than 3, so no early end can be traced to a person (the total of
 * early ends stays in the totals). Returns the reasons kept and how many were folded away.
 */
export function foldEndReasons(reasons: readonly EndReasonCount[]): { reasons: EndReasonCount[]; folded: number } {
  const kept: EndReasonCount[] = [];
  let other = 0;
  let folded = 0;
  for (const r of reasons) {
    if (r.pairs >= minGroupSize && r.reason !== 'other') kept.push(r);
    else {
      other += r.pairs;
      if (r.pairs < minGroupSize) folded++;
    }
  }
  if (other >= minGroupSize) kept.push({ reason: 'other', pairs: other });
  return { reasons: kept, folded };
}
