import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';

const left = programmeYaml((d) => {
  d.people.pairs[0].end = '2026-04-10';
});

describe('record-after-mentee-left', () => {
  it('reports an assessment after the mentee’s last pair ended, at its date', () => {
    const records = recordsYaml('assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-04-20, level: 3, assessor: mentor }\n');
    const [d, ...rest] = diagnosticsOf({ programme: left, records: { 'r.yaml': records } }, 'record-after-mentee-left');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'record-after-mentee-left', severity: 'error', path: 'assessments[0].date' });
    expect(textAt(records, d)).toMatch(/^2026-04-20/);
    expect(d!.message).toBe('Assessment of mentee `e1` on 2026-04-20 is after their last pair ended (`p1`, 2026-04-10).');
  });

  it('reports a learning activity too', () => {
    const records = recordsYaml('learning:\n  - { mentee: e1, date: 2026-05-04, type: experience, hours: 4 }\n');
    expect(diagnosticsOf({ programme: left, records: { 'r.yaml': records } }, 'record-after-mentee-left')).toMatchObject([{ path: 'learning[0].date' }]);
  });

  it('counts the latest of several pairs, and a pair still running', () => {
    const records = recordsYaml('learning:\n  - { mentee: e1, date: 2026-05-04, type: experience, hours: 4 }\n');
    const rematched = (end?: string) =>
      programmeYaml((d) => {
        d.people.pairs[0].end = '2026-03-01';
        d.people.pairs.push({ id: 'p2', mentor: 'm1', mentee: 'e1', competencies: ['negotiation'], start: '2026-03-10', ...(end ? { end } : {}) });
      });
    expect(diagnosticsOf({ programme: rematched('2026-06-01'), records: { 'r.yaml': records } }, 'record-after-mentee-left')).toEqual([]);
    expect(diagnosticsOf({ programme: rematched(), records: { 'r.yaml': records } }, 'record-after-mentee-left')).toEqual([]);
    expect(diagnosticsOf({ programme: rematched('2026-04-30'), records: { 'r.yaml': records } }, 'record-after-mentee-left')).toMatchObject([{ message: expect.stringContaining('(`p2`, 2026-04-30)') as unknown }]);
  });

  it('accepts records before the first pair starts (baselines, early learning)', () => {
    const records = recordsYaml('assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-01-12, level: 2, assessor: line-manager }\n');
    expect(diagnosticsOf({ programme: left, records: { 'r.yaml': records } }, 'record-after-mentee-left')).toEqual([]);
  });
});
