import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('date-outside-period', () => {
  it('reports a milestone after the period, at its date', () => {
    const yaml = programmeYaml((d) => {
      d.process.milestones[1].date = '2026-07-10';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'date-outside-period');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'date-outside-period', severity: 'error', path: 'process.milestones[id=closing].date' });
    expect(textAt(yaml, d)).toBe('2026-07-10');
    expect(d!.message).toBe('Milestone `closing`: date 2026-07-10 is outside the programme period 2026-01-05 – 2026-06-30.');
  });

  it('resolves milestone offsets of communications and points at the offset', () => {
    const yaml = programmeYaml((d) => {
      d.communications[0].when.offsetDays = -21;
      d.communications[0].purpose = 'reminder';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'date-outside-period');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'communications[id=buy-in].when.offsetDays' });
    expect(textAt(yaml, d)).toBe('-21');
    expect(d!.message).toContain('date 2025-12-29');
  });

  it('lets recruitment and buy-in messages come before the period, and closing news after it, within limits', () => {
    const message = (id: string, date: string, purpose: string, step?: string) => ({ id, when: { date }, from: 'hr-owner', to: ['mentee'], channel: 'email', purpose, ...(step ? { step } : {}) });
    const yaml = programmeYaml((d) => {
      d.communications.push(
        message('sponsor-letter', '2025-11-20', 'buy-in'),
        message('call', '2025-12-01', 'information'),
        message('prep', '2025-12-10', 'reminder', 'mentor-preparation'),
        message('thanks', '2026-07-15', 'celebration'),
        message('results', '2026-08-20', 'reminder', 'results-to-sponsor'),
        message('early-reminder', '2026-01-02', 'reminder'),
        message('late-buy-in', '2026-07-01', 'buy-in'),
        message('typo-year', '2025-01-20', 'buy-in'),
        message('long-after', '2026-10-15', 'celebration'),
      );
    });
    expect(diagnosticsOf(yaml, 'date-outside-period').map((d) => d.path)).toEqual([
      'communications[id=early-reminder].when.date',
      'communications[id=late-buy-in].when.date',
      'communications[id=typo-year].when.date',
      'communications[id=long-after].when.date',
    ]);
  });

  it('reports a recurring message once, at its first date outside the period', () => {
    const yaml = programmeYaml((d) => {
      d.communications.push({ id: 'weekly', when: { date: '2026-06-01' }, every: { weeks: 2, until: { date: '2026-08-01' } }, from: 'hr-owner', to: ['mentor'], channel: 'email', purpose: 'reminder' });
    });
    const found = diagnosticsOf(yaml, 'date-outside-period');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('date 2026-07-13');
  });

  it('checks pair starts and ends and every kind of record', () => {
    const yaml = programmeYaml((d) => {
      d.people.pairs[0].end = '2026-07-01';
    });
    const records = recordsYaml(
      [
        'sessions: [{ pair: p1, date: 2026-01-02, minutes: 60 }]',
        'assessments: [{ mentee: e1, competency: negotiation, date: 2025-12-01, level: 2, assessor: line-manager }]',
        'learning: [{ mentee: e1, date: 2026-07-02, type: formal, hours: 3 }]',
        'surveys: [{ survey: closing, respondent: e1, date: 2026-07-03, nps: 9 }]',
        'kpiValues: [{ kpi: k1, date: 2026-07-04, value: 0.5 }]',
        '',
      ].join('\n'),
    );
    const found = diagnosticsOf({ programme: yaml, records: { 'records.yaml': records } }, 'date-outside-period');
    expect(found.map((d) => [d.file, d.path])).toEqual([
      ['programme.yaml', 'people.pairs[id=p1].end'],
      ['records.yaml', 'sessions[0].date'],
      ['records.yaml', 'assessments[0].date'],
      ['records.yaml', 'learning[0].date'],
      ['records.yaml', 'surveys[0].date'],
      ['records.yaml', 'kpiValues[0].date'],
    ]);
    expect(textAt(records, found[1])).toMatch(/^2026-01-02/);
  });

  it('accepts dates on the first and last day of the period, and preparation before it', () => {
    const yaml = programmeYaml((d) => {
      d.process.milestones[0].date = '2026-01-05';
      d.communications[0].when = { date: '2026-01-05' };
      d.process.milestones[1].date = '2026-06-30';
      d.people.mentors[0].preparation[0].completed = '2025-12-01';
    });
    expect(diagnosticsOf({ programme: yaml, records: { 'r.yaml': recordsYaml('sessions: []\n') } }, 'date-outside-period')).toEqual([]);
    expect(diagnosticsOf(baseProgrammeYaml, 'date-outside-period')).toEqual([]);
  });
});
