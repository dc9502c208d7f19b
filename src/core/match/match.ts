import { calendarForLocale, workingDayOnOrAfter } from '../calendar/index.js';
import type { ProgrammeModel } from '../model/model.js';
import type { Mentee, MenteeCompetency, Mentor, Pair } from '../model/types.js';
import { assign, type AssignmentProblem } from './assign.js';

/** The points of each preference (programme `matching.weights`, defaults from the schema). */
export interface MatchWeights {
  strategic: number;
  tactical: number;
  gapLevel: number;
  otherDepartment: number;
  pilotMentor: number;
  load: number;
}

export const defaultWeights: MatchWeights = { strategic: 6, tactical: 2, gapLevel: 2, otherDepartment: 2, pilotMentor: 4, load: 1 };

/** One scored part of a proposed pair: what it earns (or, for load, costs) and why. */
export type ScorePart =
  | { kind: 'competency'; competency: string; importance: 'strategic' | 'tactical'; gap: number; mentorLevel: number; target: number; points: number }
  | { kind: 'other-department'; menteeDepartment: string; mentorDepartment: string; points: number }
  | { kind: 'pilot-mentor'; pair: string; points: number }
  | { kind: 'load'; mentees: number; points: number };

export interface ProposedPair {
  id: string;
  mentee: string;
  /** The mentee's and the mentor's names, so a pairing meeting reads people, not ids (`mentor-01`). */
  menteeName: string;
  mentor: string;
  mentorName: string;
  competencies: string[];
  start: string;
  score: number;
  parts: ScorePart[];
  /** Competencies of the mentee's plan this mentor is below the target in (left for another pair or a later cycle). */
  notCovered: string[];
}

/** The constraint that left a mentee without a mentor, the first one (in this order) no mentor passes. */
export type Block =
  | { code: 'no-competencies' }
  | { code: 'no-level'; needs: { competency: string; target: number }[] }
  | { code: 'reporting-line'; needs: { competency: string; target: number }[]; mentors: string[] }
  | { code: 'not-prepared'; needs: { competency: string; target: number }[]; mentors: { id: string; missing: string[] }[]; start: string }
  | { code: 'full'; mentors: { id: string; capacity: number }[] }
  | { code: 'taken'; mentors: string[] };

export interface Unmatched {
  mentee: string;
  name: string;
  block: Block;
}

export interface MentorLoad {
  id: string;
  name: string;
  capacity: number;
  /** Pairs running at or after the start before this run. */
  before: number;
  after: number;
}

export interface MatchResult {
  programme: string;
  start: string;
  /**
   * Where `start` comes from: `option` (--start), `programme` (its own date, still ahead) or `today`
   * (the programme's date had passed, so the first working day on or after today).
   */
  startSource: StartSource;
  /** The programme's own start for pairs (matching.start, kick-off or first day), when `start` is not it. */
  programmeStart?: string;
  weights: MatchWeights;
  /** Existing pairs kept as they are (they count towards the mentors' load). */
  kept: number;
  /** Pairs set aside by --rematch (not started by `start`), their mentees matched again. */
  released: string[];
  pairs: ProposedPair[];
  unmatched: Unmatched[];
  mentors: MentorLoad[];
  /** What the optimiser maximised: mentees matched first, then Σ pair scores. */
  objective: { matched: number; score: number };
}

export interface MatchOptions {
  /** Overrides `matching.start`. */
  start?: string;
  /**
   * Today (YYYY-MM-DD): a programme date that has passed is no day to start a pair on, so the
   * default start becomes the first working day on or after it. Without it, the programme's date.
   */
  today?: string;
  /** Sets aside the pairs that have not started by the start date and matches their mentees again. */
  rematch?: boolean;
  /**
   * The pairs of the run before (the pilot, or the previous cycle), read with its people files;
   * without them, the pairs written in that programme's own file are all that is known.
   */
  earlierPairs?: readonly Pair[];
}

export type StartSource = 'option' | 'programme' | 'today';

/** The programme's own day for new pairs: `matching.start`, else the `kick-off` milestone, else the programme's first day. */
export function programmeMatchStart(model: ProgrammeModel): string {
  const { programme } = model;
  return programme.matching?.start ?? programme.process.milestones?.find((m) => m.id === 'kick-off')?.date ?? programme.metadata.period.start;
}

/**
 * The day proposed pairs start: the option; else the programme's own day (`programmeMatchStart`)
 * while it is still ahead of `today`; else the first working day on or after `today` in the
 * programme's holiday calendar (a pair cannot start in the past). A programme already over keeps
 * its own day: a start after its end would be no better.
 */
