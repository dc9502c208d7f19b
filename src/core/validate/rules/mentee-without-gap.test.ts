import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('mentee-without-gap', () => {
  it("reports a mentee whose only competency has no gap, at the mentee's competencies", () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees[0].competencies[0].target = 2;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'mentee-without-gap');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'mentee-without-gap', severity: 'error', path: 'people.mentees[id=e1].competencies' });
    expect(textAt(yaml, d)).toBe('- competency: negotiation');
  });

  it('does not count a gap in a competency the programme does not define', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees[0].competencies[0].target = 2;
      d.people.mentees[0].competencies.push({ competency: 'golf', baseline: 1, target: 3 });
    });
    expect(diagnosticsOf(yaml, 'mentee-without-gap')).toHaveLength(1);
  });

  it('accepts a mentee with at least one gap', () => {
    const yaml = programmeYaml((d) => {
      d.competencies.push({ id: 'pricing', name: 'Pricing', importance: 'tactical', scale: 's5', goal: 'g1' });
      d.people.mentees[0].competencies.push({ competency: 'pricing', baseline: 3, target: 3 });
    });
    expect(diagnosticsOf(yaml, 'mentee-without-gap')).toEqual([]);
  });
});
