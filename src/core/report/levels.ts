import type { Mentee, MenteeCompetency } from '../model/types.js';
import { latestOnOrBefore, planKey, type RecordIndex } from './record-index.js';

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
export function levelOn(index: RecordIndex, mentee: Mentee, plan: MenteeCompetency, asOf: string): LevelOnDate {
  const last = latestOnOrBefore(index.assessments.get(planKey(mentee.id, plan.competency)), asOf);
  const latest = last?.level ?? plan.baseline;
  const gap = plan.target - plan.baseline;
  const closed = (latest - plan.baseline) / gap;
  return {
    mentee,
    plan,
    latest,
    assessedOn: last?.date ?? null,
    assessor: last?.assessor ?? null,
    gapClosed: Math.min(1, Math.max(0, closed)),
    gain: latest - plan.baseline,
    reached: latest >= plan.target,
  };
}

/** Every planned mentee competency of the given mentees on `asOf`, in file order. */
export function levelsOn(index: RecordIndex, mentees: Iterable<Mentee>, asOf: string, competencyFilter?: (id: string) => boolean): LevelOnDate[] {
  const out: LevelOnDate[] = [];
  for (const mentee of mentees) {
    for (const plan of index.plans.get(mentee.id) ?? []) {
      if (competencyFilter && !competencyFilter(plan.competency)) continue;
      out.push(levelOn(index, mentee, plan, asOf));
    }
  }
  return out;
}
