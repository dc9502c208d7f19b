import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('kpi-uncomputable', () => {
  it('reports a metric that is not built in and has no source, at the metric', () => {
    const yaml = programmeYaml((d) => {
      d.kpis[0].metric = 'revenue-retention';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'kpi-uncomputable');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'kpi-uncomputable', severity: 'error', path: 'kpis[id=k1].metric' });
    expect(textAt(yaml, d)).toBe('revenue-retention');
    expect(d!.hint).toContain('`gap-closed-share`');
  });

  it('accepts an external metric with a source, and every built-in metric', () => {
    const yaml = programmeYaml((d) => {
      d.kpis[0].metric = 'revenue-retention';
      d.kpis[0].source = 'CRM export';
      for (const metric of ['average-level-gain', 'gap-closed-share', 'target-reached-share', 'session-adherence', 'learning-mix-deviation', 'satisfaction', 'nps', 'retention']) {
        d.kpis.push({ id: `k-${metric}`, name: metric, level: 2, metric, target: 1, direction: 'higher' });
      }
    });
    expect(diagnosticsOf(yaml, 'kpi-uncomputable')).toEqual([]);
  });
});
