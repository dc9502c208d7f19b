import { daysFrom } from './days.js';
import type { Pair } from '../model/types.js';
import { kpiStatuses, type KpiResult, type KpiStatus } from './kpi-types.js';
import type { RecordIndex } from './record-index.js';
import type { Health, PairState } from './report-types.js';
import { pairState } from './sessions.js';

/**
 * The programme's health in one line: phase, week N of M (weeks counted from the first day of the
 * period, the last one possibly short), pairs by state and KPIs by status.
 */
export function health(index: RecordIndex, pairs: readonly Pair[], mentees: number, kpis: readonly KpiResult[], asOf: string): Health {
  const { start, end } = index.period;
  const weeks = Math.floor(daysFrom(start, end) / 7) + 1;
  const state = asOf < start ? 'not-started' : asOf >= end ? 'over' : 'running';
  const week = asOf < start ? 0 : asOf > end ? weeks : Math.floor(daysFrom(start, asOf) / 7) + 1;
  const byState: Record<PairState, number> = { 'not-started': 0, active: 0, ended: 0, finished: 0 };
  for (const pair of pairs) byState[pairState(index, pair, asOf)]++;
  const byStatus = Object.fromEntries(kpiStatuses.map((s) => [s, 0])) as Record<KpiStatus, number>;
  for (const k of kpis) byStatus[k.status]++;
  return {
    phase: index.model.programme.metadata.phase,
    state,
    week,
    weeks,
    mentees,
    pairs: { ...byState, total: pairs.length },
    kpis: { ...byStatus, total: kpis.length },
  };
}
