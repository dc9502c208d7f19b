import { within } from '../model/dates.js';
import type { ProgrammeModel } from '../model/model.js';
import { personIndex } from '../model/people.js';
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
  /** Each mentee's plan, each competency once, without entries whose target is not above the baseline, with its assessments. */
  plans: Map<string, PlanEntry[]>;
  /** Plan entries left out because their target is not above the baseline (no gap to close). */
  invalidPlans: number;
  mentors: Map<string, Mentor>;
  staff: Map<string, StaffMember>;
  people: Map<string, PersonInfo>;
  /** Pairs in file order, each id once. */
  pairs: Pair[];
  pairsByMentee: Map<string, Pair[]>;
  pairsByMentor: Map<string, Pair[]>;
  sessions: Map<string, Session[]>;
  learning: Map<string, LearningActivity[]>;
  surveys: SurveyAnswer[];
  kpiValues: Map<string, KpiValue[]>;
  /** Held sessions per pair, sorted by date (the pair's own list when it has no cancelled or missed one). */
  held: Map<string, readonly Session[]>;
  /** Learning hours of a mentee, cumulated by date (built on first use: only narrowed audiences ask by date). */
  hoursSeries(mentee: string): HoursSeries | undefined;
  /** The same per competency named by the activities of a mentee (for KPIs scoped to competencies; built on first use). */
  hoursByCompetency(mentee: string): Map<string, HoursSeries>;
  /** The day each mentee left the organisation (the earliest `end` of a pair with `endReason: left-organisation`). */
  leftOn: Map<string, string>;
  /** All survey answers cumulated by date, for KPIs over everyone (no scope, no population). */
  answers: Cumulative<SurveyTotals>;
  leftOut: LeftOut;
}

/** Running totals of learning hours per type after each activity, in date order (parallel arrays: no object per record). */
export interface HoursSeries {
  dates: string[];
  experience: number[];
  social: number[];
  formal: number[];
}

/** Hours per type on `asOf`, added to `into`. */
export function addHoursOn(series: HoursSeries | undefined, asOf: string, into: { experience: number; social: number; formal: number }): void {
  if (!series) return;
  const i = countOnOrBefore(series.dates, asOf) - 1;
  if (i < 0) return;
  into.experience += series.experience[i]!;
  into.social += series.social[i]!;
  into.formal += series.formal[i]!;
}

function hoursSeries(list: readonly LearningActivity[]): HoursSeries {
  const series: HoursSeries = { dates: [], experience: [], social: [], formal: [] };
  let e = 0;
  let so = 0;
  let f = 0;
  for (const l of list) {
    if (l.type === 'experience') e += l.hours;
    else if (l.type === 'social') so += l.hours;
    else f += l.hours;
    series.dates.push(l.date);
    series.experience.push(e);
    series.social.push(so);
    series.formal.push(f);
  }
  return series;
}

/** Running totals of survey answers. */
export interface SurveyTotals {
  satisfactionSum: number;
  satisfactionCount: number;
  npsCount: number;
  promoters: number;
  detractors: number;
  /** Distinct respondents with a satisfaction answer, and with an NPS answer. */
  satisfactionPeople: number;
  npsPeople: number;
}

/** One competency of a mentee's plan and its assessments, sorted by date. */
export interface PlanEntry {
  plan: MenteeCompetency;
  assessments: readonly Assessment[];
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
function sortByDate<V extends { date: string }>(list: V[]): void {
  // Most lists arrive sorted (records are appended in order): one pass to check beats a sort.
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]!.date > list[i]!.date) {
      list.sort(byDate);
      return;
    }
  }
}
function sortLists<V extends { date: string }>(map: Map<string, V[]>): void {
  for (const list of map.values()) sortByDate(list);
}

/** Dates in order with running totals after each: "how much by day D" is one binary search. */
export interface Cumulative<T> {
  dates: string[];
  totals: T[];
}

/** The running total on `asOf`: the total after the last entry dated on or before it, else `zero`. */
export function totalOn<T>(series: Cumulative<T> | undefined, asOf: string, zero: T): T {
  if (!series) return zero;
  const i = countOnOrBefore(series.dates, asOf);
  return i === 0 ? zero : series.totals[i - 1]!;
}

