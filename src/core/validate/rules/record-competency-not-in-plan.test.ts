import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';

const programme = programmeYaml((d) => {
  d.competencies.push({ id: 'pricing', name: 'Pricing', importance: 'tactical', scale: 's5', goal: 'g1' });
  d.people.mentees.push({ id: 'e2', name: 'Ed Second', competencies: [{ competency: 'pricing', baseline: 1, target: 3 }] });
  d.people.pairs.push({ id: 'p2', mentor: 'm1', mentee: 'e2', competencies: ['pricing'], start: '2026-01-26' });
  d.people.mentors[0].levels.pricing = 4;
});

describe('record-competency-not-in-plan', () => {
  it('reports an assessment in a competency outside the mentee’s plan, at the competency', () => {
    const records = recordsYaml('assessments:\n  - { mentee: e1, competency: pricing, date: 2026-03-02, level: 2, assessor: mentor }\n');
    const [d, ...rest] = diagnosticsOf({ programme, records: { 'r.yaml': records } }, 'record-competency-not-in-plan');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'record-competency-not-in-plan', severity: 'error', path: 'assessments[0].competency' });
    expect(textAt(records, d)).toMatch(/^pricing/);
    expect(d!.message).toBe("Assessment of mentee `e1` in `pricing`, which is not in the mentee's plan.");
  });

  it('reports a learning activity that develops a competency outside the plan', () => {
    const records = recordsYaml('learning:\n  - { mentee: e2, date: 2026-03-02, type: formal, hours: 2, competency: negotiation }\n');
    const [d] = diagnosticsOf({ programme, records: { 'r.yaml': records } }, 'record-competency-not-in-plan');
    expect(d).toMatchObject({ path: 'learning[0].competency', message: "Learning activity of mentee `e2` develops `negotiation`, which is not in the mentee's plan." });
  });

  it('leaves records in the plan, without a competency, or with unknown ids alone', () => {
    const records = recordsYaml(
      'assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-03-02, level: 3, assessor: mentor }\n  - { mentee: e9, competency: pricing, date: 2026-03-02, level: 3, assessor: mentor }\n  - { mentee: e1, competency: nope, date: 2026-03-02, level: 3, assessor: mentor }\nlearning:\n  - { mentee: e1, date: 2026-03-02, type: experience, hours: 4 }\n',
    );
    expect(diagnosticsOf({ programme, records: { 'r.yaml': records } }, 'record-competency-not-in-plan')).toEqual([]);
  });
});
