import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/model.js';
import { bundleOf, programmeYaml, recordsYaml } from '../../../test/helpers/bundle.js';
import { evaluateKpis } from './index.js';
import { kpiStatus, shortfall } from './kpis.js';
import type { Kpi } from '../model/types.js';

const kpi = (over: Partial<Kpi>): Kpi => ({ id: 'k', name: 'K', level: 2, metric: 'gap-closed-share', direction: 'higher', target: 0.6, ...over });

describe('kpiStatus', () => {
  const end = '2026-06-30';
  it('met on the right side of the target, equal included, at any time', () => {
    expect(kpiStatus(kpi({}), 0.6, '2026-03-01', end, null)).toBe('met');
    expect(kpiStatus(kpi({ direction: 'lower', target: 5 }), 5, end, end, null)).toBe('met');
    // Averages land a hair off: 0.6 computed as 0.5999999999999999 still meets 0.6.
    expect(kpiStatus(kpi({}), 0.6 - 1e-12, end, end, null)).toBe('met');
  });
  it('missed once the period is over (on its last day too), open or at risk before', () => {
    expect(kpiStatus(kpi({}), 0.5, end, end, null)).toBe('missed');
    expect(kpiStatus(kpi({}), 0.5, '2026-04-01', end, null)).toBe('open');
    expect(kpiStatus(kpi({}), 0.2, '2026-04-01', end, { date: '2026-03-31', target: 0.3 })).toBe('at-risk');
    expect(kpiStatus(kpi({}), 0.3, '2026-04-01', end, { date: '2026-03-31', target: 0.3 })).toBe('open');
    expect(kpiStatus(kpi({ direction: 'lower', target: 5 }), 9, '2026-04-01', end, { date: '2026-03-31', target: 8 })).toBe('at-risk');
  });
  it('no data without a value, no target without a target', () => {
    expect(kpiStatus(kpi({}), null, end, end, null)).toBe('no-data');
    const { target: _, ...noTarget } = kpi({});
    expect(kpiStatus(noTarget as Kpi, 0.4, end, end, null)).toBe('no-target');
  });
  it('shortfall is how far the value is from the target, 0 when met', () => {
    expect(shortfall(0.71, 0.8, 'higher')).toBeCloseTo(0.09, 12);
    expect(shortfall(8.4, 5, 'lower')).toBeCloseTo(3.4, 12);
    expect(shortfall(0.9, 0.8, 'higher')).toBe(0);
  });
  it('shortfall has no binary noise for JSON and CSV readers', () => {
    expect(shortfall(4.1, 3.5, 'lower')).toBe(0.6);
    expect(shortfall(0.18, 0.1, 'lower')).toBe(0.08);
    expect(shortfall(0.71, 0.8, 'higher')).toBe(0.09);
  });
});

/** The base programme (one pair from 26.01, fortnightly) with a few KPIs and records. */
function model(kpis: unknown[], records: string, edit: (d: Record<string, any>) => void = () => {}) {
  return buildModel(
    bundleOf({
      programme: programmeYaml((d) => {
        d.kpis = kpis;
        d.includes = { records: ['r.yaml'] };
        edit(d);
      }),
      records: { 'r.yaml': recordsYaml(records) },
    }),
  );
}

