import type { Rule } from '../rule.js';
import { builtinMetrics } from './kpi-uncomputable.js';

/**
 * A KPI with a built-in metric is computed from the records (sessions, assessments, surveys…), so a
 * `kpiValues` entry for it is never read: the report would show the computed value and the typed
 * one would be lost without a word (a satisfaction of 91 recorded against a 1–5 survey scale, say).
 */
export const kpiValueIgnored: Rule = {
  id: 'kpi-value-ignored',
  check(ctx) {
    const computed = new Map(ctx.model.programme.kpis.filter((kpi) => builtinMetrics.has(kpi.metric)).map((kpi) => [kpi.id, kpi.metric]));
    return ctx.model.kpiValues.filter((v) => computed.has(v.kpi)).map((v) => ctx.report(ctx.at(v, 'kpi'), { kpi: v.kpi, metric: computed.get(v.kpi)!, value: String(v.value), date: v.date }));
  },
};
