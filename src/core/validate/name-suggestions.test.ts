import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, parsed, recordsYaml } from '../../../test/helpers/bundle.js';
import type { ProgrammeBundle } from '../model/bundle.js';
import { validateWorkspace } from './index.js';

/** The hints of the schema-format findings of a records file laid beside the base programme (Eve Mentee in pair p1, Maria Mentor her mentor). */
function hints(records: string, programme = baseProgrammeYaml, locale: 'en' | 'pl' = 'en'): (string | undefined)[] {
  const bundle: ProgrammeBundle = { programme: parsed('programme.yaml', programme), people: [], records: [parsed('records/2026-02.yaml', recordsYaml(records))] };
  const diagnostics = validateWorkspace({ files: [bundle.programme, ...bundle.records], bundles: [bundle], findings: [] }, { today: '2026-11-27', locale });
  return diagnostics.filter((d) => d.ruleId === 'schema-format').map((d) => d.hint);
}

describe('a name written where an id belongs', () => {
  it("suggests the person's id, and the pair the person is the mentee (or else the mentor) of", () => {
    expect(
      hints(
        [
          'sessions:',
          '  - { pair: Eve Mentee, date: 2026-02-09, minutes: 60 }',
          '  - { pair: maria mentor, date: 2026-02-09, minutes: 60 }',
          'assessments:',
          '  - { mentee: Eve Mentee, competency: negotiation, date: 2026-02-09, level: 3, assessor: mentor }',
          'surveys:',
          '  - { survey: mid, date: 2026-02-09, respondent: Hanna Reed, satisfaction: 4 }',
          '',
        ].join('\n'),
      ),
    ).toEqual(['Did you mean `p1`?', 'Did you mean `p1`?', 'Did you mean `e1`?', 'Did you mean `hr1`?']);
  });

  it("suggests the role whose name an assessor is written as, words with a space in them (not an id)", () => {
    const programme = baseProgrammeYaml.replace('  - { id: sponsor,', '  - { id: peer, name: Peer reviewer }\n  - { id: sponsor,');
    const records = (assessor: string): string => `assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-02-09, level: 3, assessor: ${assessor} }\n`;
    const oneOf = (text: string, locale: 'en' | 'pl' = 'en'): (string | undefined)[] => {
      const bundle: ProgrammeBundle = { programme: parsed('programme.yaml', programme), people: [], records: [parsed('records/2026-02.yaml', recordsYaml(records(text)))] };
      return validateWorkspace({ files: [bundle.programme, ...bundle.records], bundles: [bundle], findings: [] }, { today: '2026-11-27', locale })
        .filter((d) => d.ruleId === 'schema-one-of')
        .map((d) => d.hint);
    };
    expect(oneOf('Peer reviewer')[0]).toMatch(/^Did you mean `peer`\? Role of the assessor/);
    expect(oneOf('line Manager')[0]).toMatch(/^Did you mean `line-manager`\? /);
    expect(oneOf('Peer reviewer', 'pl')[0]).toMatch(/^Czy chodziło o `peer`\? /);
    // No role by that name: the forms alone.
    expect(oneOf('Head of review')[0]).toMatch(/^Role of the assessor/);
  });

  it('lists the pairs when the person has several, in English and Polish', () => {
    const programme = baseProgrammeYaml.replace('  pairs:\n', '  pairs:\n    - { id: p0, mentor: m1, mentee: e1, competencies: [negotiation], start: 2026-01-19, end: 2026-01-23 }\n');
    const records = 'sessions:\n  - { pair: Eve Mentee, date: 2026-02-09, minutes: 60 }\n';
    expect(hints(records, programme)).toEqual(['Write the id, one of `p0`, `p1`.']);
    expect(hints(records, programme, 'pl')).toEqual(['Wpisz identyfikator, jeden z: `p0`, `p1`.']);
  });

  it('reads the items of a list of people (a role staffed by a name)', () => {
    const bundle: ProgrammeBundle = { programme: parsed('programme.yaml', baseProgrammeYaml.replace('staffedBy: [hr1]', 'staffedBy: [Hanna Reed]')), people: [], records: [] };
    const found = validateWorkspace({ files: [bundle.programme], bundles: [bundle], findings: [] }, { today: '2026-11-27', locale: 'en' }).filter((d) => d.ruleId === 'schema-format');
    expect(found.map((d) => [d.path, d.hint])).toEqual([['roles[id=hr-owner].staffedBy[0]', 'Did you mean `hr1`?']]);
  });

  it('keeps the id the name would make when the name is no one in the programme', () => {
    expect(hints('assessments:\n  - { mentee: Jan Nowy, competency: negotiation, date: 2026-02-09, level: 3, assessor: mentor }\n')).toEqual(['Did you mean `jan-nowy`?']);
  });
});

describe('a role written as the programme names it where an assessor belongs', () => {
  const assessorHints = (assessor: string, programme = baseProgrammeYaml, locale: 'en' | 'pl' = 'en'): (string | undefined)[] => {
    const bundle: ProgrammeBundle = { programme: parsed('programme.yaml', programme), people: [], records: [parsed('records/2026-02.yaml', recordsYaml(`assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-02-09, level: 3, assessor: ${assessor} }\n`))] };
    return validateWorkspace({ files: [bundle.programme, ...bundle.records], bundles: [bundle], findings: [] }, { today: '2026-11-27', locale })
      .filter((d) => d.ruleId === 'schema-one-of' || d.ruleId === 'unknown-reference')
      .map((d) => d.hint);
  };
  // Polish words have Polish letters and spaces, so they are no id: the schema's finding suggests the role.
  const polish = baseProgrammeYaml.replace('{ id: line-manager, name: Line manager }', '{ id: line-manager, name: Bezpośredni przełożony }');

  it('suggests the one role whose name holds the words, Polish letters and case aside, in the schema finding too', () => {
    expect(assessorHints('Przełożony', polish, 'pl')[0]).toMatch(/^Czy chodziło o `line-manager`\? /);
    expect(assessorHints('Bezpośredni przełożony', polish)[0]).toMatch(/^Did you mean `line-manager`\? /);
    expect(assessorHints('Line manager')[0]).toMatch(/^Did you mean `line-manager`\? /);
  });

  it('suggests nothing when no role, or several, have those words', () => {
    expect(assessorHints('Kierownik działu', polish, 'pl')[0]).not.toMatch(/Czy chodziło/);
    expect(assessorHints('Men tor')[0]).not.toMatch(/Did you mean/);
  });
});
