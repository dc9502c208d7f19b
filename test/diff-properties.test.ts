import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { diffProgrammes, identityKeys, type Change } from '../src/core/diff/index.js';
import { buildModel, type ProgrammeModel } from '../src/core/model/model.js';
import { parseSource } from '../src/core/parse/parse-source.js';

/**
 * The diff's two promises, over wide inputs: a programme and itself written another way (keys
 * reordered, lists with ids reversed, comments gone, quoting changed) differ in nothing; and diff A B
 * is exactly the inverse of diff B A.
 */
const runs = Number(process.env['MENTOR_PROPERTY_RUNS'] ?? 150);

// A small id space, so two programmes share many ids (matches, changes) and miss others (adds, removes).
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g1', 'g-2', '007', 'x.y');
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Negotiation', 'Keep key accounts', 'yes', 'null', '12', '2026-01-05', 'a: b', '# not a comment', "it's", 'say "hi"', 'Zażółć gęślą jaźń', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const date = fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const number = fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double({ min: -1e6, max: 1e6, noDefaultInfinity: true }));
const listOf = <T>(item: fc.Arbitrary<T>, key: (t: T) => unknown, maxLength = 4) => fc.uniqueArray(item, { selector: key, maxLength });

const programme = fc.record({
  metadata: fc.record({ name: text, locale: fc.constantFrom('pl', 'en'), period: fc.record({ start: date, end: date }), description: fc.option(text, { nil: undefined }) }),
  goals: listOf(fc.record({ id, name: text, description: fc.option(text, { nil: undefined }) }), (g) => g.id),
  scales: listOf(fc.record({ id, name: text, levels: listOf(fc.record({ level: fc.integer({ min: 0, max: 6 }), label: text }), (l) => l.level) }), (s) => s.id, 2),
  competencies: listOf(fc.record({ id, name: text, importance: fc.constantFrom('strategic', 'tactical'), scale: id, goal: id }), (c) => c.id),
  roles: listOf(fc.record({ id, name: text, staffedBy: fc.array(id, { maxLength: 4 }) }), (r) => r.id),
  process: fc.record({
    durationWeeks: fc.integer({ min: 1, max: 52 }),
    milestones: listOf(fc.record({ id, name: text, date }), (m) => m.id),
    cadence: fc.record({ everyWeeks: fc.integer({ min: 1, max: 4 }), minutes: fc.constantFrom(45, 60, 90) }),
    learningMix: fc.record({ experience: number, social: number, formal: number }),
  }),
  kpis: listOf(
    fc.record({ id, name: text, level: fc.integer({ min: 1, max: 4 }), metric: id, target: number, direction: fc.constantFrom('higher', 'lower'), checkpoints: fc.array(fc.record({ date, target: number }), { maxLength: 2 }) }),
    (k) => k.id,
  ),
  communications: listOf(fc.record({ id, when: fc.oneof(fc.record({ date }), fc.record({ milestone: id, offsetDays: fc.integer({ min: -30, max: 30 }) })), to: fc.array(id, { maxLength: 3 }) }), (c) => c.id),
  people: fc.record({
    mentors: listOf(fc.record({ id, name: text, capacity: fc.integer({ min: 1, max: 3 }), levels: fc.dictionary(id, fc.integer({ min: 1, max: 5 }), { maxKeys: 3 }) }), (m) => m.id),
    mentees: listOf(
      fc.record({ id, name: text, competencies: listOf(fc.record({ competency: id, baseline: fc.integer({ min: 1, max: 3 }), target: fc.integer({ min: 3, max: 5 }) }), (c) => c.competency, 3) }),
      (m) => m.id,
    ),
    pairs: listOf(fc.record({ id, mentor: id, mentee: id, competencies: fc.array(id, { maxLength: 2 }), start: date }), (p) => p.id),
  }),
});

type Data = Record<string, unknown>;

/** One programme document, and its model as `mentor` reads it from YAML text. */
function document(body: Data): Data {
  return { apiVersion: 'mentor/v1', kind: 'Programme', ...body, metadata: { id: 'demo', phase: 'pilot', ...(body['metadata'] as Data) } };
}
function modelOf(yaml: string): ProgrammeModel {
  const file = parseSource('programme.yaml', new TextEncoder().encode(yaml));
  expect(file.findings).toEqual([]);
  return buildModel({ programme: file, people: [], records: [] });
}

/**
 * Keys in another order (a permutation from the seed), lists with an identity reversed, lists of
 * plain values too; lists matched by position on purpose (identityKeys: null) keep their order.
 */
function rewrite(value: unknown, seed: number, pattern = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => rewrite(v, seed, `${pattern}[]`));
    return identityKeys[pattern.replace(/^people\./, '')] === null ? items : items.reverse();
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Data).map(([k, v]) => [k, rewrite(v, seed, pattern === '' ? k : `${pattern}.${k}`)] as const);
  // Rotate by the seed and flip on odd seeds: every order is reachable across runs.
  const turn = entries.length === 0 ? 0 : seed % entries.length;
  const rotated = [...entries.slice(turn), ...entries.slice(0, turn)];
  return Object.fromEntries(seed % 2 === 1 ? rotated.reverse() : rotated);
}

const styles = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'] as const;

