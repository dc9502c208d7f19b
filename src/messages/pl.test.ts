import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../core/entities.js';
import { ruleIds } from '../core/diagnostics.js';
import { yamlSyntaxReasons } from '../core/parse/yaml-errors.js';
import type { Params } from '../core/parse/parsed-file.js';
import { en } from './en.js';
import { addPl } from './add-pl.js';
import { initPl } from './init-pl.js';
import { nounsPl } from './nouns-pl.js';
import { pl } from './pl.js';

/**
 * English words for the things a programme holds, which must not stand in a Polish sentence.
 * Polish „role” (plural of „rola”) and the indeclinable „mentee” are Polish; the English plural
 * „mentees” is not. Code in backticks and the YAML lines hints show are not prose, and are skipped.
 */
const englishEntities = new RegExp(
  `(?<!\\p{L})(${[
    'competenc(y|ies)',
    'pairs?',
    'persons?',
    'people',
    'mentees',
    'goals?',
    'scales?',
    'roles',
    'milestones?',
    'sessions?',
    'assessments?',
    'rollouts?',
    'pilots?',
    'records?',
    'levels?',
    'targets?',
    'baselines?',
    'surveys?',
    'modules?',
    'communications?',
    'messages?',
    'staff',
    'line managers?',
    'learning',
    'activit(y|ies)',
    'items?',
    'keys?',
    'values?',
    'files?',
  ].join('|')})(?!\\p{L})`,
  'iu',
);

/** The prose of a message: backticked code, indented YAML lines and file names (`people.yaml`, `records/`) removed. */
function prose(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('  '))
    .join('\n')
    .replace(/``[^`]*``|`[^`]*`/g, '`…`')
    .replace(/[\w./-]+\.ya?ml\b|[\w.-]+\/(?=\s|$|[.,;:)])/g, '…');
}

// One value for every parameter any rule reads, and the values that switch a message's branches.
const base: Params = {
  key: 'topic', owner: '`sessions[0]`', allowed: '`a`, `b`', suggestion: 'b', description: 'opis', expected: 'tekstem', actual: 'liczbą', source: '007', quote: '"007"',
  format: 'datą', example: '2026-01-01', comparison: '>=', limit: 5, what: 'items', first: 3, second: 5, firstFile: 'people.yaml', present: '`date`, `milestone`', keys: '`date`, `milestone`',
  id: 'x-1', collection: 'mentees', field: 'pairs[id=p1].mentor', refKind: 'competency', known: '`a`, `b`', path: 'people.yaml', expected_: 'People', size: 17, kind: 'Thing',
  level: 6, scale: 'skala-1', competency: 'negocjacje', levels: '1, 2, 3', previous: 7, mentee: 'e-anowak', target: 4, baseline: 2, pair: 'para-01', mentor: 'm-jnowak',
  mentorLevel: 3, count: 3, date: '2026-02-02', capacity: 2, module: 'rola-mentora', start: '2026-01-05', completed: '2026-02-10', role: 'sponsor', sum: 90, share: 'social',
  value: 35, planned: 20, tolerance: 10, kpi: 'retencja', metric: 'nps-plus', builtins: '`nps`', roles: '`mentor`, `mentee`', kickOff: '2026-01-19', name: 'para-01', end: '2026-06-30',
  today: '2026-03-01', code: 'X', detail: 'parser words', fixed: '    topic: "Rabaty: kalkulacja"', alternative: '  - capacity: 2', char: '@', close: ']', spaces: 2, sequence: '\\U',
};
const variants: Params[] = [
  {},
  ...yamlSyntaxReasons.map((reason) => ({ reason })),
  ...['outside', 'kind', 'missing', 'id-mismatch', 'not-programme', 'invalid', 'key', 'several', 'none', 'contains'].map((reason) => ({ reason })),
  ...entityKinds.map((refKind) => ({ refKind })),
  { refKind: 'something-new' },
  ...['milestone', 'pair-start', 'pair-end', 'communication', 'session', 'assessment', 'learning', 'survey', 'kpi-value', 'items', 'characters', 'keys'].map((what) => ({ what })),
  ...['<=', '>=', '<', '>', 'multiple'].map((comparison) => ({ comparison })),
  ...['min', 'max', 'unique'].map((bound) => ({ bound })),
  { limit: 1 },
  { limit: 2 },
  { because: 'minGap' },
  { char: '"' },
  { char: '[' },
  { char: '`' },
  { roles: '`mentor`' },
];
const withoutOptional = ['suggestion', 'known', 'description', 'source', 'quote', 'example', 'firstFile', 'completed', 'mentorLevel', 'fixed', 'alternative'];

