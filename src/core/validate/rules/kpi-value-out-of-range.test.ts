import { describe, expect, it } from 'vitest';
import { bundleOf, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';
import { word } from '../../word.js';
import { checkRules } from '../index.js';

describe('kpi-value-out-of-range', () => {
  it('finds a share target written as a percentage, at the target, and says the fraction', () => {
    const yaml = programmeYaml((d) => {
      Object.assign(d.kpis[0], { metric: 'gap-closed-share', target: 60, direction: 'higher' });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'kpi-value-out-of-range');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'kpi-value-out-of-range', severity: 'error', path: 'kpis[id=k1].target' });
    expect(textAt(yaml, d)).toBe('60');
    expect(d!.message).toBe('KPI `k1`: the target 60 is outside what `gap-closed-share` can be (0 to 1), so it can never be met.');
    expect(d!.hint).toBe('`gap-closed-share` is a share from 0 to 1: 60% is written `0.6` (the report shows it as 60%).');
  });

  it('checks baselines and checkpoints too, and satisfaction and NPS on their own scales, in Polish too', () => {
    const yaml = programmeYaml((d) => {
      Object.assign(d.kpis[0], { metric: 'session-adherence', baseline: 0.5, target: 0.8, direction: 'higher', checkpoints: [{ date: '2026-03-31', target: 70 }] });
      d.kpis.push({ id: 'sat', name: 'Satisfaction', level: 1, metric: 'satisfaction', target: 8, direction: 'higher' });
      d.kpis.push({ id: 'nps', name: 'NPS', level: 1, metric: 'nps', baseline: -120, target: 30, direction: 'higher' });
    });
    const found = checkRules(bundleOf({ programme: yaml }), '2026-11-27').filter((f) => f.ruleId === 'kpi-value-out-of-range');
    expect(found.map((f) => word(f, 'en').path)).toEqual(['kpis[id=k1].checkpoints[0].target', 'kpis[id=sat].target', 'kpis[id=nps].baseline']);
    const [checkpoint, sat, nps] = found.map((f) => word(f, 'pl'));
    expect(checkpoint!.message).toBe('KPI `k1`: cel pośredni 70 (na 2026-03-31) leży poza zakresem miary `session-adherence` (od 0 do 1), więc nigdy nie zostanie osiągnięty.');
    expect(checkpoint!.hint).toBe('`session-adherence` to udział od 0 do 1: 70% zapisuje się jako `0.7` (raport pokaże 70%).');
    expect(sat!.hint).toBe('Wpisz wartość od 1 do 5, w skali tej miary.');
    expect(word(found[2]!, 'en').message).toBe('KPI `nps`: the baseline -120 is outside what `nps` can be (-100 to 100), so it cannot be a value measured on it.');
    expect(nps!.message).toContain('wartość wyjściowa -120 leży poza zakresem miary `nps` (od -100 do 100)');
  });

  it('accepts values within range, and leaves external metrics and average gain alone', () => {
    const yaml = programmeYaml((d) => {
      Object.assign(d.kpis[0], { metric: 'gap-closed-share', baseline: 0, target: 1, direction: 'higher' });
      d.kpis.push({ id: 'rev', name: 'Revenue', level: 4, metric: 'revenue', source: 'CRM', target: 250000, direction: 'higher' });
      d.kpis.push({ id: 'gain', name: 'Gain', level: 2, metric: 'average-level-gain', target: 2, direction: 'higher' });
      d.kpis.push({ id: 'nps', name: 'NPS', level: 1, metric: 'nps', target: -10, direction: 'higher' });
    });
    expect(diagnosticsOf(yaml, 'kpi-value-out-of-range')).toEqual([]);
  });
});
