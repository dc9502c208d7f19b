import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, bundleOf, programmeYaml, recordsYaml } from '../../../test/helpers/bundle.js';
import { buildModel, type ProgrammeModel } from '../model/model.js';
import { diffProgrammes, type DiffOptions, type KpiOutcome } from './index.js';

type Data = Record<string, any>;
const model = (edit: (d: Data) => void = () => {}): ProgrammeModel => buildModel(bundleOf({ programme: programmeYaml(edit) }));
/** A rollout of the base programme: another id, phase rollout, linked to it. */
const rollout = (edit: (d: Data) => void = () => {}): ProgrammeModel =>
  model((d) => {
    d.metadata.id = 'demo-rollout';
    d.metadata.phase = 'rollout';
    d.metadata.pilot = { path: '../demo', id: 'demo' };
    edit(d);
  });
const diff = (a: ProgrammeModel, b: ProgrammeModel, options: DiffOptions<ProgrammeModel> = {}) => diffProgrammes(a, b, options);
const paths = (d: ReturnType<typeof diff>) => d.changes.filter((c) => c.section !== 'metadata').map((c) => `${c.kind} ${c.path}`);

describe('diffProgrammes: matching', () => {
  it('finds nothing between a programme and itself', () => {
    const d = diff(model(), model());
    expect(d.changes).toEqual([]);
    expect(d.mode).toBe('revision');
    expect(d.summary).toEqual({ added: 0, removed: 0, changed: 0, renamed: 0, moved: 0 });
  });

  it('matches list items by id: a moved item is no change, unless moves are asked for', () => {
    const a = model((d) => d.kpis.push({ id: 'k2', name: 'NPS', level: 1, metric: 'nps', target: 30, direction: 'higher' }));
    const b = model((d) => d.kpis.unshift({ id: 'k2', name: 'NPS', level: 1, metric: 'nps', target: 30, direction: 'higher' }));
    expect(diff(a, b).changes).toEqual([]);
    const moved = diff(a, b, { moves: true }).changes;
    expect(moved.map((c) => [c.kind, c.path, c.old, c.new])).toEqual([['moved', 'kpis[id=k2]', 2, 1]]);
  });

  it('shows a changed field old → new, by its identity path, in its section', () => {
    const d = diff(model(), model((p) => (p.process.cadence.everyWeeks = 3)));
    expect(d.changes).toEqual([{ section: 'process', path: 'process.cadence.everyWeeks', kind: 'changed', old: 2, new: 3, decisions: [] }]);
  });

  it('names items by level, competency and module where they have no id', () => {
    const d = diff(
      model(),
      model((p) => {
        p.scales[0].levels[2].label = 'Independent';
        p.people.mentees[0].competencies[0].target = 5;
        p.people.mentors[0].preparation[0].completed = '2026-01-13';
      }),
      { audience: 'hr' },
    );
    expect(d.changes.map((c) => c.path)).toEqual([
      'scales[id=s5].levels[level=3].label',
      'mentors[id=m1].preparation[module=role].completed',
      'mentees[id=e1].competencies[competency=negotiation].target',
    ]);
  });

  it('tells added and removed items apart, and lists of plain values as bags', () => {
    const d = diff(
      model((p) => p.preparation.modules.push({ id: 'ethics', name: 'Ethics', hours: 2 })),
      model((p) => {
        p.goals.push({ id: 'g2', name: 'Grow margin' });
        p.communications[0].to = ['mentee', 'line-manager', 'sponsor'];
      }),
    );
    expect(d.changes.map((c) => [c.kind, c.path, c.kind === 'removed' ? c.old : c.new])).toEqual([
      ['added', 'goals[id=g2]', { id: 'g2', name: 'Grow margin' }],
      ['removed', 'preparation.modules[id=ethics]', { id: 'ethics', name: 'Ethics', hours: 2 }],
      ['removed', 'communications[id=buy-in].to', 'mentor'],
      ['added', 'communications[id=buy-in].to', 'sponsor'],
    ]);
    expect(d.summary).toMatchObject({ added: 2, removed: 2 });
  });

  it('shows an id gone while a similar one appears as a possible rename, with the rest compared under it', () => {
    const d = diff(
      model(),
      model((p) => {
        p.kpis[0].id = 'gap-closed';
        p.kpis[0].target = 0.7;
      }),
    );
    expect(d.changes).toEqual([
      { section: 'kpis', path: 'kpis[id=gap-closed]', oldPath: 'kpis[id=k1]', id: 'gap-closed', kind: 'renamed', old: 'k1', new: 'gap-closed', similarity: expect.any(Number), decisions: [] },
      { section: 'kpis', path: 'kpis[id=gap-closed].target', oldPath: 'kpis[id=k1].target', id: 'gap-closed', kind: 'changed', old: 0.6, new: 0.7, decisions: [] },
    ]);
    expect(d.changes[0]!.similarity).toBeGreaterThan(0.8);
  });

  it('does not take an unlike item for a rename', () => {
    const d = diff(model(), model((p) => (p.goals = [{ id: 'g9', name: 'Open a new market in the north' }])));
    expect(paths(d)).toEqual(['removed goals[id=g1]', 'added goals[id=g9]']);
  });

  it('shows a programme moved to a later period as one shift, not every date', () => {
    const later = model((p) => {
      // Every date of the base programme, 245 days (35 weeks) later.
      p.metadata.period = { start: '2026-09-07', end: '2027-03-02' };
      p.process.milestones[0].date = '2026-09-21';
      p.process.milestones[1].date = '2027-02-26';
      p.people.mentors[0].preparation[0].completed = '2026-09-14';
      p.people.pairs[0].start = '2026-09-28';
    });
    const d = diff(model(), later, { audience: 'hr' });
    expect(d.changes).toEqual([
      { section: 'metadata', path: 'metadata.period.start', kind: 'changed', old: '2026-01-05', new: '2026-09-07', shift: { days: 245, dates: 6 }, decisions: [] },
    ]);
  });

  it('lists a date that moved by more than the shift on its own', () => {
    const later = model((p) => {
      p.metadata.period = { start: '2026-09-07', end: '2027-03-31' };
      p.process.milestones[0].date = '2026-09-21';
      p.process.milestones[1].date = '2027-03-26';
      p.people.mentors[0].preparation[0].completed = '2026-09-14';
      p.people.pairs[0].start = '2026-09-28';
    });
    const d = diff(model(), later);
    expect(d.changes.map((c) => [c.path, c.shift?.days])).toEqual([
      ['metadata.period.start', 245],
      ['metadata.period.end', undefined],
      ['process.milestones[id=closing].date', undefined],
    ]);
  });

  it('folds every date that kept its place in a later period, however many others did not, and places one that moved within it', () => {
    // Returning mentors keep their preparation dates: unchanged dates are no reason to list the shifted ones.
    const returning = (d: Data) => {
      for (const id of ['m2', 'm3', 'm4', 'm5']) d.people.mentors.push({ id, name: `Mentor ${id}`, capacity: 1, levels: { negotiation: 5 }, preparation: [{ module: 'role', completed: '2025-12-15' }] });
    };
    const pilot = model((d) => {
      returning(d);
      d.kpis[0].checkpoints = [{ date: '2026-02-16', target: 0.2 }]; // 6 weeks after the start
    });
    const later = rollout((d) => {
      returning(d);
      d.metadata.period = { start: '2026-09-07', end: '2027-03-02' };
      d.process.milestones[0].date = '2026-09-21'; // kick-off: two weeks after the start, as in the pilot
      d.process.milestones[1].date = '2027-02-26';
      d.kpis[0].checkpoints = [{ date: '2026-11-16', target: 0.2 }]; // 10 weeks after the start
      d.people.pairs[0].start = '2026-09-28';
      d.calibration = { decisions: [{ id: 'later-checkpoint', summary: 'Checkpoint later', changes: ['kpis[id=k1].checkpoints'] }] };
    });
    const d = diff(pilot, later);
    expect(d.changes.map((c) => [c.path, c.shift, c.position])).toEqual([
      ['metadata.period.start', { days: 245, dates: 5 }, undefined],
      ['kpis[id=k1].checkpoints[0].date', undefined, { old: 42, new: 70 }],
    ]);
    // Nothing to explain: the shifted dates need no decision, the moved checkpoint has one.
    expect(d.flags).toEqual([]);
    // The other way round (a revision, so the id and phase are listed too): the dates mirrored.
    const back = diff(later, pilot);
    expect(back.changes.filter((c) => c.shift ?? c.position).map((c) => [c.path, c.shift, c.position])).toEqual([
      ['metadata.period.start', { days: -245, dates: 5 }, undefined],
      ['kpis[id=k1].checkpoints[0].date', undefined, { old: 70, new: 42 }],
    ]);
  });

  it('places the dates that moved within the programme even when none kept its place (a longer rollout)', () => {
    const later = rollout((d) => {
      d.metadata.period = { start: '2026-09-07', end: '2027-03-31' };
      d.process.milestones[0].date = '2026-10-05'; // kick-off: 4 weeks after the start instead of 2
      d.process.milestones[1].date = '2027-03-26';
    });
    const d = diff(model(), later);
    expect(d.changes.map((c) => [c.path, c.shift, c.position])).toEqual([
      ['metadata.period.start', undefined, undefined],
      ['metadata.period.end', undefined, { old: 176, new: 205 }],
      ['process.milestones[id=kick-off].date', undefined, { old: 14, new: 28 }],
      ['process.milestones[id=closing].date', undefined, { old: 172, new: 200 }],
    ]);
  });

  it('keeps dates apart when most of them did not move with the start', () => {
    const d = diff(model(), model((p) => (p.metadata.period.start = '2026-01-12')));
    expect(d.changes.map((c) => [c.path, c.shift])).toEqual([['metadata.period.start', undefined]]);
  });
});

