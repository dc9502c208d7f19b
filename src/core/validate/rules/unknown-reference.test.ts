import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, bundleOf, diagnosticsOf, programmeYaml, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';
import { word } from '../../word.js';
import { checkRules } from '../index.js';

describe('unknown-reference', () => {
  it('reports a pair mentor that is not a mentor, at the id, with a suggestion', () => {
    const yaml = programmeYaml((d) => {
      d.people.pairs[0].mentor = 'm2';
    });
    const found = diagnosticsOf(yaml, 'unknown-reference');
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d).toMatchObject({ ruleId: 'unknown-reference', severity: 'error', path: 'people.pairs[id=p1].mentor' });
    expect(textAt(yaml, d)).toBe('m2');
    expect(d.message).toBe('`people.pairs[id=p1].mentor` refers to mentor `m2`, which is not defined.');
    expect(d.hint).toBe('Did you mean `m1`?');
  });

  it('lists the known ids when none is close', () => {
    const yaml = programmeYaml((d) => {
      d.competencies[0].scale = 'proficiency-levels';
    });
    const [d] = diagnosticsOf(yaml, 'unknown-reference');
    expect(d).toMatchObject({ path: 'competencies[id=negotiation].scale' });
    expect(textAt(yaml, d)).toBe('proficiency-levels');
    expect(d!.hint).toBe('Known: `s5`.');
  });

  it('points at the key of a mentor level for an unknown competency', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].levels.negotiaton = 4;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'unknown-reference');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'people.mentors[id=m1].levels.negotiaton' });
    expect(textAt(yaml, d)).toBe('negotiaton: 4');
    expect(d!.hint).toBe('Did you mean `negotiation`?');
  });

  it('points at the key of an import level column for an unknown competency', () => {
    const yaml = programmeYaml((d) => {
      d.addressees = { criteria: [{ id: 'c1', description: 'Any gap', minGap: 1 }], recruitment: { method: 'nomination' }, import: { levels: { negotiation: 'Negotiation', negotiaton: 'Typo' } } };
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'unknown-reference');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'addressees.import.levels.negotiaton' });
    expect(textAt(yaml, d)).toBe('negotiaton: Typo');
  });

  it('checks roles in the matrix and communications, milestones and people', () => {
    const yaml = programmeYaml((d) => {
      d.roleMatrix = [{ id: 'assess', name: 'Assess', responsible: ['mentor', 'coach'], accountable: 'hr' }];
      d.communications[0].when.milestone = 'kickoff';
      d.communications[0].to.push('ceo');
      d.roles[3].staffedBy.push('nobody');
      d.goals[0].sponsor = 'sp2';
      d.people.mentees[0].lineManager = 'lm2';
      d.people.mentors[0].preparation[0].module = 'roles';
      d.kpis[0].scope = { competencies: ['negotiation', 'sales'] };
    });
    const found = diagnosticsOf(yaml, 'unknown-reference').map((d) => [d.path, textAt(yaml, d)]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['roleMatrix[id=assess].responsible[1]', 'coach'],
        ['roleMatrix[id=assess].accountable', 'hr'],
        ['communications[id=buy-in].when.milestone', 'kickoff'],
        ['communications[id=buy-in].to[3]', 'ceo'],
        ['roles[id=hr-owner].staffedBy[1]', 'nobody'],
        ['goals[id=g1].sponsor', 'sp2'],
        ['people.mentees[id=e1].lineManager', 'lm2'],
        ['people.mentors[id=m1].preparation[module=roles].module', 'roles'],
        ['kpis[id=k1].scope.competencies[1]', 'sales'],
      ]),
    );
    expect(found).toHaveLength(9);
  });

  it('tells to rename a milestone near `kick-off` rather than the references to it, in both languages', () => {
    const yaml = programmeYaml((d) => {
      d.process.milestones[0].id = 'kickoff';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'unknown-reference');
    expect(rest).toEqual([]);
    expect(d!.path).toBe('communications[id=buy-in].when.milestone');
    expect(d!.hint).toBe("Give milestone `kickoff` the id `kick-off` (its name can stay): the method's checks look for that id, so keep this reference as it is.");
    const [finding] = checkRules(bundleOf({ programme: yaml }), '2026-11-27').filter((f) => f.ruleId === 'unknown-reference');
    expect(word(finding!, 'pl').hint).toMatch(/^Nadaj kamieniowi milowemu `kickoff` identyfikator `kick-off`/);
    // Any other milestone keeps the plain suggestion.
    const other = programmeYaml((d) => {
      d.communications[0].when.milestone = 'closng';
    });
    expect(diagnosticsOf(other, 'unknown-reference')[0]!.hint).toBe('Did you mean `closing`?');
  });

  it('says a person of the wrong kind is in another list, in English and Polish', () => {
    const yaml = programmeYaml((d) => {
      d.people.pairs[0].mentor = 'e1';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'unknown-reference');
    expect(rest).toEqual([]);
    expect(textAt(yaml, d)).toBe('e1');
    expect(d!.message).toBe('`people.pairs[id=p1].mentor` refers to `e1`, who is in `mentees`, not in `mentors`.');
    expect(d!.hint).toBe('If `e1` is also a mentor, add them to `mentors` with the same id and name (one person, one id); or did you mean `m1`?');
    // A member of staff where a mentee belongs, with the suggestion for a typo kept.
    const staff = programmeYaml((d) => {
      d.people.mentees.push({ id: 'lm2', name: 'Lou Mentee', lineManager: 'lm1', competencies: [{ competency: 'negotiation', baseline: 1, target: 3 }] });
      d.people.pairs[0].mentee = 'lm1';
    });
    const [s] = checkRules(bundleOf({ programme: staff }), '2026-11-27').filter((f) => f.ruleId === 'unknown-reference');
    expect(word(s!, 'en').message).toBe('`people.pairs[id=p1].mentee` refers to `lm1`, who is in `staff`, not in `mentees`.');
    expect(word(s!, 'pl').message).toBe('`people.pairs[id=p1].mentee` wskazuje na `lm1`, a ta osoba jest w `staff`, nie w `mentees`.');
    expect(word(s!, 'pl').hint).toBe('Jeśli `lm1` jest też mentee, dopisz tę osobę do `mentees` z tym samym identyfikatorem i nazwiskiem (jedna osoba, jeden identyfikator); a może chodziło o `lm2`?');
  });

  it('tells to swap a mentor and a mentee written the wrong way round', () => {
    const yaml = programmeYaml((d) => {
      Object.assign(d.people.pairs[0], { mentor: 'e1', mentee: 'm1' });
    });
    const found = checkRules(bundleOf({ programme: yaml }), '2026-11-27').filter((f) => f.ruleId === 'unknown-reference');
    expect(found.map((f) => word(f, 'en').hint)).toEqual(['The mentor and the mentee look swapped: swap the values of `mentor` and `mentee`.', 'The mentor and the mentee look swapped: swap the values of `mentor` and `mentee`.']);
    expect(word(found[0]!, 'pl').hint).toBe('Wygląda na to, że mentor i mentee są zamienieni miejscami: zamień wartości `mentor` i `mentee`.');
    // Only one side wrong is not a swap.
    const oneSide = programmeYaml((d) => {
      d.people.pairs[0].mentor = 'e1';
    });
    expect(diagnosticsOf(oneSide, 'unknown-reference')[0]!.hint).not.toMatch(/swap/);
  });

  it("names the mentee of a pair whose id is written where a mentee belongs, and a person's pair where a pair belongs", () => {
    const records = recordsYaml(['sessions:', '  - { pair: e1, date: 2026-02-02, minutes: 60 }', '  - { pair: m1, date: 2026-02-02, minutes: 60 }', 'learning:', '  - { mentee: p1, date: 2026-02-02, type: social, hours: 1 }', ''].join('\n'));
    const found = checkRules(bundleOf({ programme: baseProgrammeYaml, records: { 'records.yaml': records } }), '2026-11-27').filter((f) => f.ruleId === 'unknown-reference');
    expect(found.map((f) => word(f, 'en').hint)).toEqual(['`e1` is a mentee, in pair `p1`: did you mean `p1`?', '`m1` is a mentor, in pair `p1`: did you mean `p1`?', '`p1` is a pair: did you mean its mentee `e1`?']);
    expect(found.map((f) => word(f, 'pl').hint)).toEqual(['`e1` to mentee z pary `p1`: czy chodziło o `p1`?', '`m1` to mentor z pary `p1`: czy chodziło o `p1`?', '`p1` to para: czy chodziło o jej mentee, `e1`?']);
    // A mentor in two pairs: both named, none guessed.
    const two = programmeYaml((d) => {
      d.people.pairs.push({ ...d.people.pairs[0], id: 'p2', competencies: ['pricing'] });
    });
    const [d] = checkRules(bundleOf({ programme: two, records: { 'records.yaml': records } }), '2026-11-27').filter((f) => f.ruleId === 'unknown-reference' && f.params['id'] === 'm1');
    expect(word(d!, 'en').hint).toBe('`m1` is a mentor, in pairs `p1`, `p2`: write the id of the pair the record is for.');
    expect(word(d!, 'pl').hint).toBe('`m1` to mentor z par `p1`, `p2`: wpisz identyfikator pary, której dotyczy zapis.');
  });

  it("suggests the person whose name an id was made from, where the programme numbers its people (`eve-mentee` for Eve Mentee, `e1`)", () => {
    const records = recordsYaml(['learning:', '  - { mentee: eve-mentee, date: 2026-02-02, type: social, hours: 1 }', '  - { mentee: maria-mentor, date: 2026-02-02, type: social, hours: 1 }', ''].join('\n'));
    const withLead = programmeYaml((d) => {
      d.people.mentees[0].lineManager = 'lee-moss';
    });
    const found = checkRules(bundleOf({ programme: withLead, records: { 'records.yaml': records } }), '2026-11-27').filter((f) => f.ruleId === 'unknown-reference');
    expect(found.map((f) => [f.params['id'], f.params['suggestion']])).toEqual([
      ['lee-moss', 'lm1'],
      ['eve-mentee', 'e1'],
      // Maria Mentor is a mentor, not a mentee: no suggestion of her id where a mentee belongs.
      ['maria-mentor', undefined],
    ]);
    expect(word(found[1]!, 'pl').hint).toBe('Czy chodziło o `e1`?');
  });

  it("names both people of a pair whose id is written where a person belongs (a survey's respondent)", () => {
    const records = recordsYaml(['surveys:', '  - { survey: mid, date: 2026-02-02, respondent: p1, satisfaction: 4 }', ''].join('\n'));
    const [d] = checkRules(bundleOf({ programme: baseProgrammeYaml, records: { 'records.yaml': records } }), '2026-11-27').filter((f) => f.ruleId === 'unknown-reference');
    expect(word(d!, 'en').hint).toBe("`p1` is a pair, not a person: its mentee is `e1` and its mentor `m1`. Write the person's id.");
    expect(word(d!, 'pl').hint).toBe('`p1` to para, nie osoba: jej mentee to `e1`, a mentor – `m1`. Wpisz identyfikator osoby.');
    expect(d!.params['suggestion']).toBeUndefined();
  });

  it('checks records against the people and KPIs', () => {
    const records = recordsYaml(
      [
        'sessions:',
        '  - { pair: p9, date: 2026-02-02, minutes: 60 }',
        'assessments:',
        '  - { mentee: e9, competency: negotiation, date: 2026-02-02, level: 3, assessor: mentor }',
        'learning:',
        '  - { mentee: e1, competency: pricing, date: 2026-02-02, type: formal, hours: 2 }',
        'surveys:',
        '  - { survey: mid, respondent: x1, date: 2026-02-02, satisfaction: 4 }',
        'kpiValues:',
        '  - { kpi: k2, date: 2026-02-02, value: 1 }',
        '',
      ].join('\n'),
    );
    const found = diagnosticsOf({ programme: baseProgrammeYaml, records: { 'records.yaml': records } }, 'unknown-reference');
    expect(found.map((d) => [d.file, d.path, textAt(records, d)])).toEqual([
      ['records.yaml', 'sessions[0].pair', 'p9, date: 2026-02-02, minutes: 60 }'],
      ['records.yaml', 'assessments[0].mentee', 'e9, competency: negotiation, date: 2026-02-02, level: 3, assessor: mentor }'],
      ['records.yaml', 'learning[0].competency', 'pricing, date: 2026-02-02, type: formal, hours: 2 }'],
      ['records.yaml', 'surveys[0].respondent', 'x1, date: 2026-02-02, satisfaction: 4 }'],
      ['records.yaml', 'kpiValues[0].kpi', 'k2, date: 2026-02-02, value: 1 }'],
    ]);
  });

  it("checks calibration decisions against the pilot's KPIs, only when the pilot is loaded", () => {
    const yaml = programmeYaml((d) => {
      d.metadata.phase = 'rollout';
      d.metadata.pilot = { path: 'pilot' };
      d.calibration = { decisions: [{ id: 'd1', summary: 'More sessions', kpis: ['k1', 'k7'] }] };
    });
    const withPilot = diagnosticsOf({ programme: yaml, pilot: baseProgrammeYaml }, 'unknown-reference');
    expect(withPilot.map((d) => [d.path, textAt(yaml, d), d.message])).toEqual([['calibration.decisions[id=d1].kpis[1]', 'k7', '`calibration.decisions[id=d1].kpis[1]` refers to KPI `k7`, which is not defined.']]);
    expect(diagnosticsOf(yaml, 'unknown-reference')).toEqual([]);
  });

  it('checks the people a message names and the milestone a recurring message runs until', () => {
    const yaml = programmeYaml((d) => {
      d.communications[0].toPeople = ['e1', 'e9'];
      d.communications[0].every = { weeks: 2, until: { milestone: 'closng' } };
    });
    expect(diagnosticsOf(yaml, 'unknown-reference').map((d) => [d.path, d.hint])).toEqual([
      ['communications[id=buy-in].toPeople[1]', 'Did you mean `e1`?'],
      ['communications[id=buy-in].every.until.milestone', 'Did you mean `closing`?'],
    ]);
  });

  it("checks a cycle's calibration decisions against the previous cycle's KPIs", () => {
    const yaml = programmeYaml((d) => {
      d.metadata.phase = 'cycle';
      d.metadata.previous = { path: '../cohort-2025', id: 'demo' };
      d.calibration = { decisions: [{ id: 'd1', summary: 'Shorter sessions', kpis: ['k1', 'k8'] }] };
    });
    const found = diagnosticsOf({ programme: yaml, previous: baseProgrammeYaml }, 'unknown-reference');
    expect(found.map((d) => [d.path, textAt(yaml, d)])).toEqual([['calibration.decisions[id=d1].kpis[1]', 'k8']]);
  });

  it('checks that an assessor is a role the programme defines, except `external`', () => {
    const yaml = programmeYaml((d) => {
      d.roles = d.roles.filter((r: { id: string }) => r.id !== 'line-manager');
      d.communications[0].to = ['mentor', 'mentee'];
    });
    const records = recordsYaml('assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-02-02, level: 3, assessor: line-manager }\n  - { mentee: e1, competency: negotiation, date: 2026-02-03, level: 3, assessor: external }\n');
    const found = diagnosticsOf({ programme: yaml, records: { 'records.yaml': records } }, 'unknown-reference');
    expect(found.map((d) => [d.path, d.message])).toEqual([['assessments[0].assessor', '`assessments[0].assessor` refers to role `line-manager`, which is not defined.']]);
  });

  it('suggests the role whose name holds the word typed as an assessor (przelozony for Bezpośredni przełożony)', () => {
    const yaml = programmeYaml((d) => {
      d.roles.find((r: { id: string }) => r.id === 'line-manager').name = 'Bezpośredni przełożony (kierownik regionu)';
    });
    const records = recordsYaml('assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-02-02, level: 3, assessor: przelozony }\n  - { mentee: e1, competency: negotiation, date: 2026-02-02, level: 3, assessor: Kierownik }\n  - { mentee: e1, competency: negotiation, date: 2026-02-02, level: 3, assessor: boss }\n');
    const found = checkRules(bundleOf({ programme: yaml, records: { 'records.yaml': records } }), '2026-11-27').filter((f) => f.ruleId === 'unknown-reference');
    expect(found.map((f) => word(f, 'pl').hint)).toEqual(['Czy chodziło o `line-manager`?', 'Czy chodziło o `line-manager`?', expect.stringMatching(/^Zdefiniowane identyfikatory: /)]);
  });

  it("takes an assessor role the programme adds, and suggests it for a near miss, in English and Polish", () => {
    const yaml = programmeYaml((d) => {
      d.roles.push({ id: 'clinical-educator', name: 'Clinical educator' });
      d.communications[0].to.push('clinical-educator');
    });
    const records = recordsYaml(
      'assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-02-02, level: 3, assessor: clinical-educator }\n  - { mentee: e1, competency: negotiation, date: 2026-03-02, level: 4, assessor: clinical-educater }\n',
    );
    const bundle = bundleOf({ programme: yaml, records: { 'records.yaml': records } });
    const found = checkRules(bundle, '2026-11-27').filter((f) => f.ruleId === 'unknown-reference');
    expect(found).toHaveLength(1);
    const en = word(found[0]!, 'en');
    expect(en).toMatchObject({ path: 'assessments[1].assessor', file: 'records.yaml', start: { line: 6 } });
    expect(textAt(records, en)).toBe('clinical-educater }');
    expect(en.message).toBe('`assessments[1].assessor` refers to role `clinical-educater`, which is not defined.');
    expect(en.hint).toBe('Did you mean `clinical-educator`?');
    const pl = word(found[0]!, 'pl');
    expect(pl.message).toBe('`assessments[1].assessor` wskazuje na rolę `clinical-educater`, której nie zdefiniowano.');
    expect(pl.hint).toBe('Czy chodziło o `clinical-educator`?');
  });

  it('offers `external` for an assessor that misses it, and lists it among the known roles', () => {
    const records = recordsYaml(
      'assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-02-02, level: 3, assessor: externl }\n  - { mentee: e1, competency: negotiation, date: 2026-03-02, level: 3, assessor: panel }\n',
    );
    const found = diagnosticsOf({ programme: programmeYaml(), records: { 'records.yaml': records } }, 'unknown-reference');
    expect(found.map((d) => [d.path, d.hint])).toEqual([
      ['assessments[0].assessor', 'Did you mean `external`?'],
      ['assessments[1].assessor', 'Known: `mentee`, `mentor`, `line-manager`, `hr-owner`, `sponsor`, `external`.'],
    ]);
  });

  it('accepts references that resolve', () => {
    expect(diagnosticsOf(programmeYaml(), 'unknown-reference')).toEqual([]);
  });
});
