import { describe, expect, it } from 'vitest';
import { diagnosticsOf, peopleYaml, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('person-name-mismatch', () => {
  it('reports one id named differently in two lists, at the later name', () => {
    const people = peopleYaml('mentors:\n  - id: lm1\n    name: L. Moss\n    capacity: 1\n    levels: { negotiation: 5 }\n');
    const [d, ...rest] = diagnosticsOf({ programme: programmeYaml(), people: { 'people.yaml': people } }, 'person-name-mismatch');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'person-name-mismatch', severity: 'error', file: 'people.yaml', path: 'mentors[id=lm1].name' });
    expect(textAt(people, d)).toBe('L. Moss');
    expect(d!.message).toBe('Person `lm1` is named "Lee Moss" in `staff` but "L. Moss" in `mentors`.');
  });

  it('accepts the same person in several lists under the same name', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors.push({ id: 'lm1', name: 'Lee Moss', capacity: 1, levels: { negotiation: 5 } });
    });
    expect(diagnosticsOf(yaml, 'person-name-mismatch')).toEqual([]);
  });
});
