/**
 * The public shape of a KPI evaluation: what `evaluateKpis` returns, what the report shows and what
 * the calibration diff cites as the pilot's evidence. Keep it stable; add fields, never rename.
 */

/** Metrics mentor computes from the records (docs/report.md has the formula of each). */
export const builtinMetricIds = [
  'average-level-gain',
  'gap-closed-share',
  'target-reached-share',
  'session-adherence',
  'learning-mix-deviation',
  'satisfaction',
  'nps',
  'retention',
] as const;
export type BuiltinMetric = (typeof builtinMetricIds)[number];

export function isBuiltinMetric(metric: string): metric is BuiltinMetric {
  return (builtinMetricIds as readonly string[]).includes(metric);
}

/**
 * Where a KPI stands on a date:
 * - `met`: the value is on the right side of the final target (`direction`);
 * - `open`: the period is still running, the final target is not reached yet and no checkpoint due is missed;
 * - `at-risk`: the period is still running and the value misses the checkpoint due (the latest on or before the date);
 * - `missed`: the period is over and the value is on the wrong side of the final target;
 * - `no-data`: nothing was measured yet (see `reason`);
 * - `no-target`: a value exists but the KPI has no target to judge it against.
 */
export type KpiStatus = 'met' | 'open' | 'at-risk' | 'missed' | 'no-data' | 'no-target';
export const kpiStatuses: readonly KpiStatus[] = ['met', 'open', 'at-risk', 'missed', 'no-data', 'no-target'];

/** Why a KPI has no value. */
export type KpiNoDataReason =
  /** No mentee competency in scope was assessed on or before the date. */
  | 'no-assessments'
  /** No mentee (or mentee competency) falls within the KPI's scope. */
  | 'empty-scope'
  /** No pair in scope had a session planned yet. */
  | 'no-planned-sessions'
  /** No learning hours recorded in scope. */
  | 'no-learning'
  /** No survey answer in scope carries this measure. */
  | 'no-answers'
  /** An external KPI without a `kpiValues` entry on or before the date. */
  | 'no-values'
  /** Left out of a sponsor's report: the value describes fewer than 3 people. */
  | 'small-group';

/** How many records a value rests on: `count` items, and for ratios of counts their two sides. */
export interface KpiBasis {
  /** Items the value is computed over: mentee competencies, pairs, answers, mentees, hours or values. */
  count: number;
  /** For ratios of counts (target reached, sessions held, mentees retained, promoters − detractors): the top. */
  numerator?: number;
  /** The bottom of that ratio (planned sessions, mentee competencies, mentees, answers). */
  denominator?: number;
  /** Distinct people the value describes (mentees, or respondents for surveys): small groups are withheld from sponsors. */
  people: number;
}

export interface KpiCheckpointResult {
  date: string;
  target: number;
}

/** One KPI evaluated on a date. Numbers are unrounded; shares are 0–1, NPS −100…100, mix deviation in percentage points. */
export interface KpiResult {
  id: string;
  name: string;
  /** Kirkpatrick level: 1 reaction, 2 learning, 3 behaviour, 4 results. */
  level: 1 | 2 | 3 | 4;
  metric: string;
  /** `builtin` when computed from the records, `external` when taken from `kpiValues`. */
  source: 'builtin' | 'external';
  /** `share` values are 0–1 (shown as percentages); `number` values are in `unit`. */
  kind: 'share' | 'number';
  /** The KPI's own `unit`, when given. */
  unit: string | null;
  value: number | null;
  target: number | null;
  direction: 'higher' | 'lower';
  baseline: number | null;
  status: KpiStatus;
  /** The checkpoint due on the date (the latest on or before it), while the period runs; null otherwise. */
  checkpoint: KpiCheckpointResult | null;
  /** The first checkpoint after the date, if any. */
  nextCheckpoint: KpiCheckpointResult | null;
  /** Key of the formula in docs/report.md (the metric id) for built-in metrics; null for external values. */
  formula: string | null;
  /**
   * How far the value falls short of the final target, in the value's unit (0 when met; always ≥ 0):
   * `target − value` for `higher`, `value − target` for `lower`. Null without a value or a target.
   */
  missedBy: number | null;
  /** Date of the value: the report's date for built-ins, the `kpiValues` entry's date for external KPIs. */
  measuredOn: string | null;
  basis: KpiBasis;
  /** Why `value` is null. */
  reason: KpiNoDataReason | null;
}
