import { dayNumber } from './days.js';
import type { Mentee, Pair } from '../model/types.js';
import { levelOn, type LevelOnDate } from './levels.js';
import type { Namer } from './pseudonyms.js';
import { scaleOf, type RecordIndex } from './record-index.js';
import type { EndReason, ProgressRow, ProgressStatus } from './report-types.js';
import { pairState } from './sessions.js';

/** Below the expected level by at most this many levels is "at risk"; further below is "behind". */
export const atRiskLevels = 1;

/**
 * The pair a mentee works on a competency in on `asOf`, of the pairs that list it (else of all the
 * mentee's pairs): one still running before one that ended early, so a mentee matched again after
 * a pair broke up (`para-06` ended, `para-41` took over) is judged by the new pair; then the one
 * started last; a pair not started yet only when none has started (then the first in file order).
 */
export function pairFor(index: RecordIndex, mentee: string, competency: string, asOf: string): Pair | undefined {
  const pairs = index.pairsByMentee.get(mentee) ?? [];
  const listing = pairs.filter((p) => p.competencies.includes(competency));
  const candidates = listing.length > 0 ? listing : pairs;
  let best: Pair | undefined;
  let bestRank = -1;
  for (const pair of candidates) {
    const state = pairState(index, pair, asOf);
    const rank = state === 'not-started' ? 0 : state === 'ended' ? 1 : 2;
    // Later starts win among equals; file order breaks the remaining ties (strictly greater).
    if (rank > bestRank || (rank === bestRank && rank > 0 && best !== undefined && pair.start > best.start)) {
      best = pair;
      bestRank = rank;
    }
  }
  return best;
}

/** How a pair that ended early (its `end` on or before `asOf`) ended; null for any other pair. */
export function earlyEnd(index: RecordIndex, pair: Pair | undefined, asOf: string): { ended: string; endReason: EndReason } | null {
  if (pair === undefined || pairState(index, pair, asOf) !== 'ended') return null;
  return { ended: pair.end!, endReason: pair.endReason ?? 'not-given' };
}

/**
 * The share of the gap expected by `asOf`: the time elapsed in the pair's planned period, from its
 * start to `process.durationWeeks` later (or the programme's end, whichever is first), 0–1. A pair
 * that ended early is judged as of its end. Null without a pair: nobody mentors the mentee yet, so
 * no time is running for them (not the programme's time since the kick-off).
 */
export function expectedShare(index: RecordIndex, pair: Pair | undefined, asOf: string): number | null {
  if (pair === undefined) return null;
  const start = dayNumber(pair.start);
  const weeks = index.model.programme.process.durationWeeks;
  let plannedEnd = dayNumber(index.period.end);
  if (weeks !== undefined && start + weeks * 7 < plannedEnd) plannedEnd = start + weeks * 7;
  let now = dayNumber(asOf);
  if (pair.end !== undefined && dayNumber(pair.end) < now) now = dayNumber(pair.end);
  const span = plannedEnd - start;
  if (span <= 0) return now >= start ? 1 : 0;
  return Math.min(1, Math.max(0, (now - start) / span));
}

/**
 * Reached when at or above the target; ended early when the pair stopped before the target (no
 * pace to be on or off: nobody works on it any more); not assessed before any assessment;
 * otherwise measured in levels against where a straight line from baseline to target would be by
 * now: on track at or above it, at risk within one level below it, behind further below, and
 * behind whenever the planned period is over without the target. Without a pair (`expected` null)
 * there is no pace either: `no-pair` once assessed.
 */
export function progressStatus(level: LevelOnDate, expected: number | null, endedEarly = false): ProgressStatus {
  if (level.reached) return 'reached';
  if (endedEarly) return 'ended-early';
  if (level.assessedOn === null) return 'not-assessed';
  if (expected === null) return 'no-pair';
  if (expected >= 1) return 'behind';
  const expectedLevel = level.plan.baseline + expected * (level.plan.target - level.plan.baseline);
  const short = expectedLevel - level.latest;
  if (short <= 1e-9) return 'on-track';
  return short <= atRiskLevels + 1e-9 ? 'at-risk' : 'behind';
}

/** One row per mentee and planned competency, in file order. */
export function progressRows(index: RecordIndex, mentees: readonly Mentee[], asOf: string, names: Namer): ProgressRow[] {
  const rows: ProgressRow[] = [];
  // A programme may assess in roles of its own (`clinical-educator`): documents show them by the programme's name.
  const roleNames = new Map<string, string>();
  for (const role of index.model.programme.roles) if (!roleNames.has(role.id)) roleNames.set(role.id, role.name);
  for (const mentee of mentees) {
    for (const entry of index.plans.get(mentee.id) ?? []) {
      const { plan } = entry;
      const level = levelOn(mentee, entry, asOf);
      const pair = pairFor(index, mentee.id, plan.competency, asOf);
      const expected = expectedShare(index, pair, asOf);
      const end = earlyEnd(index, pair, asOf);
      rows.push({
        mentee: names.person(mentee.id),
        department: mentee.department ?? null,
        competency: { id: plan.competency, name: index.competencies.get(plan.competency)?.name ?? plan.competency },
        scale: scaleOf(index, plan.competency),
        pair: pair ? names.pair(pair.id) : null,
        baseline: plan.baseline,
        latest: level.latest,
        target: plan.target,
        assessedOn: level.assessedOn,
        assessor: level.assessor,
        assessorName: level.assessor === null ? null : (roleNames.get(level.assessor) ?? null),
        gapClosed: level.gapClosed,
        expected,
        ended: end?.ended ?? null,
        endReason: end?.endReason ?? null,
        status: progressStatus(level, expected, end !== null),
      });
    }
  }
  return rows;
}