export function matchStart(model: ProgrammeModel, given?: string, today?: string): { start: string; source: StartSource } {
  if (given !== undefined) return { start: given, source: 'option' };
  const own = programmeMatchStart(model);
  if (today === undefined || own >= today) return { start: own, source: 'programme' };
  const next = workingDayOnOrAfter(today, calendarForLocale(model.programme.metadata.locale, model.programme.metadata.timeZone));
  return next <= model.programme.metadata.period.end ? { start: next, source: 'today' } : { start: own, source: 'programme' };
}

/** A pair the constraints allow: kept small (a large run has hundreds of thousands); its parts are worded only if chosen. */
interface Edge {
  mentor: number;
  covered: readonly MenteeCompetency[];
  score: number;
}

/**
 * Proposes mentor–mentee pairs for the mentees without one. Hard constraints (never traded for
 * points): the mentor is not the mentee, sits nowhere above the mentee in the reporting line, has
 * finished every required preparation module by the start, has a free place (pairs running at or
 * after the start count), and is at or above the mentee's target in every competency the pair
 * works on (a pair works on the competencies of the mentee's plan the mentor can take to target;
 * at least one). Among the assignments that obey them, the one that matches the most mentees and,
 * among those, has the highest Σ score is found exactly (a min-cost flow over mentor capacity
 * slots, see assign.ts), and is the same for the same input.
 */
