import type { KpiScope } from '../model/schema-types.js';
import type { LearningMix } from '../model/types.js';
import type { Evaluation } from './evaluation.js';
import type { BuiltinMetric, KpiBasis, KpiNoDataReason } from './kpi-types.js';
import { globalSeries } from './global-series.js';
import { addHoursOn, totalOn, type RecordIndex } from './record-index.js';

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
    // Running totals: one binary search per mentee (and competency), not a walk through the activities.
    if (!competency) addHoursOn(index.hoursSeries(m.id), asOf, hours);
    else for (const [id, series] of index.hoursByCompetency(m.id)) if (competency(id)) addHoursOn(series, asOf, hours);
  }
  return hours;
}

/** Computes a built-in metric over a KPI's scope on the evaluation's date (formulas: docs/report.md). */
export function computeMetric(ev: Evaluation, metric: BuiltinMetric, kpiScope: KpiScope | undefined): MetricValue {
  const { index, asOf } = ev;
  const scope = ev.scope(kpiScope);
  const competencyScoped = kpiScope?.competencies !== undefined;
  switch (metric) {
    case 'average-level-gain':
    case 'gap-closed-share':
    case 'target-reached-share': {
      const stats = ev.levelStats(kpiScope);
      const { entries: n, people } = stats;
      if (n === 0) return none('empty-scope', { count: 0, people });
      if (stats.assessed === 0) return none('no-assessments', { count: n, people });
      if (metric === 'average-level-gain') return { value: stats.gainSum / n, basis: { count: n, people }, reason: null };
      if (metric === 'gap-closed-share') return { value: stats.closedSum / n, basis: { count: n, people }, reason: null };
      return { value: stats.reached / n, basis: { count: n, numerator: stats.reached, denominator: n, people }, reason: null };
    }
    case 'session-adherence': {
      const { planned, held } = ev.sessions(kpiScope);
      const people = new Set(scope.pairs.map((p) => p.mentee)).size;
      if (planned === 0) return none(scope.pairs.length === 0 ? 'empty-scope' : 'no-planned-sessions', { count: scope.pairs.length, people });
      return { value: held / planned, basis: { count: scope.pairs.length, numerator: held, denominator: planned, people }, reason: null };
    }
    case 'learning-mix-deviation': {
      const whole = kpiScope === undefined && ev.population === undefined;
      const hours = whole ? globalSeries(index).hours(asOf) : hoursOf(index, scope.mentees, asOf, competencyScoped ? scope.competency : undefined);
      const people = whole ? globalSeries(index).learners(asOf) : scope.mentees.filter((m) => (index.learning.get(m.id)?.[0]?.date ?? '9999') <= asOf).length;
      const value = mixDeviation(hours, index.model.programme.process.learningMix);
      const total = hours.experience + hours.social + hours.formal;
      if (value === null) return none(scope.mentees.length === 0 ? 'empty-scope' : 'no-learning', { count: 0, people });
      return { value, basis: { count: total, people }, reason: null };
    }
    case 'satisfaction':
    case 'nps': {
      if (scope.respondents === undefined) {
        // Every answer counts: the running totals on the date.
        const t = totalOn(index.answers, asOf, undefined);
        const count = metric === 'satisfaction' ? (t?.satisfactionCount ?? 0) : (t?.npsCount ?? 0);
        const people = metric === 'satisfaction' ? (t?.satisfactionPeople ?? 0) : (t?.npsPeople ?? 0);
        if (!t || count === 0) return none('no-answers', { count: 0, people });
        if (metric === 'satisfaction') return { value: t.satisfactionSum / count, basis: { count, people }, reason: null };
        return { value: ((t.promoters - t.detractors) / count) * 100, basis: { count, numerator: t.promoters - t.detractors, denominator: count, people }, reason: null };
      }
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
      // Before the first pair starts, 100% retained would read as a result: it is not measured yet.
      if (!scope.pairs.some((p) => p.start <= asOf)) return none('no-pairs-started', { count: n, people: n });
      let left = 0;
      if (kpiScope === undefined && ev.population === undefined) left = globalSeries(index).left(asOf);
      else for (const m of scope.mentees) {
        const day = index.leftOn.get(m.id);
        if (day !== undefined && day <= asOf) left++;
      }
      return { value: (n - left) / n, basis: { count: n, numerator: n - left, denominator: n, people: n }, reason: null };
    }
  }
}

/** Metrics whose values are shares 0–1 (shown as percentages). */
export const shareMetrics: ReadonlySet<string> = new Set<BuiltinMetric>(['gap-closed-share', 'target-reached-share', 'session-adherence', 'retention']);

/**
 * The values a built-in metric can take (undefined where it has no bound): shares 0–1, satisfaction
 * on the survey's 1–5 scale, NPS from −100 to 100, the learning-mix deviation in points 0–100.
 */
export function metricRange(metric: string): { min: number; max: number } | undefined {
  if (shareMetrics.has(metric)) return { min: 0, max: 1 };
  if (metric === 'satisfaction') return { min: 1, max: 5 };
  if (metric === 'nps') return { min: -100, max: 100 };
  if (metric === 'learning-mix-deviation') return { min: 0, max: 100 };
  return undefined;
}
