import { describe, expect, it } from 'vitest';
import { bundleOf, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';
import { word } from '../../word.js';
import { checkRules } from '../index.js';

describe('kpi-baseline-meets-target', () => {
  it('warns of a higher-is-better KPI whose baseline is already above its target, at the baseline', () => {
    const yaml = programmeYaml((d) => {
      Object.assign(d.kpis[0], { metric: 'active-contributors', source: 'dashboard', baseline: 61, target: 55, direction: 'higher' });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'kpi-baseline-meets-target');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'kpi-baseline-meets-target', severity: 'warning', path: 'kpis[id=k1].baseline' });
    expect(textAt(yaml, d)).toBe('61');
    expect(d!.message).toBe('KPI `k1`: the baseline 61 already meets the target 55 (higher is better), so it is met before the programme starts.');
  });

  it('warns of a lower-is-better KPI whose baseline is already below its target, in Polish too', () => {
    const yaml = programmeYaml((d) => {
      Object.assign(d.kpis[0], { metric: 'days-to-merge', source: 'GitHub', baseline: 5, target: 7.5, direction: 'lower' });
    });
    const [d] = checkRules(bundleOf({ programme: yaml }), '2026-11-27').filter((f) => f.ruleId === 'kpi-baseline-meets-target');
    expect(word(d!, 'pl').message).toBe('KPI `k1`: wartość wyjściowa 5 już spełnia cel 7,5 (lepsza jest niższa wartość), więc KPI jest osiągnięty, zanim program się zacznie.');
  });

  it('accepts a baseline on the wrong side of the target, and a KPI without a baseline', () => {
    const yaml = programmeYaml((d) => {
      Object.assign(d.kpis[0], { metric: 'days-to-merge', source: 'GitHub', baseline: 21, target: 7, direction: 'lower' });
    });
    expect(diagnosticsOf(yaml, 'kpi-baseline-meets-target')).toEqual([]);
    expect(diagnosticsOf(programmeYaml(() => {}), 'kpi-baseline-meets-target')).toEqual([]);
  });
});
