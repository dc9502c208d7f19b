import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('kpi-missing-target', () => {
  it('reports a KPI without a target, at the KPI', () => {
    const yaml = programmeYaml((d) => {
      delete d.kpis[0].target;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'kpi-missing-target');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'kpi-missing-target', severity: 'error', path: 'kpis[id=k1]' });
    expect(textAt(yaml, d)).toBe('id: k1');
  });

  it('accepts a KPI with a target, zero included', () => {
    const yaml = programmeYaml((d) => {
      d.kpis[0].target = 0;
    });
    expect(diagnosticsOf(yaml, 'kpi-missing-target')).toEqual([]);
  });
});
