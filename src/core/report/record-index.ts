import { within } from '../model/dates.js';
import type { ProgrammeModel } from '../model/model.js';
import type { Assessment, Competency, KpiValue, LearningActivity, Mentee, MenteeCompetency, Mentor, Pair, Session, StaffMember, SurveyAnswer } from '../model/types.js';

/** A person as the report knows them, whatever their role. */
export interface PersonInfo {
  id: string;
  name: string;
  role: 'mentee' | 'mentor' | 'staff';
  department: string | null;
}

/** Records left out of every figure, counted so the report can say so. */
export interface LeftOut {
  /** Dated records outside `metadata.period` (validate reports each as `date-outside-period`). */
  outsidePeriod: number;
  /** Records naming a pair or mentee the people files do not define (`unknown-reference`). */
  unknownReference: number;
}

/**
 * Every look-up the report needs, built once per programme in one pass over each list, so no
 * computation scans all records per mentee or per pair (the report stays linear in the records).
 * Lists are sorted by date; records of the same date keep their file order, so "the latest" on a
 * day is the one written last.
 */
export interface RecordIndex {
  model: ProgrammeModel;
  period: { start: string; end: string };
  competencies: Map<string, Competency>;
  /** Mentees in file order, each id once (the first definition wins, as in validate). */
  mentees: Mentee[];
  menteeById: Map<string, Mentee>;
  /** Each mentee's plan, each competency once, without entries whose target is not above the baseline. */
  plans: Map<string, MenteeCompetency[]>;
  /** Plan entries left out because their target is not above the baseline (no gap to close). */
  invalidPlans: number;
  mentors: Map<string, Mentor>;
  staff: Map<string, StaffMember>;
  people: Map<string, PersonInfo>;
  /** Pairs in file order, each id once. */
  pairs: Pair[];
  pairsByMentee: Map<string, Pair[]>;
  pairsByMentor: Map<string, Pair[]>;
  /** Assessments per mentee and competency (key from `planKey`). */
  assessments: Map<string, Assessment[]>;
  sessions: Map<string, Session[]>;
  learning: Map<string, LearningActivity[]>;
  surveys: SurveyAnswer[];
  kpiValues: Map<string, KpiValue[]>;
  leftOut: LeftOut;
}

/** The key of one mentee competency in `RecordIndex.assessments`. */
export function planKey(mentee: string, competency: string): string {
  return `${mentee}\u0000${competency}`;
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// A stable sort by date: Array.prototype.sort is stable, and monthly files arrive nearly sorted.
const byDate = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
function sortLists<V extends { date: string }>(map: Map<string, V[]>): void {
  for (const list of map.values()) list.sort(byDate);
}

/** Builds the index of a programme: one pass per list, then a sort of each small list. */
export function indexRecords(model: ProgrammeModel): RecordIndex {
  const { start, end } = model.programme.metadata.period;
  const leftOut: LeftOut = { outsidePeriod: 0, unknownReference: 0 };
  const inPeriod = (date: string): boolean => {
    if (within(date, start, end)) return true;
    leftOut.outsidePeriod++;
    return false;
  };

  const menteeById = firstById(model.mentees);
  const mentors = firstById(model.mentors);
  const staff = firstById(model.staff);
  const people = new Map<string, PersonInfo>();
  const addPerson = (p: { id: string; name: string; department?: string }, role: PersonInfo['role']): void => {
    if (!people.has(p.id)) people.set(p.id, { id: p.id, name: p.name, role, department: p.department ?? null });
  };
  for (const m of menteeById.values()) addPerson(m, 'mentee');
  for (const m of mentors.values()) addPerson(m, 'mentor');
  for (const s of staff.values()) addPerson(s, 'staff');

  const plans = new Map<string, MenteeCompetency[]>();
  let invalidPlans = 0;
  for (const mentee of menteeById.values()) {
    const seen = new Set<string>();
    const plan: MenteeCompetency[] = [];
    for (const c of mentee.competencies) {
      if (seen.has(c.competency)) continue;
      seen.add(c.competency);
      if (c.target > c.baseline) plan.push(c);
      else invalidPlans++;
    }
    plans.set(mentee.id, plan);
  }

  const pairById = firstById(model.pairs);
  const pairsByMentee = new Map<string, Pair[]>();
  const pairsByMentor = new Map<string, Pair[]>();
  for (const pair of pairById.values()) {
    push(pairsByMentee, pair.mentee, pair);
    push(pairsByMentor, pair.mentor, pair);
  }

  const assessments = new Map<string, Assessment[]>();
  for (const a of model.assessments) {
    if (!menteeById.has(a.mentee)) leftOut.unknownReference++;
    else if (inPeriod(a.date)) push(assessments, planKey(a.mentee, a.competency), a);
  }
  const sessions = new Map<string, Session[]>();
  for (const s of model.sessions) {
    if (!pairById.has(s.pair)) leftOut.unknownReference++;
    else if (inPeriod(s.date)) push(sessions, s.pair, s);
  }
  const learning = new Map<string, LearningActivity[]>();
  for (const l of model.learning) {
    if (!menteeById.has(l.mentee)) leftOut.unknownReference++;
    else if (inPeriod(l.date)) push(learning, l.mentee, l);
  }
  const surveys = model.surveys.filter((s) => inPeriod(s.date)).sort(byDate);
  const kpiValues = new Map<string, KpiValue[]>();
  for (const v of model.kpiValues) if (inPeriod(v.date)) push(kpiValues, v.kpi, v);
  for (const map of [assessments, sessions, learning, kpiValues] as Map<string, { date: string }[]>[]) sortLists(map);

  return {
    model,
    period: { start, end },
    competencies: firstById(model.programme.competencies),
    mentees: [...menteeById.values()],
    menteeById,
    plans,
    invalidPlans,
    mentors,
    staff,
    people,
    pairs: [...pairById.values()],
    pairsByMentee,
    pairsByMentor,
    assessments,
    sessions,
    learning,
    surveys,
    kpiValues,
    leftOut,
  };
}

/** The last item of a date-sorted list dated on or before `asOf` (the latest written on a tie). */
export function latestOnOrBefore<T extends { date: string }>(list: readonly T[] | undefined, asOf: string): T | undefined {
  if (!list) return undefined;
  // Binary search for the last index with date <= asOf: the timeline asks once a month.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.date <= asOf) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : list[lo - 1];
}
