import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport, report } from '../../src/index.js';
import { reportFormats } from '../../src/render/report/index.js';
import { mentor } from '../cli/spawn.js';

/**
 * A programme written outside the team (test/fixtures/report/community): a volunteer community
 * with no line managers, scales 0–3 and 1–10, a mix of 50:40:10, an external KPI, and no records
 * yet. Then the same programme with a few records, its figures computed by hand in the comments.
 */
const fixture = 'test/fixtures/report/community';
const dir = mkdtempSync(join(tmpdir(), 'mentor-community-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const audiences = [{ audience: 'hr' as const }, { audience: 'sponsor' as const }, { audience: 'mentee' as const, person: 'n1' }];

describe('a community programme with no records yet', () => {
  it('renders every audience in every format and says what is not measured yet', async () => {
    for (const options of audiences) {
      for (const pseudonymise of [false, true]) {
        const data = await report(fixture, { asOf: '2026-10-15', ...options, pseudonymise });
        for (const format of reportFormats) {
          const out = await renderReport(data, format);
          expect(out.length, `${options.audience} ${format}`).toBeGreaterThan(300);
          expect(out).not.toMatch(/NaN|undefined|Infinity|\[object/);
        }
      }
    }
    const data = await report(fixture, { asOf: '2026-10-15' });
    expect(data.notes.map((n) => n.code)).toEqual(['not-assessed', 'kpi-no-data']);
    expect(data.progress!.every((p) => p.status === 'not-assessed' && p.assessedOn === null)).toBe(true);
    // Planned so far: p1 and p2 from 8 Sept (37 days, every 3 weeks → 2 each), p3 from 15 Sept (30 days → 2).
    expect(data.sessions!.totals).toMatchObject({ planned: 6, held: 0, adherence: 0 });
    const kpis = new Map(data.kpis!.map((k) => [k.id, k]));
    expect(kpis.get('gap')).toMatchObject({ value: null, status: 'no-data', reason: 'no-assessments' });
    expect(kpis.get('mix')).toMatchObject({ value: null, status: 'no-data', reason: 'no-learning' });
    expect(kpis.get('issues')).toMatchObject({ value: null, status: 'no-data', reason: 'no-values' });
    expect(kpis.get('keep')).toMatchObject({ value: 1, status: 'met' });
    // Before the first pair starts nobody can have left yet: retention is not measured, not "met".
    const before = await report(fixture, { asOf: '2026-08-01' });
    expect(before.kpis!.find((k) => k.id === 'keep')).toMatchObject({ value: null, status: 'no-data', reason: 'no-pairs-started' });
    expect(before.health!.kpis.met).toBe(0);
    const md = await renderReport(data, 'md');
    // The planned mix is the programme's own, not 70:20:10.
    expect(md).toContain('planned 50:40:10 ± 15 pp');
    expect(md).not.toContain('70:20:10');
  });

  it('a manager report needs a line manager: a usage error that says so, not a crash', () => {
    const r = mentor(['report', fixture, '--as-of', '2026-10-15', '--audience', 'manager', '--person', 'coord', '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"coord" is not the line manager of any mentee');
    expect(r.stderr).toContain('No mentee names a `lineManager` in the people files, so there is no manager report: use --audience hr or sponsor.');
    expect(r.stdout).toBe('');
  });

  it('a sponsor sees no level averages across two scales folded into "other"', async () => {
    // Two mentees per competency: both fold into one "other" row of 3 people, on scales 0–3 and 1–10.
    const data = await report(fixture, { asOf: '2026-10-15', audience: 'sponsor' });
    expect(data.competencies).toEqual([expect.objectContaining({ competency: null, competencies: 2, mentees: 3, withheld: false, gapClosed: 0, averageGain: null, averageBaseline: null, averageLatest: null, averageTarget: null })]);
  });
});

describe('the community programme with its first records', () => {
  const copy = join(dir, 'with-records');
  cpSync(fixture, copy, { recursive: true });
  const programme = join(copy, 'programme.yaml');
  writeFileSync(programme, readFileSync(programme, 'utf8').replace('  people: [ people.yaml ]\n', '  people: [ people.yaml ]\n  records: [ records/ ]\n'));
  const people = join(copy, 'people.yaml');
  writeFileSync(people, readFileSync(people, 'utf8').replace('start: 2026-09-15 }', 'start: 2026-09-15, end: 2026-10-10, endReason: workload }'));
  mkdirSync(join(copy, 'records'));
  writeFileSync(
    join(copy, 'records/2026.yaml'),
    [
      'apiVersion: mentor/v1',
      'kind: Records',
      'programme: oss-guild',
      'sessions:',
      '  - { pair: p1, date: 2026-09-08, minutes: 45 }',
      '  - { pair: p1, date: 2026-09-29, minutes: 50 }',
      '  - { pair: p2, date: 2026-09-10, minutes: 40 }',
      '  - { pair: p2, date: 2026-10-01, status: cancelled, reason: Conference }',
      '  - { pair: p3, date: 2026-09-15, minutes: 45 }',
      'assessments:',
      '  - { mentee: n1, competency: review, date: 2026-10-20, level: 1, assessor: mentor }',
      '  - { mentee: n1, competency: release, date: 2026-10-20, level: 4, assessor: mentor }',
      '  - { mentee: n2, competency: review, date: 2026-10-21, level: 3, assessor: mentee }',
      'learning:',
      '  - { mentee: n1, date: 2026-09-20, type: experience, hours: 10 }',
      '  - { mentee: n2, date: 2026-09-20, type: social, hours: 4 }',
      '  - { mentee: n3, date: 2026-09-20, type: formal, hours: 2 }',
      'surveys:',
      '  - { survey: mid, date: 2026-10-30, respondent: n1, satisfaction: 5, nps: 10 }',
      '  - { survey: mid, date: 2026-10-30, respondent: n2, satisfaction: 3, nps: 6 }',
      'kpiValues:',
      '  - { kpi: issues, date: 2026-10-31, value: 52 }',
      '',
    ].join('\n'),
  );

  it('computes what an analyst gets by hand on 2026-11-30', async () => {
    const data = await report(copy, { asOf: '2026-11-30' });
    expect(data.notes.map((n) => n.code)).toEqual(['not-assessed']);
    const row = (mentee: string, competency: string) => data.progress!.find((p) => p.mentee.id === mentee && p.competency.id === competency)!;
    // p1 from 8 Sept to the programme's end (28 Feb, 173 days): 83 days elapsed → 0.4798.
    // Review 0 → 1 → 2: half the gap; the straight line is at 0 + 0.48 × 2 = 0.96 → on track.
    expect(row('n1', 'review')).toMatchObject({ latest: 1, gapClosed: 0.5, expected: expect.closeTo(83 / 173, 9), status: 'on-track', assessor: 'mentor' });
    // Releasing 2 → 4 → 7 (scale 1–10): 2 of 5 levels; the line is at 2 + 0.48 × 5 = 4.4, within a level → at risk.
    expect(row('n1', 'release')).toMatchObject({ latest: 4, gapClosed: 0.4, status: 'at-risk' });
    expect(row('n2', 'review')).toMatchObject({ latest: 3, gapClosed: 1, status: 'reached', assessor: 'mentee' });
    // p3 ended on 10 Oct: judged as of its end, 25 of 166 days, and read as ended early (nobody works on it any more).
    expect(row('n3', 'release')).toMatchObject({ latest: 1, assessedOn: null, expected: expect.closeTo(25 / 166, 9), status: 'ended-early', ended: '2026-10-10' });

    // Every 3 weeks: p1 and p2 from 8 Sept, ⌊83 / 21⌋ + 1 = 4 each; p3 to its end, ⌊25 / 21⌋ + 1 = 2. Held 2 + 1 + 1.
    expect(data.sessions!.totals).toMatchObject({ planned: 10, held: 4, cancelled: 1, missed: 0, minutes: 180, endedEarly: 1 });
    // No held session for more than 42 days: p1 (last 29 Sept) and p2 (last 10 Sept); p3 has ended.
    expect(data.sessions!.pairs!.filter((p) => p.quiet).map((p) => p.pair.id)).toEqual(['p1', 'p2']);
    expect(data.sessions!.endReasons).toEqual([{ reason: 'workload', pairs: 1 }]);

    const kpis = new Map(data.kpis!.map((k) => [k.id, k.value]));
    // Gap closed (0.5 + 0.4 + 1 + 0) / 4; gain (1 + 2 + 2 + 0) / 4; adherence 4 / 10.
    expect(kpis.get('gap')).toBeCloseTo(1.9 / 4, 9);
    expect(kpis.get('gain')).toBeCloseTo(5 / 4, 9);
    expect(kpis.get('adherence')).toBeCloseTo(0.4, 9);
    // Hours 10 / 4 / 2 of 16 against 50:40:10: |62.5 − 50|, |25 − 40|, |12.5 − 10| → 15 pp.
    expect(kpis.get('mix')).toBeCloseTo(15, 9);
    expect(kpis.get('sat')).toBeCloseTo(4, 9);
    // p3 ended for workload, not because the mentee left: all 3 retained.
    expect(kpis.get('keep')).toBe(1);
    expect(kpis.get('issues')).toBe(52);

    // Month by month: on 30 Sept, 5 planned (p1 2, p2 2, p3 1) and 4 held.
    expect(data.timeline!.map((m) => [m.month, m.adherence, m.gapClosed])).toEqual([
      ['2026-09', 0.8, null],
      ['2026-10', 0.5, expect.closeTo(1.9 / 4, 9)],
      ['2026-11', 0.4, expect.closeTo(1.9 / 4, 9)],
    ]);
  });

  it('the CLI renders it in every format, byte-identical on a rerun', () => {
    for (const format of ['table', 'csv', 'html']) {
      const args = ['report', copy, '--as-of', '2026-11-30', '--format', format];
      const a = mentor(args);
      expect(a.code, a.stderr).toBe(0);
      expect(mentor(args).stdout).toBe(a.stdout);
    }
  }, 120_000);
});
