import { addMonths } from '../model/dates.js';
import type { Criterion, Mentee } from '../model/schema-types.js';
import { sameTitleWord } from './title-words.js';

/**
 * What the eligibility criteria look at in a person, whether a mentee of the people files (rule
 * `criterion-not-met`) or a candidate of an HR export (`mentor select`): one evaluation for both, so
 * `select` never lets in someone `validate` would then reject.
 */
export interface PersonFacts {
  id: string;
  title?: string | undefined;
  department?: string | undefined;
  /** The line manager's id (or, for a candidate whose manager is not a person of the programme, the name as written). */
  lineManager?: string | undefined;
  hired?: string | undefined;
  /** Tenure in whole months, when an export gives it instead of a hire date. */
  tenureMonths?: number | undefined;
  /** Gap (target − baseline) per programme competency the person's plan holds. */
  gaps: readonly { competency: string; gap: number }[];
}

export interface CriteriaContext {
  /** The programme's first day: tenure is counted up to it. */
  start: string;
  /** Importance of each programme competency. */
  importance: ReadonlyMap<string, 'strategic' | 'tactical'>;
}

/** The parts of a criterion written as data. */
export type PartKind = 'gap' | 'tenure' | 'titles' | 'departments' | 'exclude' | 'excludeTitles' | 'maxPerDepartment' | 'maxPerLineManager';

/**
 * One part of one criterion checked for one person: met, not met, or unknown (the fact it needs is
 * missing: no hire date, no title). `params` carries what a message needs to say why.
 */
export interface PartOutcome {
  criterion: string;
  part: PartKind;
  status: 'met' | 'not-met' | 'unknown';
  params: Record<string, string | number>;
}

/** Lower case, one space between words, punctuation as spaces: how titles and departments compare. */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('pl')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when `title` holds `wanted` as whole words in a row (`Key Account Manager` in `Senior Key
 * Account Manager`), a word matching also in its Polish feminine form (`Starsza specjalistka` for
 * `starszy specjalista`; see `sameTitleWord`).
 */
export function titleMatches(title: string, wanted: string): boolean {
  const needle = normaliseWords(wanted).split(' ');
  const words = normaliseWords(title).split(' ');
  if (needle[0] === '') return false;
  for (let at = 0; at + needle.length <= words.length; at++) {
    if (needle.every((word, i) => sameTitleWord(words[at + i]!, word))) return true;
  }
  return false;
}

/** The largest gap, overall and in a competency of `importance`; undefined when there is none. */
function largestGap(person: PersonFacts, ctx: CriteriaContext, importance?: string): number | undefined {
  let largest: number | undefined;
  for (const { competency, gap } of person.gaps) {
    const own = ctx.importance.get(competency);
    if (own === undefined || (importance !== undefined && own !== importance)) continue;
    if (largest === undefined || gap > largest) largest = gap;
  }
  return largest;
}

/** True when the person has a gap in at least one programme competency (the method's first demand). */
export function hasGap(person: PersonFacts, ctx: CriteriaContext): boolean {
  return (largestGap(person, ctx) ?? 0) > 0;
}

/**
 * The parts of every criterion that concern one person alone (caps depend on the others: see
 * `applyCaps`), met ones included so a report can say why someone qualifies.
 */
export function checkPerson(criteria: readonly Criterion[], person: PersonFacts, ctx: CriteriaContext): PartOutcome[] {
  const out: PartOutcome[] = [];
  for (const criterion of criteria) {
    const add = (part: PartKind, status: PartOutcome['status'], params: PartOutcome['params']): void => {
      out.push({ criterion: criterion.id, part, status, params });
    };
    if (criterion.minGap !== undefined || criterion.importance !== undefined) {
      const required = criterion.minGap ?? 1;
      const largest = largestGap(person, ctx, criterion.importance);
      const params = { required, ...(largest !== undefined ? { largest: Math.max(0, largest) } : {}), ...(criterion.importance ? { importance: criterion.importance } : {}) };
      add('gap', largest !== undefined && largest >= required ? 'met' : 'not-met', params);
    }
    if (criterion.minTenureMonths !== undefined) add('tenure', ...tenure(person, criterion.minTenureMonths, ctx.start));
    if (criterion.titles !== undefined) {
      const wanted = criterion.titles.join(', ');
      if (person.title === undefined || person.title.trim() === '') add('titles', 'unknown', { titles: wanted });
      else add('titles', criterion.titles.some((t) => titleMatches(person.title!, t)) ? 'met' : 'not-met', { titles: wanted, title: person.title });
    }
    if (criterion.departments !== undefined) {
      const wanted = criterion.departments.join(', ');
      if (person.department === undefined || person.department.trim() === '') add('departments', 'unknown', { departments: wanted });
      else {
        const own = normaliseWords(person.department);
        add('departments', criterion.departments.some((d) => normaliseWords(d) === own) ? 'met' : 'not-met', { departments: wanted, department: person.department });
      }
    }
    if (criterion.exclude !== undefined) add('exclude', criterion.exclude.includes(person.id) ? 'not-met' : 'met', {});
    if (criterion.excludeTitles !== undefined && person.title !== undefined) {
      const hit = criterion.excludeTitles.find((t) => titleMatches(person.title!, t));
      add('excludeTitles', hit === undefined ? 'met' : 'not-met', { title: person.title, ...(hit !== undefined ? { excluded: hit } : {}) });
    }
  }
  return out;
}

