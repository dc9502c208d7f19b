import type { ProgrammeBundle } from '../model/bundle.js';
import { personNameKey } from '../model/people.js';
import type { Finding, ParsedFile } from '../parse/parsed-file.js';
import { slugify } from '../scaffold/slug.js';
import { ticks } from './rules/support.js';
import { items, record, valueAt } from './raw-data.js';

/** The fields that name a person by id (a list's items as `staffedBy[0]`), and the one that names a pair. */
const personKeys = new Set(['mentee', 'mentor', 'respondent', 'lineManager', 'sponsor', 'staffedBy', 'toPeople']);
const pairKey = 'pair';
const fieldOf = (key: unknown): string => String(key).replace(/\[\d+\]$/, '');

interface NameIndex {
  /** Person ids by the id their name would make (`piotr-zielinski` → [`mentee-01`]). */
  people: Map<string, string[]>;
  pairs: { id: string; mentor: unknown; mentee: unknown }[];
}

/**
 * A name written where an id belongs (`mentee: Piotr Zieliński`) gets from the schema check the id
 * that name would make (`piotr-zielinski`): wrong advice when the programme's ids are `mentee-01`.
 * When the name is that of a person in the programme, the suggestion becomes the person's id, and in
 * a `pair` field the id of the one pair that person is the mentee of (or else the mentor of).
 */
export function suggestIdsForNames(findings: readonly Finding[], bundles: readonly ProgrammeBundle[]): readonly Finding[] {
  return suggestRolesForNames(suggestPeopleForNames(findings, bundles), bundles);
}

function suggestPeopleForNames(findings: readonly Finding[], bundles: readonly ProgrammeBundle[]): readonly Finding[] {
  const named = new Set(findings.filter((f) => f.ruleId === 'schema-format' && f.params['format'] === 'id' && typeof f.params['suggestion'] === 'string' && (personKeys.has(fieldOf(f.params['key'])) || fieldOf(f.params['key']) === pairKey)));
  if (named.size === 0) return findings;
  const indexes = new Map<ParsedFile, NameIndex>();
  for (const bundle of bundles) {
    const index = nameIndex(bundle);
    for (const file of [bundle.programme, ...bundle.people, ...bundle.records]) indexes.set(file, index);
  }
  return findings.map((f) => {
    const index = named.has(f) ? indexes.get(f.at.file) : undefined;
    const ids = index ? idsForName(index, fieldOf(f.params['key']), String(f.params['suggestion'])) : undefined;
    if (ids === undefined) return f;
    const { suggestion: _slug, ...params } = f.params;
    return { ...f, params: ids.length === 1 ? { ...params, suggestion: ids[0]! } : ids.length > 1 ? { ...params, candidates: ticks(ids) } : params };
  });
}

/**
 * A role written as the programme names it where an assessor belongs (`assessor: Przełożony`,
 * `Kierownik inżynierii`, `Line manager`) is no id at all, so the schema names only the allowed forms;
 * when one role of the programme has those words in its name (or is that id), the finding suggests it.
 */
function suggestRolesForNames(findings: readonly Finding[], bundles: readonly ProgrammeBundle[]): readonly Finding[] {
  const typed = new Set(findings.filter((f) => f.ruleId === 'schema-one-of' && f.params['reason'] === undefined && fieldOf(f.params['key']) === 'assessor'));
  if (typed.size === 0) return findings;
  const rolesOf = new Map<ParsedFile, Record<string, unknown>[]>();
  for (const bundle of bundles) {
    const roles = items(record(bundle.programme.data)?.['roles']);
    for (const file of [bundle.programme, ...bundle.people, ...bundle.records]) rolesOf.set(file, roles);
  }
  return findings.map((f) => {
    if (!typed.has(f)) return f;
    const value = valueAt(f.at.file.data, f.at.path);
    const role = typeof value === 'string' ? roleNamed(rolesOf.get(f.at.file) ?? [], value) : undefined;
    return role === undefined ? f : { ...f, params: { ...f.params, suggestion: role } };
  });
}

/**
 * The one role whose name holds the words typed, or whose id they spell (`przelozony`, `Plant manager`,
 * `Line manager`), letter case and Polish letters aside; undefined when none or several do.
 */
export function roleNamed(roles: readonly { id?: unknown; name?: unknown }[], typed: string): string | undefined {
  const words = (text: string): string => ` ${personNameKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const wanted = words(typed);
  if (wanted.trim().length < 3) return undefined;
  const named = roles.filter((role) => typeof role.id === 'string' && (words(role.id) === wanted || (typeof role.name === 'string' && words(role.name).includes(wanted))));
  return named.length === 1 ? String(named[0]!.id) : undefined;
}

/**
 * The ids a person's name may stand for in a field: undefined when the name is no one's (the made-up
 * id may be one to create); none when it is someone's who has no pair (the made-up id would mislead).
 */
function idsForName(index: NameIndex, key: string, slug: string): string[] | undefined {
  const people = index.people.get(slug);
  if (!people || key !== pairKey) return people;
  for (const role of ['mentee', 'mentor'] as const) {
    const pairs = index.pairs.filter((p) => people.includes(String(p[role])));
    if (pairs.length > 0) return pairs.map((p) => p.id);
  }
  return [];
}

/** The people and pairs of a programme, read from its files' data as it is (the schema may not hold yet). */
function nameIndex(bundle: ProgrammeBundle): NameIndex {
  const index: NameIndex = { people: new Map(), pairs: [] };
  const inline = record(record(bundle.programme.data)?.['people']);
  for (const lists of [inline, ...bundle.people.map((p) => record(p.data))]) {
    for (const list of ['staff', 'mentors', 'mentees']) {
      for (const entry of items(lists?.[list])) {
        if (typeof entry['id'] !== 'string' || typeof entry['name'] !== 'string') continue;
        const slug = slugify(entry['name']);
        const ids = index.people.get(slug) ?? [];
        if (!ids.includes(entry['id'])) ids.push(entry['id']);
        index.people.set(slug, ids);
      }
    }
    for (const pair of items(lists?.['pairs'])) if (typeof pair['id'] === 'string') index.pairs.push({ id: pair['id'], mentor: pair['mentor'], mentee: pair['mentee'] });
  }
  return index;
}
