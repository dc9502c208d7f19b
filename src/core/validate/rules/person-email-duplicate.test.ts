import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('person-email-duplicate', () => {
  it('reports a second id with an address already used (case aside), at its e-mail', () => {
    const yaml = programmeYaml((d) => {
      d.people.staff[0].email = 'hanna.reed@demo.example';
      d.people.mentees.push({ id: 'e9', name: 'Hanna Reed', email: 'Hanna.Reed@Demo.example', competencies: [{ competency: 'negotiation', baseline: 1, target: 3 }] });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'person-email-duplicate');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'person-email-duplicate', severity: 'warning', path: 'people.mentees[id=e9].email' });
    expect(textAt(yaml, d)).toBe('Hanna.Reed@Demo.example');
    expect(d!.message).toBe('`e9` in `mentees` has the e-mail address of `hr1` (in `staff`): Hanna.Reed@Demo.example.');
  });

  it('accepts one id in several lists with its address, and different people with different addresses', () => {
    const yaml = programmeYaml((d) => {
      d.people.staff[0].email = 'hanna.reed@demo.example';
      d.people.mentees[0].email = 'eve@demo.example';
      d.people.mentees.push({ id: 'hr1', name: d.people.staff[0].name, email: 'hanna.reed@demo.example', competencies: [{ competency: 'negotiation', baseline: 1, target: 3 }] });
    });
    expect(diagnosticsOf(yaml, 'person-email-duplicate')).toEqual([]);
  });

  it('reports a repeated id once for one address, and each further id', () => {
    const yaml = programmeYaml((d) => {
      d.people.staff[0].email = 'shared@demo.example';
      d.people.mentors[0].email = 'shared@demo.example';
      d.people.mentees[0].email = 'shared@demo.example';
    });
    const found = diagnosticsOf(yaml, 'person-email-duplicate');
    expect(found.map((f) => f.path)).toEqual(['people.mentors[id=m1].email', 'people.mentees[id=e1].email']);
  });
});