function tenure(person: PersonFacts, months: number, start: string): [PartOutcome['status'], PartOutcome['params']] {
  if (person.hired !== undefined) return [addMonths(person.hired, months) <= start ? 'met' : 'not-met', { months, hired: person.hired, start }];
  if (person.tenureMonths !== undefined) return [person.tenureMonths >= months ? 'met' : 'not-met', { months, tenureMonths: person.tenureMonths }];
  return ['unknown', { months }];
}

/** The caps of the criteria: at most `max` people per department or per line manager. */
interface Cap {
  criterion: string;
  part: 'maxPerDepartment' | 'maxPerLineManager';
  max: number;
}

function capsOf(criteria: readonly Criterion[]): Cap[] {
  const caps: Cap[] = [];
  for (const c of criteria) {
    if (c.maxPerDepartment !== undefined) caps.push({ criterion: c.id, part: 'maxPerDepartment', max: c.maxPerDepartment });
    if (c.maxPerLineManager !== undefined) caps.push({ criterion: c.id, part: 'maxPerLineManager', max: c.maxPerLineManager });
  }
  return caps;
}

const capKey = (cap: Cap, person: PersonFacts): string | undefined => {
  const raw = cap.part === 'maxPerDepartment' ? person.department : person.lineManager;
  return raw === undefined || raw.trim() === '' ? undefined : cap.part === 'maxPerDepartment' ? normaliseWords(raw) : raw.trim();
};

/**
 * Applies the caps to people in the order they should be taken (`ranked`), after `counted` people
 * who already hold a place (mentees of the people files, when candidates are selected). Returns,
 * for each ranked person by index, the outcome of every cap: met while the department or the line
 * manager still has room, not met once it is full. A person over one cap takes no place under any
 * other, and one without a department or line manager is not limited by that cap.
 */
export function applyCaps(criteria: readonly Criterion[], ranked: readonly PersonFacts[], counted: readonly PersonFacts[] = []): PartOutcome[][] {
  const caps = capsOf(criteria);
  const taken = caps.map(() => new Map<string, number>());
  const take = (person: PersonFacts): void => {
    caps.forEach((cap, i) => {
      const key = capKey(cap, person);
      if (key !== undefined) taken[i]!.set(key, (taken[i]!.get(key) ?? 0) + 1);
    });
  };
  for (const person of counted) take(person);
  return ranked.map((person) => {
    // A cap the person is not limited by (no department or line manager known) is no outcome at
    // all, rather than "place 1 of 2 under " with nothing after it.
    const outcomes = caps.flatMap((cap, i): PartOutcome[] => {
      const key = capKey(cap, person);
      if (key === undefined) return [];
      const shown = (cap.part === 'maxPerDepartment' ? person.department : person.lineManager) ?? '';
      const count = taken[i]!.get(key) ?? 0;
      return [{ criterion: cap.criterion, part: cap.part, status: count < cap.max ? 'met' : 'not-met', params: { max: cap.max, key: shown.trim(), count } }];
    });
    if (outcomes.every((o) => o.status === 'met')) take(person);
    return outcomes;
  });
}

/** The facts the criteria read from a mentee of the people files. */
export function menteeFacts(mentee: Mentee, known: ReadonlyMap<string, unknown>): PersonFacts {
  return {
    id: mentee.id,
    title: mentee.title,
    department: mentee.department,
    lineManager: mentee.lineManager,
    hired: mentee.hired,
    gaps: mentee.competencies.filter((c) => known.has(c.competency)).map((c) => ({ competency: c.competency, gap: c.target - c.baseline })),
  };
}
