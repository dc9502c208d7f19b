import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('learning-mix-deviation', () => {
  it('warns about a share more than the tolerance away from 70:20:10, at the share', () => {
    const yaml = programmeYaml((d) => {
      d.process.learningMix = { experience: 50, social: 40, formal: 10, tolerance: 15 };
    });
    const found = diagnosticsOf(yaml, 'learning-mix-deviation');
    expect(found.map((d) => [d.ruleId, d.severity, d.path, textAt(yaml, d)])).toEqual([
      ['learning-mix-deviation', 'warning', 'process.learningMix.experience', '50'],
      ['learning-mix-deviation', 'warning', 'process.learningMix.social', '40'],
    ]);
    expect(found[0]!.message).toBe('Planned `experience` share 50% strays from 70% by more than 15 points.');
  });

  it('uses a tolerance of 10 by default, and a deviation equal to it passes', () => {
    const yaml = programmeYaml((d) => {
      d.process.learningMix = { experience: 60, social: 30, formal: 10 };
    });
    expect(diagnosticsOf(yaml, 'learning-mix-deviation')).toEqual([]);
    const over = programmeYaml((d) => {
      d.process.learningMix = { experience: 59, social: 31, formal: 10 };
    });
    expect(diagnosticsOf(over, 'learning-mix-deviation').map((d) => d.path)).toEqual(['process.learningMix.experience', 'process.learningMix.social']);
  });
});