describe('diffProgrammes: people and pairs in summary', () => {
  const grown = () =>
    model((p) => {
      p.people.mentees.push({ id: 'e2', name: 'Ola Nowak', lineManager: 'lm1', competencies: [{ competency: 'negotiation', baseline: 1, target: 3 }] });
      p.people.mentees[0].competencies[0].target = 5;
      p.people.staff = p.people.staff.filter((s: Data) => s.id !== 'lm1');
      p.people.staff.push({ id: 'lm2', name: 'Lee Moss' });
    });

  it('counts who joined, who left and whose record changed, by id; field changes stay out', () => {
    const d = diff(model(), grown());
    expect(d.changes).toEqual([]);
    expect(d.people.mentees).toEqual({ old: 1, new: 2, joined: 1, left: 0, changed: 1, renamed: 0, who: { joined: [{ id: 'e2' }], left: [], changed: [{ id: 'e1' }], renamed: [] } });
    expect(d.people.staff.who?.renamed).toEqual([{ from: { id: 'lm1' }, to: { id: 'lm2' } }]);
    expect(JSON.stringify(d)).not.toContain('Ola Nowak');
  });

  it('names people for HR only, and lists their field changes', () => {
    const d = diff(model(), grown(), { audience: 'hr' });
    expect(d.people.mentees.who?.joined).toEqual([{ id: 'e2', name: 'Ola Nowak' }]);
    expect(d.changes.map((c) => c.path)).toContain('mentees[id=e1].competencies[competency=negotiation].target');
  });

  it('gives the sponsor counts and no ids', () => {
    const d = diff(model(), grown(), { audience: 'sponsor' });
    expect(d.people.mentees).toEqual({ old: 1, new: 2, joined: 1, left: 0, changed: 1, renamed: 0 });
    const text = JSON.stringify(d);
    for (const id of ['e1', 'e2', 'lm1', 'lm2', 'Ola Nowak', 'Eve Mentee']) expect(text).not.toContain(`"${id}"`);
  });
});

