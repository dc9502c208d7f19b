import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleOf, programmeYaml } from '../../../test/helpers/bundle.js';
import { buildModel, type ProgrammeModel } from '../model/model.js';
import type { Pair } from '../model/types.js';
import { pairIds, proposePairs, type MatchResult } from './match.js';

interface People {
  staff?: Record<string, unknown>[];
  mentors: Record<string, unknown>[];
  mentees: Record<string, unknown>[];
  pairs?: Record<string, unknown>[];
}

/** The base programme (kick-off 2026-01-19, one preparation module `role`) with two competencies and the given people. */
function model(people: People, edit: (d: Record<string, any>) => void = () => {}): ProgrammeModel {
  const yaml = programmeYaml((d) => {
    d.competencies.push({ id: 'pricing', name: 'Pricing', importance: 'tactical', scale: 's5', goal: 'g1' });
    d.people = { staff: [{ id: 'hr1', name: 'Hanna Reed' }, { id: 'sp1', name: 'Sam Price' }, { id: 'lm1', name: 'Lee Moss' }, ...(people.staff ?? [])], mentors: people.mentors, mentees: people.mentees, pairs: people.pairs ?? [] };
    edit(d);
  });
  return buildModel(bundleOf({ programme: yaml }));
}
const prepared = [{ module: 'role', completed: '2026-01-12' }];
const mentor = (id: string, levels: Record<string, number>, extra: Record<string, unknown> = {}) => ({ id, name: `Mentor ${id}`, capacity: 1, levels, preparation: prepared, ...extra });
const mentee = (id: string, plan: [string, number, number][], extra: Record<string, unknown> = {}) => ({ id, name: `Mentee ${id}`, competencies: plan.map(([competency, baseline, target]) => ({ competency, baseline, target })), ...extra });
const pairsOf = (r: MatchResult) => Object.fromEntries(r.pairs.map((p) => [p.mentee, p.mentor]));

describe('proposePairs: hard constraints, each unmatched mentee with what blocked them (hand-checked)', () => {
  it('never the mentee\'s line manager nor anyone above them in the reporting line', () => {
    const m = model({
      staff: [{ id: 'dir', name: 'Director' }],
      mentors: [mentor('boss', { negotiation: 5 }, { lineManager: 'dir' }), mentor('dir', { negotiation: 5 })],
      mentees: [mentee('e1', [['negotiation', 2, 4]], { lineManager: 'boss' })],
    });
    const r = proposePairs(m);
    expect(r.pairs).toEqual([]);
    expect(r.unmatched).toEqual([{ mentee: 'e1', name: 'Mentee e1', block: { code: 'reporting-line', needs: [{ competency: 'negotiation', target: 4 }], mentors: ['boss', 'dir'] } }]);
  });

  it('never a mentor below the target, nor one whose preparation ends after the start, nor a full one', () => {
    const low = model({ mentors: [mentor('m1', { negotiation: 3 })], mentees: [mentee('e1', [['negotiation', 2, 4]])] });
    expect(proposePairs(low).unmatched[0]!.block).toEqual({ code: 'no-level', needs: [{ competency: 'negotiation', target: 4 }] });
    const late = model({ mentors: [mentor('m1', { negotiation: 4 }, { preparation: [{ module: 'role', completed: '2026-01-20' }] })], mentees: [mentee('e1', [['negotiation', 2, 4]])] });
    expect(proposePairs(late).unmatched[0]!.block).toEqual({ code: 'not-prepared', needs: [{ competency: 'negotiation', target: 4 }], mentors: [{ id: 'm1', missing: ['role'] }], start: '2026-01-19' });
    // Prepared by a later start, it is proposed.
    expect(pairsOf(proposePairs(late, { start: '2026-02-02' }))).toEqual({ e1: 'm1' });
    const full = model({
      mentors: [mentor('m1', { negotiation: 5 })],
      mentees: [mentee('e1', [['negotiation', 2, 4]]), mentee('e2', [['negotiation', 2, 4]])],
      pairs: [{ id: 'p1', mentor: 'm1', mentee: 'e1', competencies: ['negotiation'], start: '2026-01-26' }],
    });
    const r = proposePairs(full);
    expect(r.kept).toBe(1);
    expect(r.unmatched).toEqual([{ mentee: 'e2', name: 'Mentee e2', block: { code: 'full', mentors: [{ id: 'm1', capacity: 1 }] } }]);
  });

  it('works only on the competencies the mentor can take to target, and lists the rest', () => {
    const m = model({ mentors: [mentor('m1', { negotiation: 4, pricing: 3 })], mentees: [mentee('e1', [['negotiation', 2, 4], ['pricing', 1, 4]])] });
    const [pair] = proposePairs(m).pairs;
    expect(pair).toMatchObject({ id: 'pair-001', mentor: 'm1', mentorName: 'Mentor m1', mentee: 'e1', menteeName: 'Mentee e1', competencies: ['negotiation'], notCovered: ['pricing'], start: '2026-01-19' });
    // strategic 6 + gap 2 × 2.
    expect(pair!.score).toBe(10);
  });
});

