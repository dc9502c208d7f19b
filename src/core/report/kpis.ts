import type { Kpi } from '../model/types.js';
import { isBuiltinMetric, type KpiCheckpointResult, type KpiResult, type KpiStatus } from './kpi-types.js';
import { computeMetric, shareMetrics, type MetricValue } from './metrics.js';
import { latestOnOrBefore, type RecordIndex } from './record-index.js';
import type { Population } from './scope.js';
import { evaluation, type Evaluation } from './evaluation.js';

// Values computed from averages land a hair off a target that is "exactly" met (0.8 as 0.7999…).
const epsilon = 1e-9;

/** True when `value` is on the right side of `target` for the KPI's direction (equal counts as met). */
export function onTargetSide(value: number, target: number, direction: 'higher' | 'lower'): boolean {
  return direction === 'higher' ? value >= target - epsilon : value <= target + epsilon;
}

/** How far `value` falls short of `target` (0 when on the right side). */
export function shortfall(value: number, target: number, direction: 'higher' | 'lower'): number {
  const gap = direction === 'higher' ? target - value : value - target;
  // 4.1 − 3.5 is 0.5999999999999996 in binary: JSON, CSV and the diff show the difference as written.
  return gap > epsilon ? Number(gap.toPrecision(12)) : 0;
}

/** The checkpoint due on `asOf` (the latest on or before it) and the next one after it. */
export function checkpointsAround(kpi: Kpi, asOf: string): { due: KpiCheckpointResult | null; next: KpiCheckpointResult | null } {
  // Sorted here too: an unordered list is a validate finding, not a reason to judge against the wrong one.
  const sorted = [...(kpi.checkpoints ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const due = latestOnOrBefore(sorted, asOf);
  const next = sorted.find((c) => c.date > asOf);
  return { due: due ? { date: due.date, target: due.target } : null, next: next ? { date: next.date, target: next.target } : null };
}

/** The status rule of docs/report.md: met, else missed once the period is over, else at risk against the checkpoint due, else open. */
export function kpiStatus(kpi: Kpi, value: number | null, asOf: string, periodEnd: string, due: KpiCheckpointResult | null): KpiStatus {
  if (value === null) return 'no-data';
  if (kpi.target === undefined) return 'no-target';
  if (onTargetSide(value, kpi.target, kpi.direction)) return 'met';
  if (asOf >= periodEnd) return 'missed';
  if (due && !onTargetSide(value, due.target, kpi.direction)) return 'at-risk';
  return 'open';
}

function externalValue(index: RecordIndex, kpi: Kpi, asOf: string): MetricValue & { measuredOn: string | null } {
  const latest = latestOnOrBefore(index.kpiValues.get(kpi.id), asOf);
  if (!latest) return { value: null, basis: { count: 0, people: 0 }, reason: 'no-values', measuredOn: null };
  const count = (index.kpiValues.get(kpi.id) ?? []).filter((v) => v.date <= asOf).length;
  return { value: latest.value, basis: { count, people: 0 }, reason: null, measuredOn: latest.date };
}

/** Evaluates one KPI on the evaluation's date, over its population of mentees. */
export function evaluateKpi(ev: Evaluation, kpi: Kpi): KpiResult {
  const { index, asOf } = ev;
  const metric = kpi.metric;
  const builtin = isBuiltinMetric(metric);
  const computed = isBuiltinMetric(metric) ? { ...computeMetric(ev, metric, kpi.scope), measuredOn: asOf } : externalValue(index, kpi, asOf);
  const periodOver = asOf >= index.period.end;
  const { due, next } = checkpointsAround(kpi, asOf);
  const checkpoint = periodOver ? null : due;
  const value = computed.value;
  return {
    id: kpi.id,
    name: kpi.name,
    level: kpi.level,
    metric: kpi.metric,
    source: builtin ? 'builtin' : 'external',
    kind: builtin && shareMetrics.has(kpi.metric) ? 'share' : 'number',
    unit: kpi.unit ?? null,
    value,
    target: kpi.target ?? null,
    direction: kpi.direction,
    baseline: kpi.baseline ?? null,
    status: kpiStatus(kpi, value, asOf, index.period.end, checkpoint),
    checkpoint,
    nextCheckpoint: periodOver ? null : next,
    formula: builtin ? kpi.metric : null,
    missedBy: value === null || kpi.target === undefined ? null : shortfall(value, kpi.target, kpi.direction),
    measuredOn: value === null ? null : computed.measuredOn,
    basis: computed.basis,
    reason: computed.reason,
  };
}

/** Every KPI of the programme on an evaluation's date, in the programme's order. */
export function evaluateIn(ev: Evaluation): KpiResult[] {
  return ev.index.model.programme.kpis.map((kpi) => evaluateKpi(ev, kpi));
}

/** Every KPI of the programme on `asOf`, over a population of mentees (undefined: everyone). */
export function evaluateAll(index: RecordIndex, asOf: string, population?: Population): KpiResult[] {
  return evaluateIn(evaluation(index, asOf, population));
}
