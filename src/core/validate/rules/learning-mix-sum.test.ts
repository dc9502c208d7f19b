import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('learning-mix-sum', () => {
  it('reports a mix that does not add up to 100, at the mix', () => {
    const yaml = programmeYaml((d) => {
      d.process.learningMix.formal = 15;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'learning-mix-sum');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'learning-mix-sum', severity: 'error', path: 'process.learningMix' });
    expect(textAt(yaml, d)).toBe('experience: 70');
    expect(d!.message).toBe('The learning mix adds up to 105, not 100.');
  });

  it('accepts decimal shares that add up to 100', () => {
    const yaml = programmeYaml((d) => {
      d.process.learningMix = { experience: 66.7, social: 23.3, formal: 10 };
    });
    expect(diagnosticsOf(yaml, 'learning-mix-sum')).toEqual([]);
  });
});