describe('proposePairs: the objective', () => {
  it('matches as many mentees as it can, where the greedy best-first choice would strand one', () => {
    // e1 scores higher with m1 (two competencies), but e2 can only have m1: the optimum gives e1 to m2.
    const m = model({
      mentors: [mentor('m1', { negotiation: 5, pricing: 5 }), mentor('m2', { negotiation: 5 })],
      mentees: [mentee('e1', [['negotiation', 2, 4], ['pricing', 2, 4]]), mentee('e2', [['pricing', 1, 4]])],
    });
    const r = proposePairs(m);
    expect(pairsOf(r)).toEqual({ e1: 'm2', e2: 'm1' });
    expect(r.pairs.find((p) => p.mentee === 'e1')!.notCovered).toEqual(['pricing']);
  });

  it('prefers a mentor from another department and spreads the load, by the programme\'s weights', () => {
    const people: People = {
      mentors: [mentor('m1', { negotiation: 5 }, { department: 'North', capacity: 2 }), mentor('m2', { negotiation: 5 }, { department: 'South', capacity: 2 })],
      mentees: [mentee('e1', [['negotiation', 2, 4]], { department: 'North' }), mentee('e2', [['negotiation', 2, 4]], { department: 'South' })],
    };
    const r = proposePairs(model(people));
    expect(pairsOf(r)).toEqual({ e1: 'm2', e2: 'm1' });
    expect(r.pairs[0]!.parts.map((p) => p.kind)).toEqual(['competency', 'other-department']);
    // Without the department preference and with a heavy load weight, the two still go to two mentors.
    const spread = proposePairs(model({ ...people, mentees: people.mentees.map((e) => ({ ...e, department: 'North' })) }, (d) => (d.matching = { weights: { otherDepartment: 0, load: 50 } })));
    expect(new Set(spread.pairs.map((p) => p.mentor)).size).toBe(2);
  });

  it('keeps existing pairs unless --rematch, which releases those not started by the start', () => {
    const people: People = {
      mentors: [mentor('m1', { negotiation: 5 }), mentor('m2', { negotiation: 5 }, { department: 'South' })],
      mentees: [mentee('e1', [['negotiation', 2, 4]], { department: 'North' })],
      pairs: [{ id: 'para-07', mentor: 'm1', mentee: 'e1', competencies: ['negotiation'], start: '2026-02-02' }],
    };
    expect(proposePairs(model(people)).pairs).toEqual([]);
    const r = proposePairs(model(people), { rematch: true });
    expect(r.released).toEqual(['para-07']);
    // m1 again: continuity (4 points) outweighs another department (2).
    expect(r.pairs.map((p) => [p.id, p.mentee, p.mentor])).toEqual([['para-08', 'e1', 'm1']]);
    expect(r.pairs[0]!.parts.map((p) => p.kind)).toEqual(['competency', 'pilot-mentor']);
  });

  it('starts on the programme\'s own day while it is ahead, else on the first working day from today', () => {
    const people: People = { mentors: [mentor('m1', { negotiation: 5 })], mentees: [mentee('e1', [['negotiation', 2, 4]])] };
    const started = (r: MatchResult) => [r.start, r.startSource, r.programmeStart, r.pairs[0]?.start];
    // Before the kick-off (Mon 19 Jan): the kick-off; no today (library default): the kick-off too.
    expect(started(proposePairs(model(people), { today: '2026-01-10' }))).toEqual(['2026-01-19', 'programme', undefined, '2026-01-19']);
    expect(started(proposePairs(model(people)))).toEqual(['2026-01-19', 'programme', undefined, '2026-01-19']);
    expect(started(proposePairs(model(people), { today: '2026-01-19' }))).toEqual(['2026-01-19', 'programme', undefined, '2026-01-19']);
    // The kick-off has passed: Saturday 7 Feb → Monday 9 Feb, the kick-off named as the programme's start.
    expect(started(proposePairs(model(people), { today: '2026-02-07' }))).toEqual(['2026-02-09', 'today', '2026-01-19', '2026-02-09']);
    // The programme's calendar: in Poland 1 May (Friday) and 3 May are days off → Monday 4 May.
    const polish = model(people, (d) => (d.metadata.locale = 'pl'));
    expect(started(proposePairs(polish, { today: '2026-05-01' }))).toEqual(['2026-05-04', 'today', '2026-01-19', '2026-05-04']);
    // A programme already over keeps its own day; --start always wins.
    expect(started(proposePairs(model(people), { today: '2026-07-01' }))).toEqual(['2026-01-19', 'programme', undefined, '2026-01-19']);
    expect(started(proposePairs(model(people), { today: '2026-02-07', start: '2026-03-02' }))).toEqual(['2026-03-02', 'option', '2026-01-19', '2026-03-02']);
  });

  it('prefers the mentor of the run before, from the pairs the caller read with its people files', () => {
    const people: People = {
      mentors: [mentor('m1', { negotiation: 5 }), mentor('m2', { negotiation: 5 }, { department: 'South' })],
      mentees: [mentee('e1', [['negotiation', 2, 4]], { department: 'North' })],
    };
    // Without the pilot's pairs: another department (m2) wins.
    expect(proposePairs(model(people)).pairs.map((p) => p.mentor)).toEqual(['m2']);
    const earlierPairs: Pair[] = [{ id: 'para-03', mentor: 'm1', mentee: 'e1', competencies: ['negotiation'], start: '2025-09-01' }];
    const r = proposePairs(model(people), { earlierPairs });
    expect(r.pairs.map((p) => p.mentor)).toEqual(['m1']);
    expect(r.pairs[0]!.parts).toContainEqual({ kind: 'pilot-mentor', pair: 'para-03', points: 4 });
  });
});

