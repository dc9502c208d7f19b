import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('pair-competency-not-in-mentee', () => {
  it("reports a pair competency missing from the mentee's plan, at the pair's competency", () => {
    const yaml = programmeYaml((d) => {
      d.competencies.push({ id: 'pricing', name: 'Pricing', importance: 'tactical', scale: 's5', goal: 'g1' });
      d.people.mentors[0].levels.pricing = 5;
      d.people.pairs[0].competencies.push('pricing');
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'pair-competency-not-in-mentee');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'pair-competency-not-in-mentee', severity: 'error', path: 'people.pairs[id=p1].competencies[1]' });
    expect(textAt(yaml, d)).toBe('pricing');
    expect(d!.message).toBe('Pair `p1` works on `pricing`, but mentee `e1` has no baseline and target for it.');
  });

  it('leaves unknown competencies to unknown-reference', () => {
    const yaml = programmeYaml((d) => {
      d.people.pairs[0].competencies.push('golf');
    });
    expect(diagnosticsOf(yaml, 'pair-competency-not-in-mentee')).toEqual([]);
  });

  it('leaves a mentee listed twice to duplicate-id: a competency of either listing counts', () => {
    const yaml = programmeYaml((d) => {
      d.competencies.push({ id: 'pricing', name: 'Pricing', importance: 'tactical', scale: 's5', goal: 'g1' });
      d.people.mentors[0].levels.pricing = 5;
      // The same person in a second (plant's) list, with a competency the first listing lacks.
      d.people.mentees.push({ ...d.people.mentees[0], competencies: [{ competency: 'pricing', baseline: 1, target: 3 }] });
      d.people.pairs[0].competencies.push('pricing');
    });
    expect(diagnosticsOf(yaml, 'pair-competency-not-in-mentee')).toEqual([]);
    expect(diagnosticsOf(yaml, 'duplicate-id')).toHaveLength(1);
  });

  it("accepts pair competencies in the mentee's plan", () => {
    expect(diagnosticsOf(programmeYaml(), 'pair-competency-not-in-mentee')).toEqual([]);
  });
});