export function proposePairs(model: ProgrammeModel, options: MatchOptions = {}): MatchResult {
  const { programme } = model;
  const { start, source: startSource } = matchStart(model, options.start, options.today);
  const ownStart = programmeMatchStart(model);
  const weights: MatchWeights = { ...defaultWeights, ...(programme.matching?.weights ?? {}) };
  const programmeEnd = programme.metadata.period.end;
  const importance = new Map(programme.competencies.map((c) => [c.id, c.importance] as const));

  // Pairs: running ones are kept; with --rematch, those not started by the start date are released.
  const released = options.rematch ? model.pairs.filter((p) => p.end === undefined && p.start > start) : [];
  const releasedIds = new Set(released.map((p) => p.id));
  const running = model.pairs.filter((p) => !releasedIds.has(p.id) && (p.end ?? programmeEnd) >= start);
  // A mentee with a pair running at or after the start is taken care of (a second mentor is not proposed).
  const paired = new Set(running.map((p) => p.mentee));
  const load = new Map<string, number>();
  for (const p of running) load.set(p.mentor, (load.get(p.mentor) ?? 0) + 1);

  // Reporting lines: everyone above each person, from every lineManager any of their entries names.
  const managersOf = new Map<string, Set<string>>();
  const addManager = (id: string, manager: string | undefined): void => {
    if (manager === undefined) return;
    const set = managersOf.get(id) ?? new Set<string>();
    set.add(manager);
    managersOf.set(id, set);
  };
  for (const p of [...model.staff, ...model.mentors, ...model.mentees]) addManager(p.id, p.lineManager);
  const above = (id: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(managersOf.get(id) ?? [])];
    while (stack.length > 0) {
      const m = stack.pop()!;
      if (seen.has(m) || m === id) continue;
      seen.add(m);
      for (const next of managersOf.get(m) ?? []) stack.push(next);
    }
    return seen;
  };

  const required = (programme.preparation?.modules ?? []).filter((m) => m.required !== false).map((m) => m.id);
  const missingOf = (mentor: Mentor): string[] => required.filter((id) => !(mentor.preparation ?? []).some((r) => r.module === id && r.completed <= start));
  const mentors = model.mentors;
  const missing = mentors.map(missingOf);
  const remaining = mentors.map((m) => Math.max(0, m.capacity - (load.get(m.id) ?? 0)));
  const departmentOf = (p: { department?: string }): string | undefined => (p.department?.trim() ? p.department.trim() : undefined);

  // Earlier mentors of each mentee (ended or released pairs here, pairs of the pilot's own people).
  const earlier = new Map<string, { mentor: string; pair: string }[]>();
  const remember = (p: Pair): void => {
    const list = earlier.get(p.mentee) ?? [];
    list.push({ mentor: p.mentor, pair: p.id });
    earlier.set(p.mentee, list);
  };
  for (const p of model.pairs) if (releasedIds.has(p.id) || (p.end ?? programmeEnd) < start) remember(p);
  const runBefore = options.earlierPairs ?? [...(model.pilot?.programme.people?.pairs ?? []), ...(model.previous?.programme.people?.pairs ?? [])];
  for (const p of runBefore) remember(p);

  const byCompetency = new Map<string, { index: number; level: number }[]>();
  mentors.forEach((mentor, index) => {
    for (const [competency, level] of Object.entries(mentor.levels)) {
      const list = byCompetency.get(competency);
      if (list) list.push({ index, level });
      else byCompetency.set(competency, [{ index, level }]);
    }
  });

  const departmentKey = (p: { department?: string }): string | undefined => departmentOf(p)?.toLocaleLowerCase('pl');
  const mentorDepartments = mentors.map(departmentKey);
  /** The points a pair earns, part by part (competencies covered, another department, continuity). */
  const partsOf = (mentee: Mentee, mentor: Mentor, covered: readonly MenteeCompetency[]): ScorePart[] => {
    const parts: ScorePart[] = covered.map((c) => {
      const imp = importance.get(c.competency)!;
      const gap = c.target - c.baseline;
      return { kind: 'competency', competency: c.competency, importance: imp, gap, mentorLevel: mentor.levels[c.competency]!, target: c.target, points: (imp === 'strategic' ? weights.strategic : weights.tactical) + weights.gapLevel * gap };
    });
    const md = departmentOf(mentee);
    const rd = departmentOf(mentor);
    if (weights.otherDepartment > 0 && md !== undefined && rd !== undefined && md.toLocaleLowerCase('pl') !== rd.toLocaleLowerCase('pl')) parts.push({ kind: 'other-department', menteeDepartment: md, mentorDepartment: rd, points: weights.otherDepartment });
    const before = (earlier.get(mentee.id) ?? []).find((e) => e.mentor === mentor.id);
    if (weights.pilotMentor > 0 && before) parts.push({ kind: 'pilot-mentor', pair: before.pair, points: weights.pilotMentor });
    return parts;
  };
  /** The same total as `partsOf`, without building the parts. */
  const scoreOf = (mentee: Mentee, menteeDepartment: string | undefined, index: number, covered: readonly MenteeCompetency[]): number => {
    const mentor = mentors[index]!;
    let score = 0;
    for (const c of covered) score += (importance.get(c.competency) === 'strategic' ? weights.strategic : weights.tactical) + weights.gapLevel * (c.target - c.baseline);
    const md = menteeDepartment;
    const rd = mentorDepartments[index];
    if (weights.otherDepartment > 0 && md !== undefined && rd !== undefined && md !== rd) score += weights.otherDepartment;
    if (weights.pilotMentor > 0 && earlier.get(mentee.id)?.some((e) => e.mentor === mentor.id)) score += weights.pilotMentor;
    return score;
  };

  const open: Mentee[] = model.mentees.filter((m) => !paired.has(m.id));
  const edgesOf: Edge[][] = [];
  const blocks: (Block | undefined)[] = [];
  for (const mentee of open) {
    const plan = mentee.competencies.filter((c) => importance.has(c.competency) && c.target > c.baseline);
    const needs = plan.map((c) => ({ competency: c.competency, target: c.target }));
    const bosses = above(mentee.id);
    const menteeDepartment = departmentKey(mentee);
    const edges: Edge[] = [];
    const atLevel: number[] = [];
    const outside: number[] = [];
    const prepared: number[] = [];
    // Only the mentors at the target in some competency of the plan are looked at (an index per
    // competency), in the people file's order: 2,000 × 500 pairs are never all tried.
    const coveredBy = new Map<number, typeof plan>();
    for (const c of plan) {
      for (const { index, level } of byCompetency.get(c.competency) ?? []) {
        if (level < c.target) continue;
        const list = coveredBy.get(index);
        if (list) list.push(c);
        else coveredBy.set(index, [c]);
      }
    }
    for (const index of [...coveredBy.keys()].sort((a, b) => a - b)) {
      const mentor = mentors[index]!;
      if (mentor.id === mentee.id) continue;
      const covered = coveredBy.get(index)!;
      atLevel.push(index);
      if (bosses.has(mentor.id)) continue;
      outside.push(index);
      if (missing[index]!.length > 0) continue;
      prepared.push(index);
      if (remaining[index]! === 0) continue;
      edges.push({ mentor: index, covered, score: scoreOf(mentee, menteeDepartment, index, covered) });
    }
    edgesOf.push(edges);
    if (plan.length === 0) blocks.push({ code: 'no-competencies' });
    else if (atLevel.length === 0) blocks.push({ code: 'no-level', needs });
    else if (outside.length === 0) blocks.push({ code: 'reporting-line', needs, mentors: atLevel.map((i) => mentors[i]!.id) });
    else if (prepared.length === 0) blocks.push({ code: 'not-prepared', needs, mentors: outside.map((i) => ({ id: mentors[i]!.id, missing: missing[i]! })), start });
    else if (edges.length === 0) blocks.push({ code: 'full', mentors: prepared.map((i) => ({ id: mentors[i]!.id, capacity: mentors[i]!.capacity })) });
    else blocks.push(undefined);
  }

  // Cardinality first: every edge is worth more than any possible difference in scores and load.
  const slotCosts = mentors.map((m, i) => Array.from({ length: remaining[i]! }, (_, k) => weights.load * ((load.get(m.id) ?? 0) + k)));
  // A loop, not Math.max(...): a spread of a million edges overflows the stack.
  let maxScore = 0;
  for (const edges of edgesOf) for (const e of edges) if (e.score > maxScore) maxScore = e.score;
  const totalSlots = slotCosts.reduce((sum, list) => sum + list.reduce((a, b) => a + b, 0), 0);
  const big = open.length * maxScore + totalSlots + 1;
  const problem: AssignmentProblem = {
    rows: open.length,
    capacity: remaining,
    slotCosts,
    edges: edgesOf.map((edges) => edges.map((e) => ({ col: e.mentor, gain: big + e.score }))),
  };
  const { colOf } = assign(problem);

  // Pair ids continue the programme's own numbering (`para-41` → `para-42`).
  const nextId = pairIds(model.pairs.map((p) => p.id));
  const pairs: ProposedPair[] = [];
  const unmatched: Unmatched[] = [];
  const taken = new Map<number, number>();
  open.forEach((mentee, row) => {
    const col = colOf[row]!;
    if (col < 0) {
      const block = blocks[row] ?? { code: 'taken', mentors: edgesOf[row]!.map((e) => mentors[e.mentor]!.id) };
      unmatched.push({ mentee: mentee.id, name: mentee.name, block });
      return;
    }
    const edge = edgesOf[row]!.find((e) => e.mentor === col)!;
    const mentor = mentors[col]!;
    const k = taken.get(col) ?? 0;
    taken.set(col, k + 1);
    const before = (load.get(mentor.id) ?? 0) + k;
    const parts = partsOf(mentee, mentor, edge.covered);
    if (weights.load > 0 && before > 0) parts.push({ kind: 'load', mentees: before + 1, points: -weights.load * before });
    const covers = new Set(edge.covered.map((c) => c.competency));
    const plan = mentee.competencies.filter((c) => importance.has(c.competency) && c.target > c.baseline);
    pairs.push({ id: nextId(), mentee: mentee.id, menteeName: mentee.name, mentor: mentor.id, mentorName: mentor.name, competencies: [...covers], start, score: parts.reduce((s, p) => s + p.points, 0), parts, notCovered: plan.filter((c) => !covers.has(c.competency)).map((c) => c.competency) });
  });
  // The k-th new mentee of a mentor is charged the k-th slot whichever row it is; the sum is what the optimiser saw.
  const score = pairs.reduce((s, p) => s + p.score, 0);
  return {
    programme: programme.metadata.id,
    start,
    startSource,
    ...(ownStart !== start ? { programmeStart: ownStart } : {}),
    weights,
    kept: running.length,
    released: released.map((p) => p.id),
    pairs,
    unmatched,
    mentors: mentors.map((m, i) => ({ id: m.id, name: m.name, capacity: m.capacity, before: load.get(m.id) ?? 0, after: (load.get(m.id) ?? 0) + (taken.get(i) ?? 0) })),
    objective: { matched: pairs.length, score },
  };
}

/** A generator of new pair ids after the existing ones: the most common `prefix-NN` pattern, continued; else `pair-001`. */
export function pairIds(existing: readonly string[]): () => string {
  const used = new Set(existing);
  const byPrefix = new Map<string, { count: number; max: number; width: number }>();
  for (const id of existing) {
    const m = /^(.*?)(\d+)$/.exec(id);
    if (!m) continue;
    const entry = byPrefix.get(m[1]!) ?? { count: 0, max: 0, width: 0 };
    entry.count++;
    entry.max = Math.max(entry.max, Number(m[2]));
    entry.width = Math.max(entry.width, m[2]!.length);
    byPrefix.set(m[1]!, entry);
  }
  const best = [...byPrefix].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))[0];
  const prefix = best?.[0] ?? 'pair-';
  let n = best?.[1].max ?? 0;
  const width = best?.[1].width ?? 3;
  return () => {
    let id: string;
    do id = `${prefix}${String(++n).padStart(width, '0')}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
}