describe('evaluateKpis on a small programme', () => {
  it('session adherence: ⌊days / 14⌋ + 1 planned from the start, cancelled and missed sessions not held', () => {
    const m = model(
      [{ id: 'sa', name: 'Sessions', level: 3, metric: 'session-adherence', target: 0.9, direction: 'higher' }],
      `sessions:
  - { pair: p1, date: 2026-01-26, minutes: 60 }
  - { pair: p1, date: 2026-02-09, status: cancelled, reason: Flu }
  - { pair: p1, date: 2026-02-23, minutes: 45 }
  - { pair: p1, date: 2026-03-09, status: missed }
`,
    );
    // 26.01 → 09.03 is 42 days: ⌊42 / 14⌋ + 1 = 4 planned; 2 held.
    expect(evaluateKpis(m, '2026-03-09')[0]).toMatchObject({ value: 0.5, basis: { numerator: 2, denominator: 4 }, status: 'open' });
    // The day before: 3 planned (⌊41 / 14⌋ + 1), still 2 held.
    expect(evaluateKpis(m, '2026-03-08')[0]).toMatchObject({ basis: { numerator: 2, denominator: 3 } });
    // Before the pair starts nothing is planned: no data.
    expect(evaluateKpis(m, '2026-01-20')[0]).toMatchObject({ value: null, status: 'no-data', reason: 'no-planned-sessions' });
  });

  it('gap closed and targets reached: the latest assessment on or before the date, clipped to 0…1', () => {
    const m = model(
      [
        { id: 'gc', name: 'Gap', level: 2, metric: 'gap-closed-share', target: 0.5, direction: 'higher' },
        { id: 'tr', name: 'Reached', level: 2, metric: 'target-reached-share', target: 0.5, direction: 'higher' },
        { id: 'ag', name: 'Gain', level: 2, metric: 'average-level-gain', target: 1, direction: 'higher' },
      ],
      `assessments:
  - { mentee: e1, competency: negotiation, date: 2026-03-02, level: 3, assessor: mentor }
  - { mentee: e1, competency: negotiation, date: 2026-05-04, level: 5, assessor: mentor }
  - { mentee: e1, competency: negotiation, date: 2026-05-04, level: 4, assessor: line-manager }
`,
    );
    expect(evaluateKpis(m, '2026-02-01').map((k) => [k.value, k.status, k.reason])).toEqual([
      [null, 'no-data', 'no-assessments'],
      [null, 'no-data', 'no-assessments'],
      [null, 'no-data', 'no-assessments'],
    ]);
    // Baseline 2, target 4: level 3 closes half the gap.
    expect(evaluateKpis(m, '2026-03-02').map((k) => k.value)).toEqual([0.5, 0, 1]);
    // Two assessments on 04.05: the one written last (4) counts, not the higher one.
    expect(evaluateKpis(m, '2026-05-04').map((k) => k.value)).toEqual([1, 1, 2]);
  });

  it('satisfaction and NPS: all answers on or before the date; promoters 9–10, detractors 0–6', () => {
    const m = model(
      [
        { id: 's', name: 'Sat', level: 1, metric: 'satisfaction', target: 4, direction: 'higher' },
        { id: 'n', name: 'NPS', level: 1, metric: 'nps', target: 30, direction: 'higher' },
      ],
      `surveys:
  - { survey: s, date: 2026-03-01, respondent: e1, satisfaction: 5, nps: 10 }
  - { survey: s, date: 2026-03-01, respondent: m1, satisfaction: 3, nps: 6 }
  - { survey: s, date: 2026-03-02, respondent: hr1, satisfaction: 4, nps: 8 }
  - { survey: s, date: 2026-03-03, respondent: e1, nps: 9 }
`,
    );
    const [s, n] = evaluateKpis(m, '2026-03-03');
    expect(s).toMatchObject({ value: 4, basis: { count: 3 } });
    // 2 promoters, 1 detractor, 1 passive of 4 → 25.
    expect(n).toMatchObject({ value: 25, basis: { numerator: 1, denominator: 4 } });
  });

  it('retention counts only mentees whose pair ended because they left the organisation', () => {
    const kpis = [{ id: 'r', name: 'Retention', level: 4, metric: 'retention', target: 0.9, direction: 'higher' }];
    const left = model(kpis, 'sessions: []\n', (d) => Object.assign(d.people.pairs[0], { end: '2026-04-10', endReason: 'left-organisation' }));
    const workload = model(kpis, 'sessions: []\n', (d) => Object.assign(d.people.pairs[0], { end: '2026-04-10', endReason: 'workload' }));
    expect(evaluateKpis(left, '2026-04-09')[0]).toMatchObject({ value: 1 });
    expect(evaluateKpis(left, '2026-04-10')[0]).toMatchObject({ value: 0, status: 'open', missedBy: 0.9 });
    expect(evaluateKpis(workload, '2026-06-30')[0]).toMatchObject({ value: 1, status: 'met' });
  });

  it('external KPIs: the latest value on or before the date; records outside the period are left out', () => {
    const m = model(
      [{ id: 'rev', name: 'Revenue', level: 4, metric: 'revenue', source: 'CRM', target: 95, baseline: 91, direction: 'higher' }],
      `kpiValues:
  - { kpi: rev, date: 2026-03-31, value: 93 }
  - { kpi: rev, date: 2026-06-30, value: 96 }
  - { kpi: rev, date: 2026-07-15, value: 80 }
`,
    );
    expect(evaluateKpis(m, '2026-05-01')[0]).toMatchObject({ value: 93, measuredOn: '2026-03-31', baseline: 91, status: 'open', formula: null, source: 'external' });
    expect(evaluateKpis(m, '2027-01-01')[0]).toMatchObject({ value: 96, measuredOn: '2026-06-30', status: 'met' });
    expect(evaluateKpis(m, '2026-03-30')[0]).toMatchObject({ value: null, status: 'no-data', reason: 'no-values' });
  });
});
