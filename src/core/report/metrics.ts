import type { LearningMix } from '../model/types.js';
import { pairSessions } from './cadence.js';
import type { BuiltinMetric, KpiBasis, KpiNoDataReason } from './kpi-types.js';
import { levelsOn } from './levels.js';
import type { RecordIndex } from './record-index.js';
import type { KpiScopeSet } from './scope.js';

/** A computed metric: its value (null when there is nothing to compute it from) and what it rests on. */
export interface MetricValue {
  value: number | null;
  basis: KpiBasis;
  reason: KpiNoDataReason | null;
}

const none = (reason: KpiNoDataReason, basis: KpiBasis): MetricValue => ({ value: null, basis, reason });

/** The three learning types in the order of 70:20:10. */
export const learningTypes = ['experience', 'social', 'formal'] as const;
export type LearningType = (typeof learningTypes)[number];
export type Hours = Record<LearningType, number>;

/** The largest absolute difference, in percentage points, between the actual shares of hours and the planned mix. */
export function mixDeviation(hours: Hours, plan: LearningMix): number | null {
  const total = hours.experience + hours.social + hours.formal;
  if (total <= 0) return null;
  return Math.max(...learningTypes.map((t) => Math.abs((hours[t] / total) * 100 - plan[t])));
}

/** Hours per learning type of the given mentees on or before `asOf` (with a competency filter, only activities naming one). */
export function hoursOf(index: RecordIndex, mentees: readonly { id: string }[], asOf: string, competency?: (id: string) => boolean): Hours {
  const hours: Hours = { experience: 0, social: 0, formal: 0 };
  for (const m of mentees) {
    for (const l of index.learning.get(m.id) ?? []) {
      if (l.date > asOf) break;
      if (competency && (l.competency === undefined || !competency(l.competency))) continue;
      hours[l.type] += l.hours;
    }
  }
  return hours;
}

/** Computes a built-in metric over a KPI's scope on `asOf` (formulas: docs/report.md). */
export function computeMetric(index: RecordIndex, metric: BuiltinMetric, scope: KpiScopeSet, asOf: string, competencyScoped: boolean): MetricValue {
  switch (metric) {
    case 'average-level-gain':
    case 'gap-closed-share':
    case 'target-reached-share': {
      const levels = levelsOn(index, scope.mentees, asOf, scope.competency);
      const people = new Set(levels.map((l) => l.mentee.id)).size;
      const assessed = levels.filter((l) => l.assessedOn !== null).length;
      if (levels.length === 0) return none('empty-scope', { count: 0, people });
      if (assessed === 0) return none('no-assessments', { count: levels.length, people });
      if (metric === 'average-level-gain') return { value: levels.reduce((s, l) => s + l.gain, 0) / levels.length, basis: { count: levels.length, people }, reason: null };
      if (metric === 'gap-closed-share') return { value: levels.reduce((s, l) => s + l.gapClosed, 0) / levels.length, basis: { count: levels.length, people }, reason: null };
      const reached = levels.filter((l) => l.reached).length;
      return { value: reached / levels.length, basis: { count: levels.length, numerator: reached, denominator: levels.length, people }, reason: null };
    }
    case 'session-adherence': {
      let planned = 0;
      let held = 0;
      for (const pair of scope.pairs) {
        const s = pairSessions(index, pair, asOf);
        planned += s.planned;
        held += s.held;
      }
      const people = new Set(scope.pairs.map((p) => p.mentee)).size;
      if (planned === 0) return none(scope.pairs.length === 0 ? 'empty-scope' : 'no-planned-sessions', { count: scope.pairs.length, people });
      return { value: held / planned, basis: { count: scope.pairs.length, numerator: held, denominator: planned, people }, reason: null };
    }
    case 'learning-mix-deviation': {
      const hours = hoursOf(index, scope.mentees, asOf, competencyScoped ? scope.competency : undefined);
      const people = scope.mentees.filter((m) => (index.learning.get(m.id) ?? []).some((l) => l.date <= asOf)).length;
      const value = mixDeviation(hours, index.model.programme.process.learningMix);
      const total = hours.experience + hours.social + hours.formal;
      if (value === null) return none(scope.mentees.length === 0 ? 'empty-scope' : 'no-learning', { count: 0, people });
      return { value, basis: { count: total, people }, reason: null };
    }
    case 'satisfaction':
    case 'nps': {
      const key = metric === 'satisfaction' ? 'satisfaction' : 'nps';
      const values: number[] = [];
      const respondents = new Set<string>();
      for (const answer of index.surveys) {
        if (answer.date > asOf) break; // sorted by date
        const v = answer[key];
        if (v === undefined || (scope.respondents && !scope.respondents.has(answer.respondent))) continue;
        values.push(v);
        respondents.add(answer.respondent);
      }
      const people = respondents.size;
      if (values.length === 0) return none('no-answers', { count: 0, people });
      if (metric === 'satisfaction') return { value: values.reduce((a, b) => a + b, 0) / values.length, basis: { count: values.length, people }, reason: null };
      const promoters = values.filter((v) => v >= 9).length;
      const detractors = values.filter((v) => v <= 6).length;
      return { value: ((promoters - detractors) / values.length) * 100, basis: { count: values.length, numerator: promoters - detractors, denominator: values.length, people }, reason: null };
    }
    case 'retention': {
      const n = scope.mentees.length;
      if (n === 0) return none('empty-scope', { count: 0, people: 0 });
      let left = 0;
      for (const m of scope.mentees) if ((index.pairsByMentee.get(m.id) ?? []).some((p) => p.endReason === 'left-organisation' && p.end !== undefined && p.end <= asOf)) left++;
      return { value: (n - left) / n, basis: { count: n, numerator: n - left, denominator: n, people: n }, reason: null };
    }
  }
}

/** Metrics whose values are shares 0–1 (shown as percentages). */
export const shareMetrics: ReadonlySet<string> = new Set<BuiltinMetric>(['gap-closed-share', 'target-reached-share', 'session-adherence', 'retention']);
