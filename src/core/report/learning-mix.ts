import type { LearningMix, Mentee } from '../model/types.js';
import { learningTypes, mixDeviation, type Hours } from './metrics.js';
import type { Namer } from './pseudonyms.js';
import type { RecordIndex } from './record-index.js';
import type { LearningSection, MixFigures, MixRow } from './report-types.js';

/** Default tolerance of the learning mix in percentage points, as the schema documents it. */
export const defaultTolerance = 10;

/** Hours, shares and the deviation from the planned mix; within tolerance when the largest difference is at most the tolerance. */
export function mixFigures(hours: Hours, plan: LearningMix): MixFigures {
  const total = hours.experience + hours.social + hours.formal;
  const deviation = mixDeviation(hours, plan);
  const tolerance = plan.tolerance ?? defaultTolerance;
  return {
    hours: { ...hours, total },
    shares: total > 0 ? { experience: hours.experience / total, social: hours.social / total, formal: hours.formal / total } : null,
    deviation,
    withinTolerance: deviation === null ? null : deviation <= tolerance + 1e-9,
  };
}

/** The real learning mix per mentee and in total on `asOf`, against the planned mix and its tolerance. */
export function learningSection(index: RecordIndex, mentees: readonly Mentee[], asOf: string, names: Namer, individual: boolean): LearningSection {
  const plan = index.model.programme.process.learningMix;
  const rows: MixRow[] = [];
  const total: Hours = { experience: 0, social: 0, formal: 0 };
  let outside = 0;
  let withHours = 0;
  for (const mentee of mentees) {
    // One walk through the mentee's activities (the report asks about one date only).
    const hours: Hours = { experience: 0, social: 0, formal: 0 };
    for (const l of index.learning.get(mentee.id) ?? []) {
      if (l.date > asOf) break;
      hours[l.type] += l.hours;
    }
    for (const t of learningTypes) total[t] += hours[t];
    const figures = mixFigures(hours, plan);
    if (figures.withinTolerance !== null) withHours++;
    if (figures.withinTolerance === false) outside++;
    if (individual) rows.push({ mentee: names.person(mentee.id), ...figures });
  }
  return {
    plan: { experience: plan.experience, social: plan.social, formal: plan.formal, tolerance: plan.tolerance ?? defaultTolerance },
    total: mixFigures(total, plan),
    outsideTolerance: outside,
    withHours,
    rows: individual ? rows : null,
  };
}
