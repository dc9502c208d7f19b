import type { Rule } from '../rule.js';

/** A success measure without a target cannot say whether the programme succeeded. */
export const kpiMissingTarget: Rule = {
  id: 'kpi-missing-target',
  check(ctx) {
    return ctx.model.programme.kpis.filter((kpi) => kpi.target === undefined).map((kpi) => ctx.report(ctx.at(kpi), { kpi: kpi.id }));
  },
};
