import { within } from '../../model/dates.js';
import type { Rule } from '../rule.js';

/** An interim target is due within the programme: the report judges "at risk" against it while the period runs. */
export const kpiCheckpointOutsidePeriod: Rule = {
  id: 'kpi-checkpoint-outside-period',
  check(ctx) {
    const { start, end } = ctx.model.programme.metadata.period;
    return ctx.model.programme.kpis.flatMap((kpi) =>
      (kpi.checkpoints ?? []).filter((c) => !within(c.date, start, end)).map((c) => ctx.report(ctx.at(c, 'date'), { kpi: kpi.id, date: c.date, start, end })),
    );
  },
};
