import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

/** The base programme with one criterion and a second, tactical competency the mentee may also work on. */
const withCriterion = (criterion: Record<string, unknown>, edit: (d: Record<string, any>) => void = () => {}): string =>
  programmeYaml((d) => {
    d.competencies.push({ id: 'pricing', name: 'Pricing', importance: 'tactical', scale: 's5', goal: 'g1' });
    d.people.mentors[0].levels.pricing = 5;
    d.addressees = { criteria: [{ id: 'c1', description: 'In words', ...criterion }], recruitment: { method: 'nomination' } };
    edit(d);
  });

describe('criterion-not-met', () => {
  it('reports a mentee whose only gap is below minGap, at the competencies', () => {
    const yaml = withCriterion({ minGap: 3 });
    const [d, ...rest] = diagnosticsOf(yaml, 'criterion-not-met');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'criterion-not-met', severity: 'error', path: 'people.mentees[id=e1].competencies' });
    expect(textAt(yaml, d)).toBe('- competency: negotiation');
    expect(d!.message).toBe('Mentee `e1` does not meet criterion `c1`: the largest gap is 2 levels, the criterion asks for at least 3.');
  });

  it('accepts a gap of exactly minGap in any competency', () => {
    expect(diagnosticsOf(withCriterion({ minGap: 2 }), 'criterion-not-met')).toEqual([]);
  });

  it('counts only competencies of the given importance', () => {
    const tacticalOnly = withCriterion({ minGap: 2, importance: 'tactical' });
    const [none] = diagnosticsOf(tacticalOnly, 'criterion-not-met');
    expect(none!.message).toBe('Mentee `e1` does not meet criterion `c1`: the plan has no tactical competency, and the criterion asks for a gap of at least 2 levels in one.');
    const smallTactical = withCriterion({ minGap: 2, importance: 'tactical' }, (d) => {
      d.people.mentees[0].competencies.push({ competency: 'pricing', baseline: 3, target: 4 });
    });
    expect(diagnosticsOf(smallTactical, 'criterion-not-met')[0]!.message).toBe('Mentee `e1` does not meet criterion `c1`: the largest gap in a tactical competency is 1 level, the criterion asks for at least 2.');
    // importance alone asks for any gap in such a competency.
    expect(diagnosticsOf(withCriterion({ importance: 'strategic' }), 'criterion-not-met')).toEqual([]);
  });

  it('checks tenure against the programme start, and warns when it cannot', () => {
    const yaml = withCriterion({ minTenureMonths: 24 }, (d) => {
      d.people.mentees[0].hired = '2024-01-06';
    });
    const [d] = diagnosticsOf(yaml, 'criterion-not-met');
    expect(d).toMatchObject({ path: 'people.mentees[id=e1].hired', severity: 'error' });
    expect(d!.message).toBe('Mentee `e1` does not meet criterion `c1`: hired 2024-01-06, less than 24 months before the programme starts (2026-01-05).');
    const longEnough = withCriterion({ minTenureMonths: 24 }, (d) => {
      d.people.mentees[0].hired = '2024-01-05';
    });
    expect(diagnosticsOf(longEnough, 'criterion-not-met')).toEqual([]);
    const [unknown] = diagnosticsOf(withCriterion({ minTenureMonths: 24 }), 'criterion-not-met');
    expect(unknown).toMatchObject({ severity: 'warning', path: 'people.mentees[id=e1].id' });
    expect(unknown!.hint).toBe("Add the mentee's `hired: YYYY-MM-DD`.");
  });

  it('leaves criteria in words alone, and mentees without any gap to mentee-without-gap', () => {
    expect(diagnosticsOf(withCriterion({}), 'criterion-not-met')).toEqual([]);
    const noGap = withCriterion({ minGap: 2 }, (d) => {
      d.people.mentees[0].competencies[0].target = 2;
    });
    expect(diagnosticsOf(noGap, 'criterion-not-met')).toEqual([]);
  });
});
