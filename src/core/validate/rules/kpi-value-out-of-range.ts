import type { Rule } from '../rule.js';
import type { Finding } from '../../parse/parsed-file.js';
import { metricRange } from '../../report/metrics.js';

/**
 * A target, baseline or checkpoint of a built-in KPI outside the values its metric can take. The
 * common case is a share written as a percentage (`target: 60` for `gap-closed-share`, which runs
 * 0–1): the report then shows the KPI missed forever, and nothing else says why.
 */
export const kpiValueOutOfRange: Rule = {
  id: 'kpi-value-out-of-range',
  check(ctx) {
    return ctx.model.programme.kpis.flatMap((kpi) => {
      const range = metricRange(kpi.metric);
      if (range === undefined) return [];
      const found: Finding[] = [];
      const check = (owner: object, key: string, field: 'target' | 'baseline' | 'checkpoint', value: number | undefined, date?: string): void => {
        if (value === undefined || (value >= range.min && value <= range.max)) return;
        const share = range.max === 1;
        // A share written as a percentage: say what it would be as a fraction.
        const fraction = share && value > 1 && value <= 100 ? value / 100 : undefined;
        found.push(ctx.report(ctx.at(owner, key), { kpi: kpi.id, metric: kpi.metric, field, value, min: range.min, max: range.max, ...(date !== undefined ? { date } : {}), ...(fraction !== undefined ? { fraction } : {}) }));
      };
      check(kpi, 'target', 'target', kpi.target);
      check(kpi, 'baseline', 'baseline', kpi.baseline);
      for (const c of kpi.checkpoints ?? []) check(c, 'target', 'checkpoint', c.target, c.date);
      return found;
    });
  },
};
