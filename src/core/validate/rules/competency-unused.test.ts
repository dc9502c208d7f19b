import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('competency-unused', () => {
  it('warns about a competency no mentee works on, at its id', () => {
    const yaml = programmeYaml((d) => {
      d.competencies.push({ id: 'pricing', name: 'Pricing', importance: 'tactical', scale: 's5', goal: 'g1' });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'competency-unused');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'competency-unused', severity: 'warning', path: 'competencies[id=pricing].id' });
    expect(textAt(yaml, d)).toBe('pricing');
  });

  it('leaves a programme without mentees alone (the frame comes before the people)', () => {
    const yaml = programmeYaml((d) => {
      delete d.people;
    });
    expect(diagnosticsOf(yaml, 'competency-unused')).toEqual([]);
  });

  it('accepts competencies that mentees work on', () => {
    expect(diagnosticsOf(programmeYaml(), 'competency-unused')).toEqual([]);
  });
});