describe('diffProgrammes: records', () => {
  it('counts the records of two versions of one programme, and what was added and removed, in any order', () => {
    const records = (body: string) => recordsYaml(body);
    const a = buildModel(bundleOf({ programme: baseProgrammeYaml, records: { 'r.yaml': records('sessions:\n  - { pair: p1, date: 2026-02-02, minutes: 60 }\n  - { pair: p1, date: 2026-02-16, minutes: 60 }\n') } }));
    const b = buildModel(bundleOf({ programme: baseProgrammeYaml, records: { 'r.yaml': records('sessions:\n  - { minutes: 60, date: 2026-02-16, pair: p1 }\n  - { pair: p1, date: 2026-03-02, minutes: 45 }\n') } }));
    const d = diff(a, b);
    expect(d.changes).toEqual([]);
    expect(d.records.sessions).toEqual({ old: 2, new: 2, added: 1, removed: 1 });
    expect(d.differs).toBe(true);
    expect(diff(a, a).differs).toBe(false);
  });
});

describe('diffProgrammes: calibration decisions and evidence', () => {
  const outcomes: KpiOutcome[] = [
    { kpi: 'k1', name: 'Gap closed', metric: 'gap-closed-share', direction: 'higher', target: 0.6, value: 0.45, status: 'missed' },
    { kpi: 'k2', name: 'NPS', metric: 'nps', direction: 'higher', target: 30, value: 12, status: 'missed' },
    { kpi: 'k3', name: 'Satisfaction', metric: 'satisfaction', direction: 'higher', target: 4, value: 4.3, status: 'met' },
  ];
  const evaluate = (_m: ProgrammeModel, asOf: string) => (asOf === '2026-06-30' ? outcomes : []);

  it('ties each change to the decisions that name it, and flags what is left unexplained', () => {
    const b = rollout((p) => {
      p.process.cadence = { everyWeeks: 3, minutes: 90 };
      p.kpis[0].target = 0.7;
      p.goals[0].name = 'Keep and grow key accounts';
      p.calibration = {
        decisions: [
          { id: 'd-cadence', summary: 'Longer, rarer sessions', kpis: ['k1'], changes: ['process.cadence'] },
          { id: 'd-target', summary: 'Higher target', kpis: ['k1'], changes: ['kpis[id=k1].target', 'competencies[id=negotiation]'] },
        ],
      };
    });
    const d = diff(model(), b, { evaluate });
    expect(d.mode).toBe('calibration');
    expect(d.asOf).toBe('2026-06-30');
    expect(d.changes.filter((c) => c.section !== 'metadata').map((c) => [c.path, c.decisions])).toEqual([
      ['goals[id=g1].name', []],
      ['process.cadence.everyWeeks', ['d-cadence']],
      ['process.cadence.minutes', ['d-cadence']],
      ['kpis[id=k1].target', ['d-target']],
    ]);
    expect(d.flags).toEqual([
      { kind: 'missed-kpi-without-decision', kpi: 'k2' },
      { kind: 'change-without-decision', section: 'goals', path: 'goals[id=g1].name' },
      { kind: 'decision-without-change', decision: 'd-target', path: 'competencies[id=negotiation]' },
    ]);
    expect(d.decisions.map((r) => [r.id, r.covered])).toEqual([
      ['d-cadence', [2]],
      ['d-target', [1, 0]],
    ]);
    expect(d.evidence?.map((e) => [e.kpi, e.status, e.shortBy, e.decisions, e.newTarget])).toEqual([
      ['k1', 'missed', 0.15, ['d-cadence', 'd-target'], 0.7],
      ['k2', 'missed', 18, [], undefined],
      ['k3', 'met', undefined, [], undefined],
    ]);
  });

  it('covers an added item named by a path inside it, and matches paths written by hand', () => {
    const b = rollout((p) => {
      p.competencies.push({ id: 'value', name: 'Value selling', importance: 'tactical', scale: 's5', goal: 'g1' });
      p.calibration = { decisions: [{ id: 'd1', summary: 'Value selling', changes: ['competencies[id=value].scale'] }] };
    });
    const d = diff(model(), b);
    expect(d.changes.find((c) => c.path === 'competencies[id=value]')?.decisions).toEqual(['d1']);
    expect(d.flags).toEqual([]);
  });

  it('measures a pilot still running as of today', () => {
    let seen = '';
    diff(model(), rollout(), { evaluate: (_m, asOf) => ((seen = asOf), []), today: '2026-03-01' });
    expect(seen).toBe('2026-03-01');
  });

  it('asks nothing of two revisions of one programme', () => {
    const b = model((p) => (p.process.cadence.everyWeeks = 3));
    const d = diff(model(), b, { evaluate });
    expect(d.mode).toBe('revision');
    expect(d.flags).toEqual([]);
    expect(d.evidence).toBeUndefined();
  });
});
