import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('reporting-line-cycle', () => {
  it('reports a loop once, at the lineManager of the person listed first in it', () => {
    const yaml = programmeYaml((d) => {
      d.people.staff[2].lineManager = 'hr1';
      d.people.staff[0].lineManager = 'lm1';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'reporting-line-cycle');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'reporting-line-cycle', severity: 'error', path: 'people.staff[id=hr1].lineManager' });
    expect(textAt(yaml, d)).toBe('lm1');
    expect(d!.message).toBe('The reporting line loops: `hr1` → `lm1` → `hr1`.');
  });

  it('reports someone who is their own line manager', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees[0].lineManager = 'e1';
    });
    expect(diagnosticsOf(yaml, 'reporting-line-cycle')).toMatchObject([{ message: 'The reporting line loops: `e1` → `e1`.', path: 'people.mentees[id=e1].lineManager' }]);
  });

  it('accepts lines that end, however long, and shared managers', () => {
    const yaml = programmeYaml((d) => {
      d.people.staff[2].lineManager = 'sp1';
      d.people.staff[0].lineManager = 'sp1';
      for (let i = 0; i < 5000; i++) d.people.staff.push({ id: `s${i}`, name: `Staff ${i}`, lineManager: i === 0 ? 'sp1' : `s${i - 1}` });
    });
    expect(diagnosticsOf(yaml, 'reporting-line-cycle')).toEqual([]);
  });
});
