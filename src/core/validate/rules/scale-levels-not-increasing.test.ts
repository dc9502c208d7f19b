import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('scale-levels-not-increasing', () => {
  it('reports a level lower than the one before it, at the level', () => {
    const yaml = programmeYaml((d) => {
      d.scales[0].levels[1].level = 3;
      d.scales[0].levels[2].level = 2;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'scale-levels-not-increasing');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'scale-levels-not-increasing', severity: 'error', path: 'scales[id=s5].levels[2].level' });
    expect(textAt(yaml, d)).toBe('2');
    expect(d!.message).toBe('Level 2 of scale `s5` does not follow 3.');
  });

  it('leaves a repeated level to duplicate-id', () => {
    const yaml = programmeYaml((d) => {
      d.scales[0].levels[4].level = 4;
    });
    expect(diagnosticsOf(yaml, 'scale-levels-not-increasing')).toEqual([]);
    expect(diagnosticsOf(yaml, 'duplicate-id')).toHaveLength(1);
  });

  it('accepts increasing levels, gaps allowed', () => {
    const yaml = programmeYaml((d) => {
      d.scales[0].levels[0].level = 0;
    });
    expect(diagnosticsOf(yaml, 'scale-levels-not-increasing')).toEqual([]);
  });
});