// `what` names a date's owner in date-outside-period and a unit in schema-size: each rule gets its own.
const sizeUnits = ['items', 'characters', 'keys'];

function renderings(id: string, text: (p: Params) => string): string[] {
  const out: string[] = [];
  for (const variant of variants) {
    if (typeof variant['what'] === 'string' && sizeUnits.includes(variant['what']) !== (id === 'schema-size')) continue;
    const params = { ...base, ...variant };
    out.push(text(params));
    const bare: Params = { ...params };
    for (const name of withoutOptional) delete bare[name];
    out.push(text(bare));
  }
  return out;
}

describe('Polish messages', () => {
  it.each(ruleIds)('%s speaks Polish about the things it names', (id) => {
    const rule = pl.rules[id];
    for (const text of [...renderings(id, rule.message), ...(rule.hint ? renderings(id, rule.hint) : []), rule.describe]) {
      expect(prose(text), text).not.toMatch(englishEntities);
    }
  });

  it('name every kind of entity in Polish, in the right case and gender', () => {
    const message = (refKind: string): string => pl.rules['unknown-reference'].message({ field: 'f', refKind, id: 'x' });
    expect(message('competency')).toBe('`f` wskazuje na kompetencję `x`, której nie zdefiniowano.');
    expect(message('pair')).toBe('`f` wskazuje na parę `x`, której nie zdefiniowano.');
    expect(message('person')).toBe('`f` wskazuje na osobę `x`, której nie zdefiniowano.');
    expect(message('goal')).toBe('`f` wskazuje na cel `x`, którego nie zdefiniowano.');
    expect(message('mentor')).toBe('`f` wskazuje na mentora `x`, którego nie zdefiniowano.');
    expect(message('milestone')).toBe('`f` wskazuje na kamień milowy `x`, którego nie zdefiniowano.');
    const hint = (refKind: string): string => pl.rules['unknown-reference'].hint!({ refKind });
    expect(hint('competency')).toBe('Najpierw zdefiniuj tę kompetencję.');
    expect(hint('goal')).toBe('Najpierw zdefiniuj ten cel.');
    expect(hint('mentor')).toBe('Najpierw zdefiniuj tego mentora.');
    expect(hint('mentee')).toBe('Najpierw zdefiniuj tego mentee.');
    expect(Object.keys(nounsPl).sort()).toEqual([...entityKinds].sort());
  });

  it('put numbers and nouns together with the plural rules of Polish', () => {
    const summary = (n: number): string => pl.ui.summary({ files: n, valid: n, invalid: n, errors: n, warnings: n });
    expect(summary(1)).toBe('1 plik · 1 poprawny · 1 z problemami · 1 błąd, 1 ostrzeżenie');
    expect(summary(3)).toBe('3 pliki · 3 poprawne · 3 z problemami · 3 błędy, 3 ostrzeżenia');
    expect(summary(5)).toBe('5 plików · 5 poprawnych · 5 z problemami · 5 błędów, 5 ostrzeżeń');
    expect(summary(22)).toBe('22 pliki · 22 poprawne · 22 z problemami · 22 błędy, 22 ostrzeżenia');
    expect(summary(12)).toBe('12 plików · 12 poprawnych · 12 z problemami · 12 błędów, 12 ostrzeżeń');
    const capacity = (count: number): string => pl.rules['mentor-over-capacity'].message({ mentor: 'm', count, date: 'd', capacity: 1 });
    expect(capacity(2)).toContain('2 pary');
    expect(capacity(5)).toContain('5 par');
    expect(initPl.prompts.write(1, 'x')).toBe('Zapisać 1 plik w x?');
    expect(initPl.prompts.write(4, 'x')).toBe('Zapisać 4 pliki w x?');
    expect(initPl.prompts.write(10, 'x')).toBe('Zapisać 10 plików w x?');
    expect(initPl.out.created('x', 2)).toBe('Utworzono x (2 pliki).');
    expect(initPl.out.checkedProblems(1, 5)).toBe('Sprawdzono: 1 błąd, 5 ostrzeżeń (powyżej).');
    expect(pl.rules['schema-size'].message({ key: 'k', owner: 'o', limit: 2, what: 'characters', bound: 'min' })).toBe('`k` w o musi mieć co najmniej 2 znaki.');
    expect(pl.rules['schema-size'].message({ key: 'k', owner: 'o', limit: 5, what: 'characters', bound: 'min' })).toBe('`k` w o musi mieć co najmniej 5 znaków.');
  });

  it('call a rollout „wdrożenie” everywhere, never „upowszechnienie”', () => {
    const texts = JSON.stringify(pl) + JSON.stringify(initPl) + Object.values(initPl.errors).map((f) => String(f)).join('') + String(initPl.file.rolloutName);
    expect(texts).not.toMatch(/upowszechn/i);
    // Every Polish catalogue, example and template, as written.
    const sources = [...readdirSync('src/messages').filter((f) => /(^|-)pl\.ts$/.test(f)).map((f) => `src/messages/${f}`), ...walkYaml('examples'), ...walkYaml('templates')];
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((f) => /upowszechn/i.test(readFileSync(f, 'utf8')))).toEqual([]);
    expect(initPl.file.rolloutName('Mentoring KAM – pilotaż 2026')).toBe('Mentoring KAM – wdrożenie');
    expect(initPl.choices.phase.rollout.split(' – ')[0]).toBe('wdrożenie');
  });
});

