import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml } from '../../../../test/helpers/bundle.js';

describe('target-not-above-baseline', () => {
  it('reports a target equal to the baseline, at the target value', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees[0].competencies[0].target = 2;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'target-not-above-baseline');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'target-not-above-baseline', severity: 'error', path: 'people.mentees[id=e1].competencies[competency=negotiation].target' });
    const line = yaml.split('\n')[d!.start.line - 1]!;
    expect(line.slice(d!.start.column - 1)).toMatch(/^2\b/);
  });

  it('accepts a target above the baseline', () => {
    expect(diagnosticsOf(programmeYaml(), 'target-not-above-baseline')).toEqual([]);
  });
});
