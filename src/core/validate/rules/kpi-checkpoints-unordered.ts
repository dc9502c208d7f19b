import type { Rule } from '../rule.js';

/**
 * Checkpoints are listed in date order, one per date: the one "due" is the latest on or before the
 * report's date, and a list out of order usually means a mistyped date.
 */
export const kpiCheckpointsUnordered: Rule = {
  id: 'kpi-checkpoints-unordered',
  check(ctx) {
    return ctx.model.programme.kpis.flatMap((kpi) => {
      const list = kpi.checkpoints ?? [];
      return list.flatMap((c, i) => {
        const previous = list[i - 1];
        return previous !== undefined && c.date <= previous.date ? [ctx.report(ctx.at(c, 'date'), { kpi: kpi.id, date: c.date, previous: previous.date })] : [];
      });
    });
  },
};
