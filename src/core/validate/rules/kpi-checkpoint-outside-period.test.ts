import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('kpi-checkpoint-outside-period', () => {
  it('reports a checkpoint after the period, at its date', () => {
    const yaml = programmeYaml((d) => {
      d.kpis[0].checkpoints = [{ date: '2026-03-31', target: 0.3 }, { date: '2026-07-15', target: 0.5 }];
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'kpi-checkpoint-outside-period');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'kpi-checkpoint-outside-period', severity: 'error', path: 'kpis[id=k1].checkpoints[1].date' });
    expect(textAt(yaml, d)).toBe('2026-07-15');
  });

  it('accepts checkpoints on the first and last day of the period', () => {
    const yaml = programmeYaml((d) => {
      d.kpis[0].checkpoints = [{ date: '2026-01-05', target: 0 }, { date: '2026-06-30', target: 0.6 }];
    });
    expect(diagnosticsOf(yaml, 'kpi-checkpoint-outside-period')).toEqual([]);
  });
});