/** How many of the sorted `dates` are on or before `asOf`. */
export function countOnOrBefore(dates: readonly string[], asOf: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! <= asOf) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  // One person per id whatever lists name them (the model's person index, shared with validate).
  const people = new Map<string, PersonInfo>();
  for (const person of personIndex(model).values()) {
    const entry = person.mentee ?? person.mentor ?? person.staff;
    const role = person.mentee ? 'mentee' : person.mentor ? 'mentor' : 'staff';
    people.set(person.id, { id: person.id, name: person.name, role, department: entry?.department ?? null });
  }

  const plans = new Map<string, PlanEntry[]>();
  let invalidPlans = 0;
  const pairById = firstById(model.pairs);
  const pairsByMentee = new Map<string, Pair[]>();
  const pairsByMentor = new Map<string, Pair[]>();
  for (const pair of pairById.values()) {
    push(pairsByMentee, pair.mentee, pair);
    push(pairsByMentor, pair.mentor, pair);
  }

  // Per mentee, then per competency: two look-ups instead of a key string built per record.
  const assessments = new Map<string, Map<string, Assessment[]>>();
  for (const a of model.assessments) {
    if (!menteeById.has(a.mentee)) leftOut.unknownReference++;
    else if (inPeriod(a.date)) {
      let byCompetency = assessments.get(a.mentee);
      if (!byCompetency) assessments.set(a.mentee, (byCompetency = new Map()));
      push(byCompetency, a.competency, a);
    }
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
  const surveys = model.surveys.filter((s) => inPeriod(s.date));
  sortByDate(surveys);
  const kpiValues = new Map<string, KpiValue[]>();
  for (const v of model.kpiValues) if (inPeriod(v.date)) push(kpiValues, v.kpi, v);
  for (const map of [sessions, learning, kpiValues, ...assessments.values()] as Map<string, { date: string }[]>[]) sortLists(map);
  for (const mentee of menteeById.values()) {
    const seen = new Set<string>();
    const plan: PlanEntry[] = [];
    for (const c of mentee.competencies) {
      if (seen.has(c.competency)) continue;
      seen.add(c.competency);
      if (c.target > c.baseline) plan.push({ plan: c, assessments: assessments.get(mentee.id)?.get(c.competency) ?? [] });
      else invalidPlans++;
    }
    plans.set(mentee.id, plan);
  }

  const leftOn = new Map<string, string>();
  for (const pair of pairById.values()) {
    if (pair.endReason !== 'left-organisation' || pair.end === undefined) continue;
    const before = leftOn.get(pair.mentee);
    if (before === undefined || pair.end < before) leftOn.set(pair.mentee, pair.end);
  }
  const held = new Map<string, readonly Session[]>();
  for (const [pair, list] of sessions) held.set(pair, list.every(isHeldSession) ? list : list.filter(isHeldSession));
  const seriesCache = new Map<string, HoursSeries>();
  const hoursSeriesOf = (mentee: string): HoursSeries | undefined => {
    const list = learning.get(mentee);
    if (!list) return undefined;
    let series = seriesCache.get(mentee);
    if (!series) seriesCache.set(mentee, (series = hoursSeries(list)));
    return series;
  };
  const byCompetencyCache = new Map<string, Map<string, HoursSeries>>();
  const hoursByCompetency = (mentee: string): Map<string, HoursSeries> => {
    let series = byCompetencyCache.get(mentee);
    if (!series) {
      const byCompetency = new Map<string, LearningActivity[]>();
      for (const l of learning.get(mentee) ?? []) if (l.competency !== undefined) push(byCompetency, l.competency, l);
      byCompetencyCache.set(mentee, (series = new Map([...byCompetency].map(([c, activities]) => [c, hoursSeries(activities)]))));
    }
    return series;
  };
  const answers: Cumulative<SurveyTotals> = { dates: [], totals: [] };
  const running: SurveyTotals = { satisfactionSum: 0, satisfactionCount: 0, npsCount: 0, promoters: 0, detractors: 0, satisfactionPeople: 0, npsPeople: 0 };
  const satisfied = new Set<string>();
  const recommended = new Set<string>();
  for (const a of surveys) {
    if (a.satisfaction !== undefined) {
      running.satisfactionSum += a.satisfaction;
      running.satisfactionCount++;
      if (!satisfied.has(a.respondent)) {
        satisfied.add(a.respondent);
        running.satisfactionPeople++;
      }
    }
    if (a.nps !== undefined) {
      running.npsCount++;
      if (a.nps >= 9) running.promoters++;
      else if (a.nps <= 6) running.detractors++;
      if (!recommended.has(a.respondent)) {
        recommended.add(a.respondent);
        running.npsPeople++;
      }
    }
    answers.dates.push(a.date);
    answers.totals.push({ ...running });
  }

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
    sessions,
    learning,
    surveys,
    kpiValues,
    held,
    hoursSeries: hoursSeriesOf,
    hoursByCompetency,
    leftOn,
    answers,
    leftOut,
  };
}

function isHeldSession(s: Session): boolean {
  return (s.status ?? 'held') === 'held';
}

/** How many items of a date-sorted list are dated on or before `asOf`. */
export function countItemsOnOrBefore(list: readonly { date: string }[], asOf: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.date <= asOf) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last item of a date-sorted list dated on or before `asOf` (the latest written on a tie). */
export function latestOnOrBefore<T extends { date: string }>(list: readonly T[] | undefined, asOf: string): T | undefined {
  if (!list) return undefined;
  // A binary search (the timeline asks once a month): the last of the items on or before the date.
  const count = countItemsOnOrBefore(list, asOf);
  return count === 0 ? undefined : list[count - 1];
}

/** The scale a competency is assessed on, as the report names it; null for an unknown competency or scale. */
export function scaleOf(index: RecordIndex, competency: string): { id: string; name: string } | null {
  const id = index.competencies.get(competency)?.scale;
  if (id === undefined) return null;
  const scale = index.model.programme.scales.find((s) => s.id === id);
  return scale ? { id, name: scale.name } : null;
}
