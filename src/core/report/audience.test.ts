import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/model.js';
import { bundleOf, programmeYaml, recordsYaml } from '../../../test/helpers/bundle.js';
import { buildReport, ReportOptionsError } from './index.js';
import { competencyRows } from './competencies.js';
import { indexRecords } from './record-index.js';
import { foldEndReasons } from './sessions.js';

const model = buildModel(
  bundleOf({
    programme: programmeYaml(),
    records: { 'r.yaml': recordsYaml('assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-03-02, level: 3, assessor: mentor }\n') },
  }),
);

describe('audiences', () => {
  it('a sponsor report of fewer than 3 mentees keeps only the health line and KPIs, their values withheld', () => {
    const r = buildReport(model, { asOf: '2026-03-31', audience: 'sponsor' });
    expect(r.sections).toEqual(['health', 'kpis']);
    expect([r.sessions, r.learning, r.competencies, r.timeline]).toEqual([null, null, null, null]);
    expect(r.kpis![0]).toMatchObject({ value: null, status: 'no-data', reason: 'small-group', missedBy: null });
    expect(r.notes.map((n) => n.code)).toContain('small-groups');
  });

  it('HR sees the same KPI with its value', () => {
    expect(buildReport(model, { asOf: '2026-03-31' }).kpis![0]).toMatchObject({ value: 0.5, status: 'open' });
  });

  it('competencies of fewer than 3 mentees fold into "other", withheld while it is still too small', () => {
    const rows = competencyRows(indexRecords(model), model.mentees, '2026-03-31', true);
    expect(rows).toEqual([expect.objectContaining({ competency: null, competencies: 1, mentees: 1, withheld: true, averageGain: null })]);
    expect(competencyRows(indexRecords(model), model.mentees, '2026-03-31', false)[0]).toMatchObject({ competency: { id: 'negotiation' }, averageGain: 1, withheld: false });
  });

  it('early-end reasons of fewer than 3 pairs fold into "other", which is dropped while smaller than 3', () => {
    expect(foldEndReasons([{ reason: 'left-organisation', pairs: 1 }, { reason: 'workload', pairs: 3 }, { reason: 'mismatch', pairs: 2 }])).toEqual({
      reasons: [{ reason: 'workload', pairs: 3 }, { reason: 'other', pairs: 3 }],
      folded: 2,
    });
    expect(foldEndReasons([{ reason: 'left-organisation', pairs: 1 }])).toEqual({ reasons: [], folded: 1 });
  });

  it('refuses options that do not fit: a person missing, unknown, not a manager; a section the audience lacks', () => {
    const problem = (options: Parameters<typeof buildReport>[1]): string => {
      try {
        buildReport(model, options);
        return 'none';
      } catch (error) {
        return error instanceof ReportOptionsError ? error.problem : String(error);
      }
    };
    expect(problem({ asOf: '2026-03-31', audience: 'manager' })).toBe('person-required');
    expect(problem({ asOf: '2026-03-31', audience: 'manager', person: 'nobody' })).toBe('unknown-person');
    expect(problem({ asOf: '2026-03-31', audience: 'manager', person: 'hr1' })).toBe('not-a-line-manager');
    expect(problem({ asOf: '2026-03-31', audience: 'mentee', person: 'm1' })).toBe('not-a-mentee');
    expect(problem({ asOf: '2026-03-31', audience: 'sponsor', person: 'e1' })).toBe('person-not-allowed');
    expect(problem({ asOf: '2026-03-31', audience: 'sponsor', sections: ['progress'] })).toBe('section-not-for-audience');
    expect(problem({ asOf: '2026-03-31', audience: 'manager', person: 'lm1', sections: ['kpis'] })).toBe('none');
  });
});
