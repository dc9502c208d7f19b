import type { Rule } from '../rule.js';

/**
 * A KPI whose baseline is already on the right side of its target is met before the programme
 * starts: most often `baseline` and `target` were swapped or `direction` is the wrong way round.
 * A warning, since a KPI may be meant only to hold a level it has.
 */
export const kpiBaselineMeetsTarget: Rule = {
  id: 'kpi-baseline-meets-target',
  check(ctx) {
    return ctx.model.programme.kpis
      .filter((kpi) => kpi.baseline !== undefined && kpi.target !== undefined)
      .filter((kpi) => (kpi.direction === 'lower' ? kpi.baseline! <= kpi.target! : kpi.baseline! >= kpi.target!))
      .map((kpi) => ctx.report(ctx.at(kpi, 'baseline'), { kpi: kpi.id, baseline: kpi.baseline!, target: kpi.target!, direction: kpi.direction }));
  },
};