describe('diff properties', () => {
  it('finds nothing between a programme and itself re-serialised', () => {
    fc.assert(
      fc.property(programme, fc.nat(), fc.constantFrom(...styles), fc.constantFrom(...styles), (body, seed, strings, keys) => {
        const data = document(body as Data);
        const original = `# A programme with comments\n${stringify(data).replace(/\n/, '  # trailing comment\n')}`;
        const rewritten = stringify(rewrite(data, seed), { defaultStringType: strings, defaultKeyType: keys === 'QUOTE_SINGLE' ? 'PLAIN' : keys, lineWidth: 20 });
        const diff = diffProgrammes(modelOf(original), modelOf(rewritten), { audience: 'hr' });
        expect(diff.changes).toEqual([]);
        expect(diff.differs).toBe(false);
      }),
      { numRuns: runs },
    );
  });

  it('diff A B is the inverse of diff B A', () => {
    // B is another programme, or A with ids renamed (possible renames, ties between alike items).
    const pairs = programme.chain((a) => fc.tuple(fc.constant(a), fc.oneof(programme, renamedCopy(a))));
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const [oldModel, newModel] = [a, b].map((body) => modelOf(stringify(document(body as Data))));
        const forward = diffProgrammes(oldModel!, newModel!, { audience: 'hr' });
        const backward = diffProgrammes(newModel!, oldModel!, { audience: 'hr' });
        expect(canonical(backward.changes.map(invert))).toEqual(canonical(forward.changes));
        expect(backward.summary).toEqual({ ...forward.summary, added: forward.summary.removed, removed: forward.summary.added });
        for (const group of ['mentors', 'mentees', 'pairs', 'staff'] as const) {
          const f = forward.people[group];
          const r = backward.people[group];
          expect([r.old, r.new, r.joined, r.left, r.changed, r.renamed]).toEqual([f.new, f.old, f.left, f.joined, f.changed, f.renamed]);
        }
      }),
      { numRuns: runs },
    );
  });

  it('shows a programme moved as a whole to a later period as one shift, and the inverse shift back', () => {
    fc.assert(
      fc.property(programme, fc.integer({ min: 1, max: 400 }), (body, days) => {
        const data = document(body as Data);
        const later = mapStrings(data, (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? shiftDate(v, days) : v)) as Data;
        const forward = diffProgrammes(modelOf(stringify(data)), modelOf(stringify(later)), { audience: 'hr' });
        const dates = forward.changes.filter((c) => c.shift);
        // Every date moved by the same number of days: at most one change, the shift.
        expect(forward.changes.length).toBeLessThanOrEqual(1);
        if (dates.length === 1) expect(dates[0]!.shift!.days).toBe(days);
        const backward = diffProgrammes(modelOf(stringify(later)), modelOf(stringify(data)), { audience: 'hr' });
        expect(canonical(backward.changes.map(invert))).toEqual(canonical(forward.changes));
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });
});

/** A copy of a programme with some items of its lists under new ids, some with a field changed too. */
function renamedCopy(body: unknown): fc.Arbitrary<Data> {
  return fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 6 }).map((picks) => {
    const copy = JSON.parse(JSON.stringify(body)) as Data;
    const lists = [copy['goals'], copy['competencies'], copy['kpis'], (copy['people'] as Data)['mentees'], (copy['process'] as Data)['milestones']] as Data[][];
    picks.forEach(([n, touch], i) => {
      const list = lists[n % lists.length]!;
      const item = list[i % Math.max(1, list.length)];
      if (!item) return;
      item['id'] = `${String(item['id'])}-v${i}`;
      if (touch && typeof item['name'] === 'string') item['name'] = `${item['name']} (new)`;
    });
    return copy;
  });
}

/** A deep copy with every string mapped (a JSON round trip would turn NaN into null). */
function mapStrings(value: unknown, map: (s: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]));
}

function shiftDate(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A change of diff B A, as diff A B would state it. */
function invert(c: Change): Change {
  const kind = c.kind === 'added' ? 'removed' : c.kind === 'removed' ? 'added' : c.kind;
  const { old, new: now, path, oldPath, shift, position, ...rest } = c;
  return {
    ...rest,
    kind,
    path: oldPath ?? path,
    ...(oldPath !== undefined ? { oldPath: path } : {}),
    ...(kind !== 'added' ? { old: now } : {}),
    ...(kind !== 'removed' ? { new: old } : {}),
    ...(shift ? { shift: { days: -shift.days, dates: shift.dates } } : {}),
    ...(position ? { position: { old: position.new, new: position.old } } : {}),
    // A rename's `id` is the new side's id.
    ...(c.kind === 'renamed' || oldPath !== undefined ? { id: idOf(oldPath ?? path) } : {}),
  } as Change;
}

function idOf(path: string): string | undefined {
  return /^[^.[]+\[[^=\]]+=([^\]]*)\]/.exec(path)?.[1];
}

/** Changes as a sorted list of texts: order is the renderer's business, the set is the diff's. */
function canonical(changes: readonly Change[]): string[] {
  return changes.map(stable).sort();
}

/** JSON with the keys of every object sorted, and no `undefined` members. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const entries = Object.entries(value as Data).filter(([, v]) => v !== undefined);
  return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
}