describe('pairIds', () => {
  it('continues the most common numbering, never reusing an id', () => {
    const next = pairIds(['para-01', 'para-02', 'para-09', 'x', 'p1']);
    expect([next(), next()]).toEqual(['para-10', 'para-11']);
    expect(pairIds([])()).toBe('pair-001');
  });
});

describe('proposePairs: properties on random programmes', () => {
  const programmes = fc.record({
    mentors: fc.array(fc.record({ neg: fc.integer({ min: 1, max: 5 }), pri: fc.integer({ min: 1, max: 5 }), capacity: fc.integer({ min: 1, max: 3 }), late: fc.boolean(), dept: fc.integer({ min: 0, max: 2 }), manager: fc.integer({ min: -1, max: 5 }) }), { minLength: 1, maxLength: 5 }),
    mentees: fc.array(fc.record({ neg: fc.integer({ min: 1, max: 4 }), negTo: fc.integer({ min: 2, max: 5 }), pri: fc.integer({ min: 1, max: 4 }), priTo: fc.integer({ min: 2, max: 5 }), dept: fc.integer({ min: 0, max: 2 }), manager: fc.integer({ min: -1, max: 4 }) }), { minLength: 1, maxLength: 7 }),
  });

  it('never proposes a pair that breaks a hard constraint, matches at least as many as greedy, and is deterministic', () => {
    fc.assert(
      fc.property(programmes, (spec) => {
        const mentors = spec.mentors.map((s, i) =>
          mentor(`m${i}`, { negotiation: s.neg, pricing: s.pri }, { capacity: s.capacity, department: `D${s.dept}`, ...(s.late ? { preparation: [{ module: 'role', completed: '2026-03-01' }] } : {}), ...(s.manager >= 0 && s.manager < spec.mentors.length && s.manager !== i ? { lineManager: `m${s.manager}` } : {}) }),
        );
        const mentees = spec.mentees.map((s, i) => {
          const plan: [string, number, number][] = [];
          if (s.negTo > s.neg) plan.push(['negotiation', s.neg, s.negTo]);
          if (s.priTo > s.pri) plan.push(['pricing', s.pri, s.priTo]);
          if (plan.length === 0) plan.push(['negotiation', 1, 2]);
          return mentee(`e${i}`, plan, { department: `D${s.dept}`, ...(s.manager >= 0 && s.manager < spec.mentors.length ? { lineManager: `m${s.manager}` } : {}) });
        });
        const m = model({ mentors, mentees });
        const r = proposePairs(m);
        const byId = new Map(m.mentors.map((x) => [x.id, x]));
        const load = new Map<string, number>();
        for (const p of r.pairs) {
          const mr = byId.get(p.mentor)!;
          const me = m.mentees.find((x) => x.id === p.mentee)!;
          expect(p.competencies.length).toBeGreaterThan(0);
          for (const c of p.competencies) expect(mr.levels[c]).toBeGreaterThanOrEqual(me.competencies.find((x) => x.competency === c)!.target);
          // Above the mentee: the line manager, and theirs, and so on.
          const seen = new Set<string>();
          for (let at = me.lineManager; at !== undefined && !seen.has(at); at = byId.get(at)?.lineManager) {
            expect(at).not.toBe(p.mentor);
            seen.add(at);
          }
          expect((mr.preparation ?? []).every((x) => x.completed <= r.start)).toBe(true);
          load.set(p.mentor, (load.get(p.mentor) ?? 0) + 1);
        }
        for (const [id, n] of load) expect(n).toBeLessThanOrEqual(byId.get(id)!.capacity);
        expect(r.pairs.length + r.unmatched.length).toBe(m.mentees.length);
        // Greedy: each mentee in order takes the first mentor the constraints allow; the optimum matches no fewer.
        const free = new Map(m.mentors.map((x) => [x.id, x.capacity]));
        let greedy = 0;
        for (const me of m.mentees) {
          const options = m.mentors.filter((mr) => free.get(mr.id)! > 0 && allowed(m, mr.id, me.id, r.start));
          if (options.length > 0) {
            free.set(options[0]!.id, free.get(options[0]!.id)! - 1);
            greedy++;
          }
        }
        expect(r.pairs.length).toBeGreaterThanOrEqual(greedy);
        expect(proposePairs(m)).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});

/** Whether the hard constraints allow a pair, checked from scratch (independently of proposePairs). */
function allowed(m: ProgrammeModel, mentorId: string, menteeId: string, start: string): boolean {
  const mr = m.mentors.find((x) => x.id === mentorId)!;
  const me = m.mentees.find((x) => x.id === menteeId)!;
  if (mr.id === me.id) return false;
  if (!me.competencies.some((c) => c.target > c.baseline && (mr.levels[c.competency] ?? 0) >= c.target)) return false;
  if (!(mr.preparation ?? []).some((p) => p.module === 'role' && p.completed <= start)) return false;
  const seen = new Set<string>();
  for (let at = me.lineManager; at !== undefined && !seen.has(at); at = m.mentors.find((x) => x.id === at)?.lineManager) {
    if (at === mr.id) return false;
    seen.add(at);
  }
  return true;
}