describe('the Polish init texts', () => {
  // Every string and every text function of `mentor init`, called with stand-in arguments both
  // ways a branch can go (a value there, or nothing there).
  function* texts(node: unknown): Generator<string> {
    if (typeof node === 'string') yield node;
    else if (typeof node === 'function') {
      const fn = node as (...a: unknown[]) => unknown;
      const stand = (truthy: boolean): unknown =>
        new Proxy(['id-a', 'id-b'], { get: (target, prop) => (prop in target ? Reflect.get(target, prop) : truthy ? `\`${String(prop)}\`` : undefined) });
      // A parameter object or list (truthy and empty), or plain text for functions of a name.
      for (const arg of [stand(true), stand(false), 'Program – pilotaż']) {
        let out: unknown;
        try {
          out = fn(...Array.from({ length: Math.max(1, fn.length) }, () => arg));
        } catch {
          continue;
        }
        if (typeof out === 'string') yield out;
        else if (Array.isArray(out)) yield* out.map(String);
      }
    } else if (node !== null && typeof node === 'object') for (const value of Object.values(node)) yield* texts(value);
  }

  it('speak Polish about the things they name', () => {
    // The sample records and calibration example in the comments are YAML, so code, not prose.
    const { recordsSample: _records, ...file } = initPl.file;
    const rest = { ...initPl, file: { ...file, sections: { ...file.sections, calibration: '' } } };
    let count = 0;
    for (const text of texts(rest)) {
      count++;
      expect(prose(text), text).not.toMatch(englishEntities);
    }
    expect(count).toBeGreaterThan(100);
  });
});

describe('English messages', () => {
  it('name entity kinds by the code a rule passes', () => {
    expect(en.rules['unknown-reference'].message({ field: 'f', refKind: 'competency', id: 'x' })).toBe('`f` refers to competency `x`, which is not defined.');
  });
});

/** YAML files under a folder, recursively. */
function walkYaml(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(folder, f));
}

describe('mentor add in Polish', () => {
  it('makes the problems a programme already had agree with their count and gender', () => {
    const said = (errors: number, warnings: number): string => addPl.out.preexisting(errors, warnings, 'mentor validate .');
    expect(said(1, 0)).toBe('Program miał już 1 błąd niezwiązany z tym dodaniem; pokaże go `mentor validate .`.');
    expect(said(3, 0)).toBe('Program miał już 3 błędy niezwiązane z tym dodaniem; pokaże je `mentor validate .`.');
    expect(said(0, 1)).toBe('Program miał już 1 ostrzeżenie niezwiązane z tym dodaniem; pokaże je `mentor validate .`.');
    expect(said(0, 7)).toBe('Program miał już 7 ostrzeżeń niezwiązanych z tym dodaniem; pokaże je `mentor validate .`.');
    expect(said(2, 5)).toBe('Program miał już 2 błędy i 5 ostrzeżeń niezwiązanych z tym dodaniem; pokaże je `mentor validate .`.');
  });
});
