import type { Rule } from '../rule.js';
import { builtinMetricIds } from '../../report/kpi-types.js';
import { ticks } from './support.js';

/** Metrics mentor computes from the records; any other metric is measured outside and needs a `source`. */
export const builtinMetrics: ReadonlySet<string> = new Set(builtinMetricIds);

/** A KPI must be computable from the records or come from a named external source. */
export const kpiUncomputable: Rule = {
  id: 'kpi-uncomputable',
  check(ctx) {
    return ctx.model.programme.kpis
      .filter((kpi) => !builtinMetrics.has(kpi.metric) && kpi.source === undefined)
      .map((kpi) => ctx.report(ctx.at(kpi, 'metric'), { kpi: kpi.id, metric: kpi.metric, builtins: ticks(builtinMetrics) }));
  },
};
