import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('rollout-without-pilot', () => {
  it('warns about a rollout with no pilot link, at the phase', () => {
    const yaml = programmeYaml((d) => {
      d.metadata.phase = 'rollout';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'rollout-without-pilot');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'rollout-without-pilot', severity: 'warning', path: 'metadata.phase' });
    expect(textAt(yaml, d)).toBe('rollout');
  });

  it('accepts a pilot, and a rollout that names its pilot', () => {
    expect(diagnosticsOf(baseProgrammeYaml, 'rollout-without-pilot')).toEqual([]);
    const yaml = programmeYaml((d) => {
      d.metadata.phase = 'rollout';
      d.metadata.pilot = { path: '../pilot' };
    });
    expect(diagnosticsOf(yaml, 'rollout-without-pilot')).toEqual([]);
  });

  it('leaves a cycle alone, with or without a previous cycle (the first has none)', () => {
    for (const previous of [undefined, { path: '../cohort-2025' }]) {
      const yaml = programmeYaml((d) => {
        d.metadata.phase = 'cycle';
        if (previous) d.metadata.previous = previous;
      });
      expect(diagnosticsOf(yaml, 'rollout-without-pilot')).toEqual([]);
    }
  });
});
