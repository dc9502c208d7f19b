import type { Mentee, MenteeCompetency } from '../model/types.js';
import { latestOnOrBefore, type PlanEntry, type RecordIndex } from './record-index.js';

/** Where a mentee stands in one competency of their plan on a date. */
export interface LevelOnDate {
  mentee: Mentee;
  plan: MenteeCompetency;
  /** The latest assessed level on or before the date; the baseline when not assessed yet. */
  latest: number;
  /** Date and assessor role of that assessment; null when not assessed yet. */
  assessedOn: string | null;
  assessor: string | null;
  /** (latest − baseline) / (target − baseline), clipped to 0…1. */
  gapClosed: number;
  /** latest − baseline (may be negative when a later assessment is lower). */
  gain: number;
  reached: boolean;
}

/**
 * The latest level of a mentee in a competency on `asOf`: the most recent assessment on or before
 * that day, whoever assessed (the last one written when several share a day); the baseline when
 * there is none yet.
 */
export function levelOn(mentee: Mentee, entry: PlanEntry, asOf: string): LevelOnDate {
  const { plan } = entry;
  const last = latestOnOrBefore(entry.assessments, asOf);
  const latest = last?.level ?? plan.baseline;
  const closed = (latest - plan.baseline) / (plan.target - plan.baseline);
  return {
    mentee,
    plan,
    latest,
    assessedOn: last?.date ?? null,
    assessor: last?.assessor ?? null,
    gapClosed: closed < 0 ? 0 : closed > 1 ? 1 : closed,
    gain: latest - plan.baseline,
    reached: latest >= plan.target,
  };
}

/** Every planned mentee competency of the given mentees on `asOf`, in file order. */
export function levelsOn(index: RecordIndex, mentees: Iterable<Mentee>, asOf: string, competencyFilter?: (id: string) => boolean): LevelOnDate[] {
  const out: LevelOnDate[] = [];
  for (const mentee of mentees) {
    for (const entry of index.plans.get(mentee.id) ?? []) {
      if (competencyFilter && !competencyFilter(entry.plan.competency)) continue;
      out.push(levelOn(mentee, entry, asOf));
    }
  }
  return out;
}
