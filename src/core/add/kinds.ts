import { madeIdLength, slugify, uniqueId, withoutTitles } from '../scaffold/slug.js';

/** What `mentor add` can add, and where each kind lives: the list of a document kind. */
export const addKinds = {
  session: { document: 'Records', schema: 'records.schema.json', list: 'sessions', dateField: 'date', owner: 'pair' },
  assessment: { document: 'Records', schema: 'records.schema.json', list: 'assessments', dateField: 'date', owner: 'mentee' },
  learning: { document: 'Records', schema: 'records.schema.json', list: 'learning', dateField: 'date', owner: 'mentee' },
  survey: { document: 'Records', schema: 'records.schema.json', list: 'surveys', dateField: 'date', owner: 'respondent' },
  'kpi-value': { document: 'Records', schema: 'records.schema.json', list: 'kpiValues', dateField: 'date', owner: 'kpi' },
  mentee: { document: 'People', schema: 'people.schema.json', list: 'mentees', idPrefix: 'mentee' },
  mentor: { document: 'People', schema: 'people.schema.json', list: 'mentors', idPrefix: 'mentor' },
  pair: { document: 'People', schema: 'people.schema.json', list: 'pairs', idPrefix: 'pair', dateField: 'start', planField: 'competencies' },
  staff: { document: 'People', schema: 'people.schema.json', list: 'staff', idPrefix: 'staff' },
} as const satisfies Record<string, KindInfo>;

export interface KindInfo {
  document: 'Records' | 'People';
  schema: string;
  list: string;
  /** The date field that defaults to today. */
  dateField?: string;
  /** The field that defaults to the competencies of the mentee's plan (a pair's, as `mentor init` makes pairs). */
  planField?: string;
  /** People and pairs get a neutral id (`mentee-07`) when none is given. */
  idPrefix?: string;
  /** For a record: the field naming whose it is (a session's pair), so records of the same one can be checked together. */
  owner?: string;
}

export type AddKind = keyof typeof addKinds;
export const addKindNames = Object.keys(addKinds) as AddKind[];

export function kindInfo(kind: AddKind): KindInfo {
  return addKinds[kind];
}

/**
 * The id of a new person: in a list whose ids are made from names (`e-akaczmarek`, `c-ana`), one
 * made from the person's name with the prefix those ids share (`e-anna-nowa`); else the next in
 * the numbered pattern (`nextId`). Never one of `taken`.
 */
export function newPersonId(existing: readonly string[], prefix: string, name: string | undefined, taken: ReadonlySet<string> = new Set(existing)): string {
  const numbered = existing.filter((id) => /\d$/.test(id)).length;
  const slug = name === undefined ? '' : slugify(withoutTitles(name), madeIdLength);
  if (slug === '' || existing.length === 0 || numbered * 2 >= existing.length) return nextId(existing, prefix, taken);
  // The prefix (up to its first `-`) most name-made ids share, when most of them share one.
  const heads = new Map<string, number>();
  for (const id of existing) {
    const dash = id.indexOf('-');
    if (dash > 0) heads.set(id.slice(0, dash + 1), (heads.get(id.slice(0, dash + 1)) ?? 0) + 1);
  }
  const [head, count] = [...heads].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return uniqueId(`${count * 2 > existing.length ? head : ''}${slug}`, new Set(taken));
}

/**
 * The next id in the pattern a list already uses (`pr-00041` → `pr-00042`, `mentee-07` →
 * `mentee-08`): the prefix most ids share, one past its highest number, as wide as they are.
 * Without numbered ids, `<prefix>-01`. Never one of `taken`.
 */
export function nextId(existing: readonly string[], prefix: string, taken: ReadonlySet<string> = new Set(existing)): string {
  const counts = new Map<string, { n: number; max: number; width: number }>();
  for (const id of existing) {
    const m = /^(.*?)(\d+)$/.exec(id);
    if (!m) continue;
    const entry = counts.get(m[1]!) ?? { n: 0, max: 0, width: 0 };
    entry.n++;
    entry.max = Math.max(entry.max, Number(m[2]));
    entry.width = Math.max(entry.width, m[2]!.length);
    counts.set(m[1]!, entry);
  }
  // The pattern most ids share; ids that each follow their own (`hr-owner-1`, `sponsor-1`) set none.
  let best: [string, { n: number; max: number; width: number }] | undefined;
  let tie = false;
  for (const entry of counts) {
    if (best && entry[1].n === best[1].n) tie = true;
    if (!best || entry[1].n > best[1].n) [best, tie] = [entry, false];
  }
  if (tie) best = counts.get(`${prefix}-`) ? [`${prefix}-`, counts.get(`${prefix}-`)!] : undefined;
  const [head, { max, width }] = best ?? [`${prefix}-`, { max: 0, width: 2 }];
  for (let n = max + 1; ; n++) {
    const id = `${head}${String(n).padStart(width, '0')}`;
    if (!taken.has(id)) return id;
  }
}
