import type { Mentee } from '../model/types.js';
import { levelsOn, type LevelOnDate } from './levels.js';
import { scaleOf, type RecordIndex } from './record-index.js';
import type { CompetencyRow } from './report-types.js';

/** Groups smaller than this are folded into "other" in a sponsor's report, so nobody can be singled out. */
export const minGroupSize = 3;

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * One row of figures. `onOneScale` false (an `other` row folding competencies rated on different
 * scales, say 0–3 and 1–10): levels and gains are not comparable, so their averages are left out;
 * the gap closed, a share, still averages.
 */
function row(levels: readonly LevelOnDate[], head: Pick<CompetencyRow, 'competency' | 'scale' | 'importance' | 'competencies'>, withheld: boolean, onOneScale = true): CompetencyRow {
  const mentees = new Set(levels.map((l) => l.mentee.id)).size;
  if (withheld) {
    return { ...head, mentees, assessed: 0, reached: 0, averageGain: null, gapClosed: null, averageBaseline: null, averageLatest: null, averageTarget: null, withheld };
  }
  const levelMean = (pick: (l: LevelOnDate) => number): number | null => (onOneScale ? mean(levels.map(pick)) : null);
  return {
    ...head,
    mentees,
    assessed: levels.filter((l) => l.assessedOn !== null).length,
    reached: levels.filter((l) => l.reached).length,
    averageGain: levelMean((l) => l.gain),
    gapClosed: mean(levels.map((l) => l.gapClosed)),
    averageBaseline: levelMean((l) => l.plan.baseline),
    averageLatest: levelMean((l) => l.latest),
    averageTarget: levelMean((l) => l.plan.target),
    withheld,
  };
}

/**
 * Per competency (in the programme's order): mentees working on it, how many were assessed and
 * reached the target, average gain and gap closed, and average baseline / latest / target levels
 * (what the chart draws). With `fold`, competencies of fewer than 3 mentees are merged into one
 * `other` row, whose figures are withheld when it is still smaller than 3 people.
 */
export function competencyRows(index: RecordIndex, mentees: readonly Mentee[], asOf: string, fold: boolean): CompetencyRow[] {
  const byCompetency = new Map<string, LevelOnDate[]>();
  for (const level of levelsOn(index, mentees, asOf)) {
    const list = byCompetency.get(level.plan.competency);
    if (list) list.push(level);
    else byCompetency.set(level.plan.competency, [level]);
  }
  const rows: CompetencyRow[] = [];
  const other: LevelOnDate[] = [];
  let folded = 0;
  const known = index.model.programme.competencies.map((c) => c.id);
  const order = [...new Set([...known, ...byCompetency.keys()])];
  for (const id of order) {
    const levels = byCompetency.get(id);
    if (!levels) continue;
    if (fold && new Set(levels.map((l) => l.mentee.id)).size < minGroupSize) {
      other.push(...levels);
      folded++;
      continue;
    }
    const competency = index.competencies.get(id);
    rows.push(row(levels, { competency: { id, name: competency?.name ?? id }, scale: scaleOf(index, id), importance: competency?.importance ?? null, competencies: 1 }, false));
  }
  if (folded > 0) {
    const scales = new Set(other.map((l) => index.competencies.get(l.plan.competency)?.scale));
    const scale = scales.size === 1 ? scaleOf(index, other[0]!.plan.competency) : null;
    rows.push(row(other, { competency: null, scale, importance: null, competencies: folded }, new Set(other.map((l) => l.mentee.id)).size < minGroupSize, scales.size === 1));
  }
  return rows;
}
