import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

const mentee = (id: string, name: string, email?: string): Record<string, unknown> => ({ id, name, ...(email ? { email } : {}), competencies: [{ competency: 'negotiation', baseline: 1, target: 3 }] });

describe('person-name-duplicate', () => {
  it('reports a name that stands in another list under another id, at the later name', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees.push(mentee('e9', 'MARIA  MENTOR'));
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'person-name-duplicate');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'person-name-duplicate', severity: 'warning', path: 'people.mentees[id=e9].name' });
    expect(d!.message).toMatch(/^`e9` in `mentees` has the name of `m1` \(in `mentors`\): /);
    expect(textAt(yaml, d)).toBe('MARIA  MENTOR');
  });

  it('compares without Polish marks, and leaves two e-mail addresses to tell people apart', () => {
    const yaml = programmeYaml((d) => {
      d.people.staff[0].name = 'Łukasz Wróbel';
      d.people.mentees.push(mentee('e9', 'Lukasz Wrobel'));
    });
    expect(diagnosticsOf(yaml, 'person-name-duplicate').map((f) => f.path)).toEqual(['people.mentees[id=e9].name']);
    const apart = programmeYaml((d) => {
      Object.assign(d.people.staff[0], { name: 'Anna Nowak', email: 'anna.nowak@demo.example' });
      d.people.mentees.push(mentee('e9', 'Anna Nowak', 'anna.nowak2@demo.example'));
    });
    expect(diagnosticsOf(apart, 'person-name-duplicate')).toEqual([]);
  });

  it('accepts one id in several lists, and two people of one name in one list', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees.push({ ...mentee(d.people.mentors[0].id, d.people.mentors[0].name) }, mentee('e8', 'Eve Twin'), mentee('e9', 'Eve Twin'));
    });
    expect(diagnosticsOf(yaml, 'person-name-duplicate')).toEqual([]);
  });
});
