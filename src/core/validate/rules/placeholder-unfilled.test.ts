import { describe, expect, it } from 'vitest';
import { diagnosticsOf, peopleYaml, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('placeholder-unfilled', () => {
  it('warns about each placeholder left by init, in either language, at its value', () => {
    const yaml = programmeYaml((d) => {
      d.metadata.organisation = '(fill in: organisation)';
      d.competencies[0].whyVacant = '(uzupełnij) np. 2 z 14 KAM-ów na poziomie 4+';
    });
    const people = peopleYaml('staff:\n  - { id: lm2, name: "(uzupełnij: bezpośredni przełożony)" }\n');
    const found = diagnosticsOf({ programme: yaml, people: { 'people.yaml': people } }, 'placeholder-unfilled');
    expect(found.map((d) => [d.file, d.path, d.severity])).toEqual([
      ['programme.yaml', 'metadata.organisation', 'warning'],
      ['programme.yaml', 'competencies[id=negotiation].whyVacant', 'warning'],
      ['people.yaml', 'staff[id=lm2].name', 'warning'],
    ]);
    expect(textAt(people, found[2])).toBe('"(uzupełnij: bezpośredni przełożony)" }');
    expect(found[0]!.message).toBe('`metadata.organisation` still holds the placeholder `(fill in: organisation)`.');
    expect(found[1]!.message).toContain('`(uzupełnij)`');
  });

  it('leaves ordinary brackets alone', () => {
    const yaml = programmeYaml((d) => {
      d.metadata.organisation = 'Acme (fill-in staffing) Ltd (filling in for Q3)';
    });
    expect(diagnosticsOf(yaml, 'placeholder-unfilled')).toEqual([]);
  });
});
