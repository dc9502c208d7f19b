/**
 * How the items of each list of a programme are told apart: declared once, here, for every list of
 * objects the schemas define (test/diff-identity.test.ts walks schemas/*.schema.json and fails when a
 * list is missing or its key is not a required property of the items). Keys are written as list
 * patterns: the list's keys from the document's top, with `[]` for "any item"; people lists are
 * written without the `people.` an inline programme puts before them.
 *
 * `null` declares a list matched by position on purpose. Records (sessions, assessments, learning,
 * surveys, KPI values) have no identity: they are counted, never matched one by one.
 */
export const identityKeys: Readonly<Record<string, string | null>> = {
  goals: 'id',
  scales: 'id',
  'scales[].levels': 'level',
  competencies: 'id',
  'addressees.criteria': 'id',
  roles: 'id',
  roleMatrix: 'id',
  'process.milestones': 'id',
  'preparation.modules': 'id',
  kpis: 'id',
  // Interim targets in date order (a rule keeps them so): the first, the second… A programme moved
  // to a later period keeps its checkpoints, at new dates, which a date as identity would not.
  'kpis[].checkpoints': null,
  communications: 'id',
  'calibration.decisions': 'id',
  staff: 'id',
  mentors: 'id',
  'mentors[].preparation': 'module',
  mentees: 'id',
  'mentees[].competencies': 'competency',
  pairs: 'id',
};

/**
 * Fields a possible rename must keep: a person whose id changed is the same person only under the
 * same name, a pair only between the same mentor and mentee. Other lists pair items by similarity.
 */
export const renameAnchors: Readonly<Record<string, readonly string[]>> = {
  staff: ['name'],
  mentors: ['name'],
  mentees: ['name'],
  pairs: ['mentor', 'mentee'],
};

/** A list's pattern as the table writes it: a programme's inline `people.mentees` is `mentees`. */
export function listPattern(pattern: string): string {
  return pattern.startsWith('people.') ? pattern.slice('people.'.length) : pattern;
}

const scalarKey = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/**
 * The identity key of a list: the declared one, else (a list the table does not know, e.g. from a
 * newer format) `id`, `name` or `key` when every item has a distinct one (dyff's heuristic), else
 * none: such a list is compared by position.
 */
export function identityKeyOf(pattern: string, ...lists: readonly unknown[][]): string | undefined {
  const declared = identityKeys[listPattern(pattern)];
  if (declared === null) return undefined;
  if (declared !== undefined) return distinctBy(declared, lists) ? declared : undefined;
  for (const key of ['id', 'name', 'key']) if (distinctBy(key, lists)) return key;
  return undefined;
}

/** True when, in each list, every item is an object with a distinct scalar value under `key`. */
function distinctBy(key: string, lists: readonly unknown[][]): boolean {
  for (const list of lists) {
    const seen = new Set<string>();
    for (const item of list) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return false;
      const value = scalarKey((item as Record<string, unknown>)[key]);
      if (value === undefined || seen.has(value)) return false;
      seen.add(value);
    }
  }
  return true;
}

/** The identity value of an item under `key`, as text. */
export function identityOf(item: unknown, key: string): string {
  return scalarKey((item as Record<string, unknown>)[key]) ?? '';
}
