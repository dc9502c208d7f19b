import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/index.js';
import { exampleModel } from './load.js';

/** The pilot's report on its last day, against figures worked out by hand from its files. */
describe('kam-pilot report as of 2026-06-30', () => {
  const report = async () => buildReport(await exampleModel('kam-pilot'), { asOf: '2026-06-30' });

  it('health: week 25 of 25, 11 pairs finished and 1 ended early, 4 KPIs met and 4 missed', async () => {
    // 12.01–30.06.2026 is 169 days: ⌊169 / 7⌋ + 1 = 25 weeks.
    expect((await report()).health).toEqual({
      phase: 'pilot',
      state: 'over',
      week: 25,
      weeks: 25,
      mentees: 12,
      pairs: { 'not-started': 0, active: 0, ended: 1, finished: 11, total: 12 },
      kpis: { met: 4, open: 0, 'at-risk': 0, missed: 4, 'no-data': 0, 'no-target': 0, total: 8 },
    });
  });

  it('progress: 11 of 19 reached, 6 of 13 two-level gaps and 5 of 6 one-level gaps (the rollout rationale)', async () => {
    const rows = (await report()).progress!;
    expect(rows).toHaveLength(19);
    const reached = (gap: number): string => `${rows.filter((r) => r.target - r.baseline === gap && r.status === 'reached').length} of ${rows.filter((r) => r.target - r.baseline === gap).length}`;
    expect([reached(2), reached(1)]).toEqual(['6 of 13', '5 of 6']);
    // Paweł Król left on 24.04: judged as of then, 79 of the pair's 146 planned days (04.02–30.06), and read as ended early, not at risk.
    const krol = rows.filter((r) => r.mentee.id === 'e-pkrol');
    expect(krol.map((r) => [r.competency.id, r.latest, r.expected, r.status])).toEqual([
      ['rentownosc-kontraktu', 3, 79 / 146, 'ended-early'],
      ['negocjacje-kam', 3, 79 / 146, 'ended-early'],
    ]);
    // The latest assessment wins whoever made it: the line manager's 2 on 17.06 after the mentor's 3 on 15.06.
    expect(rows.find((r) => r.mentee.id === 'e-mjablonski' && r.competency.id === 'planowanie-konta')).toMatchObject({ latest: 2, assessedOn: '2026-06-17', assessor: 'line-manager', gapClosed: 0, status: 'behind' });
  });

  it('sessions: 104 held of 127 planned, the lowest pair 7 of 11, 10 of the 23 lost slots recorded with a reason', async () => {
    const s = (await report()).sessions!;
    expect(s.totals).toMatchObject({ planned: 127, held: 104, cancelled: 8, missed: 2, quiet: 0, endedEarly: 1 });
    const lowest = [...s.pairs!].sort((a, b) => a.adherence! - b.adherence!)[0]!;
    expect(lowest).toMatchObject({ pair: { id: 'para-12' }, held: 7, planned: 11, cancelled: 1, missed: 1 });
    expect(s.pairs!.find((p) => p.pair.id === 'para-06')).toMatchObject({ state: 'ended', ended: '2026-04-24', endReason: 'left-organisation', planned: 6, held: 5 });
    expect(s.events).toHaveLength(10);
    expect(s.endReasons).toEqual([{ reason: 'left-organisation', pairs: 1 }]);
  });

  it('learning mix: 1783.5 hours, 67:15:18 against 70:20:10; Anna Kaczmarek 22.5 pp off', async () => {
    const l = (await report()).learning!;
    expect(l.total.hours).toEqual({ experience: 1195, social: 260.5, formal: 328, total: 1783.5 });
    expect(l.total.deviation).toBeCloseTo((328 / 1783.5) * 100 - 10, 9);
    const anna = l.rows!.find((r) => r.mentee.id === 'e-akaczmarek')!;
    // 78 / 13.5 / 44 of 135.5 hours: formal 32.47% against 10%.
    expect(anna).toMatchObject({ hours: { experience: 78, social: 13.5, formal: 44, total: 135.5 }, withinTolerance: false });
    expect(anna.deviation).toBeCloseTo((44 / 135.5) * 100 - 10, 9);
  });

  it('per competency and per mentor', async () => {
    const r = await report();
    // Negotiation: 8 mentees, gains 2+1+1+2+0+1+2+1 = 10 → 1.25, 5 reached.
    expect(r.competencies![0]).toMatchObject({ competency: { id: 'negocjacje-kam' }, mentees: 8, reached: 5, averageGain: 1.25, gapClosed: 0.75, withheld: false });
    // Jan Wiśniewski: para-05 (10), para-08 (8), para-10 (8) held; three pairs, capacity 3.
    expect(r.mentors!.find((m) => m.mentor.id === 'm-jwisniewski')).toMatchObject({ pairs: 3, active: 3, capacity: 3, load: 1, held: 26, preparation: { required: 4, done: 4, complete: true, completedOn: '2026-01-14' } });
  });

  it('timeline: one point per month; the gap closed after the mid-point and final assessments', async () => {
    const t = (await report()).timeline!;
    expect(t.map((p) => p.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30']);
    expect(t[3]!.gapClosed).toBeCloseTo(5.5 / 19, 9);
    expect(t[5]!.gapClosed).toBeCloseTo(13.5 / 19, 9);
    expect(t[5]!.adherence).toBeCloseTo(104 / 127, 9);
    expect(t[0]!.adherence).toBeNull(); // no pair had started by 31.01
    expect(t[5]!.kpis.find((k) => k.id === 'nps-uczestnikow')!.value).toBeCloseTo(1200 / 33, 9);
  });

  it('a sponsor gets aggregates only: no progress, pair or mentor rows; the one early end is not broken down', async () => {
    const r = buildReport(await exampleModel('kam-pilot'), { asOf: '2026-06-30', audience: 'sponsor' });
    expect([r.progress, r.mentors, r.sessions!.pairs, r.sessions!.events, r.learning!.rows]).toEqual([null, null, null, null, null]);
    expect(r.sessions!.totals.endedEarly).toBe(1);
    expect(r.sessions!.endReasons).toEqual([]);
    expect(r.notes).toContainEqual({ code: 'small-groups', count: 1 });
  });
});
