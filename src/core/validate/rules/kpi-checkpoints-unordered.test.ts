import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('kpi-checkpoints-unordered', () => {
  it('reports a checkpoint dated before the one above it, and one on the same date', () => {
    const yaml = programmeYaml((d) => {
      d.kpis[0].checkpoints = [
        { date: '2026-04-30', target: 0.4 },
        { date: '2026-02-27', target: 0.2 },
        { date: '2026-02-27', target: 0.25 },
      ];
    });
    const found = diagnosticsOf(yaml, 'kpi-checkpoints-unordered');
    expect(found.map((d) => d.path)).toEqual(['kpis[id=k1].checkpoints[1].date', 'kpis[id=k1].checkpoints[2].date']);
    expect(textAt(yaml, found[0])).toBe('2026-02-27');
  });

  it('accepts checkpoints in date order', () => {
    const yaml = programmeYaml((d) => {
      d.kpis[0].checkpoints = [{ date: '2026-02-27', target: 0.2 }, { date: '2026-04-30', target: 0.4 }];
    });
    expect(diagnosticsOf(yaml, 'kpi-checkpoints-unordered')).toEqual([]);
  });
});
