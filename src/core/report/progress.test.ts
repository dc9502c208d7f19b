import { describe, expect, it } from 'vitest';
import type { LevelOnDate } from './levels.js';
import { progressStatus } from './progress.js';
import { bundleOf, programmeYaml, recordsYaml } from '../../../test/helpers/bundle.js';
import { catalogue } from '../../messages/index.js';
import { buildModel } from '../model/model.js';
import { buildReport } from './index.js';

const level = (latest: number, assessed = true, baseline = 1, target = 5): LevelOnDate =>
  ({ latest, assessedOn: assessed ? '2026-03-01' : null, reached: latest >= target, plan: { competency: 'c', baseline, target } }) as LevelOnDate;

describe('progressStatus', () => {
  it('reached at or above the target, whatever the time', () => {
    expect(progressStatus(level(5), 0.1)).toBe('reached');
  });
  it('not assessed before any assessment', () => {
    expect(progressStatus(level(1, false), 0.9)).toBe('not-assessed');
  });
  it('against the straight line from baseline to target: on track at or above, at risk within one level, behind further', () => {
    // Gap 4 levels, half the time gone: level 3 expected.
    expect(progressStatus(level(3), 0.5)).toBe('on-track');
    expect(progressStatus(level(2), 0.5)).toBe('at-risk');
    expect(progressStatus(level(1), 0.5)).toBe('behind');
  });
  it('no pace without a pair (expected null): no-pair once assessed', () => {
    expect(progressStatus(level(1), null)).toBe('no-pair');
    expect(progressStatus(level(5), null)).toBe('reached');
    expect(progressStatus(level(1, false), null)).toBe('not-assessed');
  });
  it('behind once the planned period is over without the target', () => {
    expect(progressStatus(level(4), 1)).toBe('behind');
  });
  it('ended early when the pair stopped short of the target, whatever the pace was; reached stays reached', () => {
    expect(progressStatus(level(3), 0.5, true)).toBe('ended-early');
    expect(progressStatus(level(1, false), 0.5, true)).toBe('ended-early');
    expect(progressStatus(level(5), 0.5, true)).toBe('reached');
  });
});

describe('a mentee with no pair', () => {
  // Eve assessed at 3 (baseline 2, target 4); halfway through the programme nobody mentors her yet.
  const assessed = recordsYaml('assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-03-30, level: 3, assessor: line-manager }\n');
  const model = (edit: (d: Record<string, any>) => void) => buildModel(bundleOf({ programme: programmeYaml(edit), records: { 'r.yaml': assessed } }));

  it('has no expected progress, no pace status, and is named in a note', () => {
    const report = buildReport(model((d) => (d.people.pairs = [])), { asOf: '2026-04-01' });
    expect(report.progress![0]).toMatchObject({ pair: null, expected: null, status: 'no-pair' });
    expect(report.notes).toContainEqual({ code: 'mentees-without-pair', count: 1, items: ['Eve Mentee'] });
  });

  it('is not judged as if paired since the kick-off; a pair starting today expects nothing yet', () => {
    const report = buildReport(model((d) => (d.people.pairs[0].start = '2026-04-01')), { asOf: '2026-04-01' });
    expect(report.progress![0]).toMatchObject({ pair: { id: 'p1' }, expected: 0, status: 'on-track' });
    expect(report.notes.map((n) => n.code)).not.toContain('mentees-without-pair');
  });

  it('not assessed yet stays so', () => {
    const bare = buildModel(bundleOf({ programme: programmeYaml((d) => (d.people.pairs = [])) }));
    expect(buildReport(bare, { asOf: '2026-04-01' }).progress![0]).toMatchObject({ expected: null, status: 'not-assessed' });
  });
});

describe('a mentee whose pair ended early', () => {
  // Eve: baseline 2, target 4; assessed at 3 on 2026-03-30, when about half the pair's time had gone (on track).
  const assessed = recordsYaml('assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-03-30, level: 3, assessor: mentor }\n');
  const ended = (extra: (d: Record<string, any>) => void = () => {}) =>
    buildModel(
      bundleOf({
        programme: programmeYaml((d) => {
          Object.assign(d.people.pairs[0], { end: '2026-04-10', endReason: 'left-organisation' });
          extra(d);
        }),
        records: { 'r.yaml': assessed },
      }),
    );

  it('reads as ended early with the day and the reason, not on track', () => {
    const [row] = buildReport(ended(), { asOf: '2026-05-15' }).progress!;
    expect(row).toMatchObject({ status: 'ended-early', ended: '2026-04-10', endReason: 'left-organisation', pair: { id: 'p1' } });
    // Before the end, the same pair is judged by its pace as ever.
    expect(buildReport(ended(), { asOf: '2026-04-01' }).progress![0]).toMatchObject({ status: 'on-track', ended: null, endReason: null });
  });

  it('says `not-given` when the file gives no reason', () => {
    const model = ended((d) => delete d.people.pairs[0].endReason);
    expect(buildReport(model, { asOf: '2026-05-15' }).progress![0]).toMatchObject({ status: 'ended-early', endReason: 'not-given' });
  });

  it('is judged by the pair that took over when matched again', () => {
    const model = ended((d) => d.people.pairs.push({ id: 'p2', mentor: 'm1', mentee: 'e1', competencies: ['negotiation'], start: '2026-04-20' }));
    expect(buildReport(model, { asOf: '2026-04-15' }).progress![0]).toMatchObject({ pair: { id: 'p1' }, status: 'ended-early' });
    expect(buildReport(model, { asOf: '2026-05-15' }).progress![0]).toMatchObject({ pair: { id: 'p2' }, status: 'on-track', ended: null, endReason: null });
  });
});

describe('the assessor of the latest level', () => {
  const model = buildModel(
    bundleOf({
      programme: programmeYaml((d) => {
        d.roles.push({ id: 'clinical-educator', name: 'Clinical educator' });
        d.communications[0].to.push('clinical-educator');
      }),
      records: { 'r.yaml': recordsYaml('assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-03-02, level: 3, assessor: clinical-educator }\n') },
    }),
  );

  it('is the role id, with the name the programme gives it', () => {
    const [row] = buildReport(model, { asOf: '2026-03-31' }).progress!;
    expect(row).toMatchObject({ assessedOn: '2026-03-02', assessor: 'clinical-educator', assessorName: 'Clinical educator' });
    expect(buildReport(model, { asOf: '2026-03-01' }).progress![0]).toMatchObject({ assessedOn: null, assessor: null, assessorName: null });
  });

  it('reads as the programme names a role of its own, and in the document’s words for the method’s roles, capitalised alike', () => {
    for (const locale of ['en', 'pl'] as const) {
      const t = catalogue(locale).report;
      expect(t.assessor('clinical-educator', 'Clinical educator')).toBe('Clinical educator');
      expect(t.assessor('clinical-educator', null)).toBe('clinical-educator');
      expect(t.assessor('external', null)).toBe(locale === 'en' ? 'External' : 'Ocena zewnętrzna');
      expect(t.assessor('mentee', 'Mentee')).toBe(locale === 'en' ? 'Self' : 'Samoocena');
      expect(t.assessor('line-manager', 'Department head')).toBe(locale === 'en' ? 'Line manager' : 'Przełożony');
    }
  });
});
