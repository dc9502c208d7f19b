import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('level-outside-scale', () => {
  it('reports a target above the top of the scale, at the target', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees[0].competencies[0].target = 6;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'level-outside-scale');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'level-outside-scale', severity: 'error', path: 'people.mentees[id=e1].competencies[competency=negotiation].target' });
    expect(textAt(yaml, d)).toBe('6');
    expect(d!.message).toBe('Level 6 is not on scale `s5` of competency `negotiation`.');
    expect(d!.hint).toBe('Levels of `s5`: 1 Novice · 2 Beginner · 3 Competent · 4 Proficient · 5 Expert.');
  });

  it('checks baselines, mentor levels and assessments against a scale with gaps', () => {
    const yaml = programmeYaml((d) => {
      d.scales[0].levels = [0, 2, 4, 6].map((level) => ({ level, label: `L${level}` }));
      d.people.mentees[0].competencies[0].baseline = 1;
      d.people.mentees[0].competencies[0].target = 4;
      d.people.mentors[0].levels.negotiation = 5;
    });
    const records = recordsYaml('assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-03-02, level: 3, assessor: mentor }\n');
    const found = diagnosticsOf({ programme: yaml, records: { 'records.yaml': records } }, 'level-outside-scale');
    expect(found.map((d) => [d.path, d.file === 'records.yaml' ? textAt(records, d) : textAt(yaml, d)])).toEqual([
      ['people.mentees[id=e1].competencies[competency=negotiation].baseline', '1'],
      ['people.mentors[id=m1].levels.negotiation', '5'],
      ['assessments[0].level', '3, assessor: mentor }'],
    ]);
  });

  it("checks a competency's default target", () => {
    const yaml = programmeYaml((d) => {
      d.competencies[0].defaultTarget = 7;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'level-outside-scale');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'competencies[id=negotiation].defaultTarget' });
    expect(textAt(yaml, d)).toBe('7');
    expect(diagnosticsOf(programmeYaml((p) => void (p.competencies[0].defaultTarget = 4)), 'level-outside-scale')).toEqual([]);
  });

  it('accepts levels on the scale', () => {
    expect(diagnosticsOf(baseProgrammeYaml, 'level-outside-scale')).toEqual([]);
  });
});
