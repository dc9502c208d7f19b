import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../parse/parse-source.js';
import { word } from '../word.js';
import { checkSchema, firstSentence, rewriteErrors } from './schema.js';

// The precompiled validators are built with these options (scripts/gen-validators.mjs), plus union
// types, which strict mode refuses but a later schema may allow.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, strictRequired: false, messages: false, verbose: true, allowUnionTypes: true });

/**
 * Every JSON Schema keyword a mentor schema uses or may use, each on a small schema, with the
 * message it must produce: what is wrong, in the user's terms, never the keyword's name.
 */
interface Case {
  keyword: string;
  schema: object;
  yaml: string;
  ruleId: string;
  line: number;
  column: number;
  en: string;
  pl: string;
}

const cases: Case[] = [
  {
    keyword: 'propertyNames',
    schema: { type: 'object', properties: { levels: { type: 'object', propertyNames: { $comment: 'mentor-format: id', type: 'string', pattern: '^[a-z-]+$' }, additionalProperties: { type: 'integer' } } } },
    yaml: 'levels:\n  negocjacje kam: 5\n',
    ruleId: 'schema-format',
    line: 2,
    column: 3,
    en: 'The key `negocjacje kam` in `levels` is not an id (letters without accents, digits, `.`, `_`, `-`; starting with a letter or digit; at most 64 characters).',
    pl: 'Klucz `negocjacje kam` w `levels` nie jest identyfikatorem (litery bez polskich znaków, cyfry, `.`, `_`, `-`; na początku litera lub cyfra; najwyżej 64 znaki).',
  },
  {
    keyword: 'additionalProperties (a schema)',
    schema: { type: 'object', properties: { levels: { type: 'object', additionalProperties: { type: 'integer', maximum: 20 } } } },
    yaml: 'levels:\n  negocjacje: 25\n',
    ruleId: 'schema-range',
    line: 2,
    column: 15,
    en: '`negocjacje` in `levels` must be at most 20, not 25.',
    pl: '`negocjacje` w `levels` musi wynosić co najwyżej 20, a nie 25.',
  },
  {
    keyword: 'additionalProperties: false',
    schema: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' } } },
    yaml: 'nmae: x\n',
    ruleId: 'schema-unknown-key',
    line: 1,
    column: 1,
    en: 'Unknown key `nmae` in the document.',
    pl: 'Nieznany klucz `nmae` w dokumencie.',
  },
  {
    keyword: 'unevaluatedProperties',
    schema: { type: 'object', properties: { name: { type: 'string' } }, unevaluatedProperties: false },
    yaml: 'name: x\nextra: 1\n',
    ruleId: 'schema-unknown-key',
    line: 2,
    column: 1,
    en: 'Unknown key `extra` in the document.',
    pl: 'Nieznany klucz `extra` w dokumencie.',
  },
  {
    keyword: 'patternProperties',
    schema: { type: 'object', patternProperties: { '^x-': { type: 'string' } } },
    yaml: 'x-note: 5\n',
    ruleId: 'schema-type',
    line: 1,
    column: 9,
    en: '`x-note` in the document must be text, not a whole number.',
    pl: '`x-note` w dokumencie musi być tekstem, a nie liczbą całkowitą.',
  },
  {
    keyword: 'false schema',
    schema: { type: 'object', properties: { legacy: false } },
    yaml: 'legacy: 1\n',
    ruleId: 'schema-unknown-key',
    line: 1,
    column: 1,
    en: 'Unknown key `legacy` in the document.',
    pl: 'Nieznany klucz `legacy` w dokumencie.',
  },
  {
    keyword: 'required',
    schema: { type: 'object', properties: { a: { type: 'object', required: ['name'], properties: { name: { type: 'string', description: 'Full name.' } } } } },
    yaml: 'a:\n  id: x\n',
    ruleId: 'schema-required',
    line: 1,
    column: 1,
    en: '`a` is missing the required key `name`.',
    pl: 'W `a` brakuje wymaganego klucza `name`.',
  },
  {
    keyword: 'dependentRequired',
    schema: { type: 'object', properties: { minGap: { type: 'integer' }, importance: { type: 'string' } }, dependentRequired: { minGap: ['importance'] } },
    yaml: 'minGap: 2\n',
    ruleId: 'schema-required',
    line: 1,
    column: 1,
    en: 'the document has `minGap`, which needs `importance` beside it.',
    pl: 'W dokumencie jest `minGap`, który wymaga obok siebie klucza `importance`.',
  },
  {
    keyword: 'if/then',
    schema: { type: 'object', properties: { phase: { type: 'string' }, pilot: { type: 'string' } }, if: { properties: { phase: { const: 'rollout' } } }, then: { required: ['pilot'] } },
    yaml: 'phase: rollout\n',
    ruleId: 'schema-required',
    line: 1,
    column: 1,
    en: 'the document is missing the required key `pilot`.',
    pl: 'W dokumencie brakuje wymaganego klucza `pilot`.',
  },
  {
    keyword: 'type (several)',
    schema: { type: 'object', properties: { value: { type: ['string', 'number'] } } },
    yaml: 'value: [1]\n',
    ruleId: 'schema-type',
    line: 1,
    column: 8,
    en: '`value` in the document must be text or a number, not a list.',
    pl: '`value` w dokumencie musi być tekstem lub liczbą, a nie listą.',
  },
  {
    keyword: 'type (integer, given a fraction)',
    schema: { type: 'object', properties: { minutes: { type: 'integer' } } },
    yaml: 'minutes: 60.5\n',
    ruleId: 'schema-type',
    line: 1,
    column: 10,
    en: '`minutes` in the document must be a whole number, not a fraction.',
    pl: '`minutes` w dokumencie musi być liczbą całkowitą, a nie ułamkiem.',
  },
  {
    keyword: 'enum',
    schema: { type: 'object', properties: { phase: { enum: ['pilot', 'rollout'] } } },
    yaml: 'phase: pilto\n',
    ruleId: 'schema-enum',
    line: 1,
    column: 8,
    en: '`phase` in the document must be one of `pilot`, `rollout`, not `pilto`.',
    pl: '`phase` w dokumencie musi mieć jedną z wartości: `pilot`, `rollout`, a nie `pilto`.',
  },
  {
    // apiVersion and kind are checked before the schema (kind-unknown); any other constant reads as a one-value list.
    keyword: 'const',
    schema: { type: 'object', properties: { kind: { const: 'People' } } },
    yaml: 'kind: people\n',
    ruleId: 'schema-enum',
    line: 1,
    column: 7,
    en: '`kind` in the document must be `People`, not `people`.',
    pl: '`kind` w dokumencie musi mieć wartość `People`, a nie `people`.',
  },
  {
    keyword: 'pattern',
    schema: { type: 'object', properties: { date: { $comment: 'mentor-format: date', type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } } },
    yaml: 'date: 2026-2-3\n',
    ruleId: 'schema-format',
    line: 1,
    column: 7,
    en: '`date` in the document must be a date written YYYY-MM-DD, not `2026-2-3`.',
    pl: '`date` w dokumencie musi być datą w formacie RRRR-MM-DD, a nie `2026-2-3`.',
  },
  {
    keyword: 'minimum',
    schema: { type: 'object', properties: { capacity: { type: 'integer', minimum: 1 } } },
    yaml: 'capacity: 0\n',
    ruleId: 'schema-range',
    line: 1,
    column: 11,
    en: '`capacity` in the document must be at least 1, not 0.',
    pl: '`capacity` w dokumencie musi wynosić co najmniej 1, a nie 0.',
  },
  {
    keyword: 'exclusiveMinimum',
    schema: { type: 'object', properties: { hours: { type: 'number', exclusiveMinimum: 0 } } },
    yaml: 'hours: 0\n',
    ruleId: 'schema-range',
    line: 1,
    column: 8,
    en: '`hours` in the document must be greater than 0, not 0.',
    pl: '`hours` w dokumencie musi wynosić więcej niż 0, a nie 0.',
  },
  {
    keyword: 'exclusiveMaximum',
    schema: { type: 'object', properties: { share: { type: 'number', exclusiveMaximum: 1 } } },
    yaml: 'share: 1\n',
    ruleId: 'schema-range',
    line: 1,
    column: 8,
    en: '`share` in the document must be less than 1, not 1.',
    pl: '`share` w dokumencie musi wynosić mniej niż 1, a nie 1.',
  },
  {
    keyword: 'multipleOf',
    schema: { type: 'object', properties: { minutes: { type: 'integer', multipleOf: 15 } } },
    yaml: 'minutes: 50\n',
    ruleId: 'schema-range',
    line: 1,
    column: 10,
    en: '`minutes` in the document must be a multiple of 15, not 50.',
    pl: '`minutes` w dokumencie musi być wielokrotnością liczby 15, a nie 50.',
  },
  {
    keyword: 'minItems (1)',
    schema: { type: 'object', properties: { to: { type: 'array', minItems: 1 } } },
    yaml: 'to: []\n',
    ruleId: 'schema-size',
    line: 1,
    column: 5,
    en: '`to` in the document must not be empty.',
    pl: '`to` w dokumencie nie może być pustą listą.',
  },
  {
    keyword: 'minItems (several)',
    schema: { type: 'object', properties: { levels: { type: 'array', minItems: 5 } } },
    yaml: 'levels: [1, 2]\n',
    ruleId: 'schema-size',
    line: 1,
    column: 9,
    en: '`levels` in the document must have at least 5 items.',
    pl: '`levels` w dokumencie musi mieć co najmniej 5 elementów.',
  },
  {
    keyword: 'maxItems',
    schema: { type: 'object', properties: { accountable: { type: 'array', maxItems: 1 } } },
    yaml: 'accountable: [a, b]\n',
    ruleId: 'schema-size',
    line: 1,
    column: 14,
    en: '`accountable` in the document must have at most 1 item.',
    pl: '`accountable` w dokumencie może mieć najwyżej 1 element.',
  },
  {
    keyword: 'minLength',
    schema: { type: 'object', properties: { name: { type: 'string', minLength: 1 } } },
    yaml: 'name: ""\n',
    ruleId: 'schema-size',
    line: 1,
    column: 7,
    en: '`name` in the document must not be empty.',
    pl: '`name` w dokumencie nie może być pustym tekstem.',
  },
  {
    keyword: 'maxLength',
    schema: { type: 'object', properties: { id: { type: 'string', maxLength: 3 } } },
    yaml: 'id: abcd\n',
    ruleId: 'schema-size',
    line: 1,
    column: 5,
    en: '`id` in the document must have at most 3 characters.',
    pl: '`id` w dokumencie może mieć najwyżej 3 znaki.',
  },
  {
    keyword: 'minProperties',
    schema: { type: 'object', properties: { levels: { type: 'object', minProperties: 1 } } },
    yaml: 'levels: {}\n',
    ruleId: 'schema-size',
    line: 1,
    column: 9,
    en: '`levels` in the document must not be empty.',
    pl: '`levels` w dokumencie nie może być pustą mapą.',
  },
  {
    keyword: 'maxProperties',
    schema: { type: 'object', properties: { levels: { type: 'object', maxProperties: 2 } } },
    yaml: 'levels: { a: 1, b: 2, c: 3 }\n',
    ruleId: 'schema-size',
    line: 1,
    column: 9,
    en: '`levels` in the document must have at most 2 keys.',
    pl: '`levels` w dokumencie może mieć najwyżej 2 klucze.',
  },
  {
    keyword: 'uniqueItems',
    schema: { type: 'object', properties: { to: { type: 'array', uniqueItems: true } } },
    yaml: 'to: [mentor, mentee, mentor]\n',
    ruleId: 'schema-size',
    line: 1,
    column: 22,
    en: '`to` in the document lists `mentor` twice (items 1 and 3).',
    pl: '`to` w dokumencie wymienia `mentor` dwa razy (pozycje 1 i 3).',
  },
  {
    keyword: 'contains',
    schema: { type: 'object', properties: { milestones: { type: 'array', contains: { const: 'kick-off' } } } },
    yaml: 'milestones: [matching]\n',
    ruleId: 'schema-one-of',
    line: 1,
    column: 13,
    en: '`milestones` in the document has no item of the required kind.',
    pl: '`milestones` w dokumencie nie ma żadnej pozycji wymaganego rodzaju.',
  },
  {
    keyword: 'oneOf (both)',
    schema: { type: 'object', properties: { when: { type: 'object', oneOf: [{ required: ['date'] }, { required: ['milestone'] }] } } },
    yaml: 'when: { date: 2026-01-01, milestone: kick-off }\n',
    ruleId: 'schema-one-of',
    line: 1,
    column: 7,
    en: '`when` in the document has `date` and `milestone`, but takes only one of them.',
    pl: '`when` w dokumencie ma naraz `date` i `milestone`, a może mieć tylko jeden z tych kluczy.',
  },
  {
    keyword: 'oneOf (none)',
    schema: { type: 'object', properties: { when: { type: 'object', oneOf: [{ required: ['date'] }, { required: ['milestone'] }] } } },
    yaml: 'when: { offsetDays: 3 }\n',
    ruleId: 'schema-one-of',
    line: 1,
    column: 7,
    en: '`when` in the document has none of `date`, `milestone`; it takes one of them.',
    pl: '`when` w dokumencie nie ma żadnego z kluczy `date`, `milestone`, a potrzebuje jednego z nich.',
  },
  {
    keyword: 'oneOf (a value of another type)',
    schema: { type: 'object', properties: { when: { type: 'object', oneOf: [{ required: ['date'] }, { required: ['milestone'] }] } } },
    yaml: 'when: 2026-06-10\n',
    ruleId: 'schema-one-of',
    line: 1,
    column: 7,
    en: '`when` in the document is a single value, but takes one of `date`, `milestone`: did you mean `when: { date: 2026-06-10 }`?',
    pl: '`when` w dokumencie to pojedyncza wartość, a potrzebny jest jeden z kluczy `date`, `milestone`: czy chodziło o `when: { date: 2026-06-10 }`?',
  },
  {
    keyword: 'oneOf (an id where a mapping is expected)',
    schema: { type: 'object', properties: { when: { type: 'object', oneOf: [{ required: ['date'] }, { required: ['milestone'] }] } } },
    yaml: 'when: kick-off\n',
    ruleId: 'schema-one-of',
    line: 1,
    column: 7,
    en: '`when` in the document is a single value, but takes one of `date`, `milestone`: did you mean `when: { milestone: kick-off }`?',
    pl: '`when` w dokumencie to pojedyncza wartość, a potrzebny jest jeden z kluczy `date`, `milestone`: czy chodziło o `when: { milestone: kick-off }`?',
  },
  {
    keyword: 'oneOf (a date written another way where a mapping is expected)',
    schema: { type: 'object', properties: { until: { type: 'object', oneOf: [{ required: ['date'] }, { required: ['milestone'] }] } } },
    yaml: 'until: 30.06.2026\n',
    ruleId: 'schema-one-of',
    line: 1,
    column: 8,
    en: '`until` in the document is a single value, but takes one of `date`, `milestone`: did you mean `until: { date: 2026-06-30 }`?',
    pl: '`until` w dokumencie to pojedyncza wartość, a potrzebny jest jeden z kluczy `date`, `milestone`: czy chodziło o `until: { date: 2026-06-30 }`?',
  },
  {
    keyword: 'oneOf (a value that fits no key)',
    schema: { type: 'object', properties: { when: { type: 'object', oneOf: [{ required: ['date'] }, { required: ['milestone'] }] } } },
    yaml: 'when: the first week\n',
    ruleId: 'schema-one-of',
    line: 1,
    column: 7,
    en: '`when` in the document does not match any allowed form.',
    pl: '`when` w dokumencie nie pasuje do żadnej z dozwolonych postaci.',
  },
  {
    keyword: 'anyOf',
    schema: { type: 'object', properties: { value: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } },
    yaml: 'value: [1]\n',
    ruleId: 'schema-one-of',
    line: 1,
    column: 8,
    en: '`value` in the document does not match any allowed form.',
    pl: '`value` w dokumencie nie pasuje do żadnej z dozwolonych postaci.',
  },
  {
    keyword: 'not',
    schema: { type: 'object', properties: { when: { type: 'object', not: { required: ['date', 'milestone'] } } } },
    yaml: 'when: { date: 2026-01-01, milestone: kick-off }\n',
    ruleId: 'schema-one-of',
    line: 1,
    column: 7,
    en: '`when` in the document does not match any allowed form.',
    pl: '`when` w dokumencie nie pasuje do żadnej z dozwolonych postaci.',
  },
];

// Keyword names that must never reach a person, and the comparison signs ajv reports.
const leaks = /\b(propertyNames|additionalProperties|unevaluatedProperties|patternProperties|dependentRequired|dependentSchemas|minProperties|maxProperties|uniqueItems|minContains|maxContains|minItems|maxItems|minLength|maxLength|exclusiveMinimum|exclusiveMaximum|multipleOf|oneOf|anyOf|allOf|false schema)\b|(must be|musi być) (not|if|then|else|contains|format|pattern|const|enum|type|required|minimum|maximum)\b|[<>]=?\s*\d/;

function run(c: Case) {
  const file = parseSource('f.yaml', new TextEncoder().encode(c.yaml));
  const validate = ajv.compile(c.schema);
  expect(validate(file.data)).toBe(false);
  return rewriteErrors(file, validate.errors ?? []).findings;
}

describe('schema messages in the user’s terms', () => {
  it.each(cases)('$keyword', (c) => {
    const findings = run(c);
    expect(findings).toHaveLength(1);
    const en = word(findings[0]!, 'en');
    const pl = word(findings[0]!, 'pl');
    expect({ ruleId: en.ruleId, line: en.start.line, column: en.start.column }).toEqual({ ruleId: c.ruleId, line: c.line, column: c.column });
    expect(en.message).toBe(c.en);
    expect(pl.message).toBe(c.pl);
    for (const text of [en.message, en.hint ?? '', pl.message, pl.hint ?? '']) expect(text).not.toMatch(leaks);
  });

  it('says a merge key (<<: *anchor) is YAML 1.1, instead of suggesting a key it looks like', () => {
    const c = { keyword: 'merge key', schema: { type: 'object', properties: { pairs: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { id: { type: 'string' }, mentor: { type: 'string' } } } } } }, yaml: 'pairs:\n  - &p1\n    id: a\n    mentor: m\n  - <<: *p1\n    id: b\n', ruleId: 'schema-unknown-key' as const, line: 5, column: 5, en: '', pl: '' };
    const [finding, ...rest] = run(c);
    expect(rest).toEqual([]);
    expect(word(finding!, 'en')).toMatchObject({ message: 'Unknown key `<<` in `pairs[id=b]`.', start: { line: 5, column: 5 } });
    expect(word(finding!, 'en').hint).toMatch(/^A merge key \(`<<: \*anchor`\) belongs to YAML 1\.1/);
    expect(word(finding!, 'pl').hint).toMatch(/^Klucz scalający/);
  });

  it('does not also list the keys an item lacks because a merge key was to bring them', () => {
    const c = { keyword: 'merge key', schema: { type: 'object', properties: { sessions: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['pair', 'date', 'minutes'], properties: { pair: { type: 'string' }, date: { type: 'string' }, minutes: { type: 'integer' } } } } } }, yaml: 'sessions:\n  - &s {pair: p1, date: 2026-03-23, minutes: 60}\n  - {<<: *s, pair: p2}\n  - {pair: p3}\n', ruleId: 'schema-unknown-key' as const, line: 3, column: 6, en: '', pl: '' };
    const found = run(c).map((f) => word(f, 'en'));
    // The merge key once for item 1; item 2 has no merge key, so its missing keys are still listed.
    expect(found.map((f) => `${f.ruleId} ${f.start.line}`)).toEqual(['schema-unknown-key 3', 'schema-required 4', 'schema-required 4']);
  });

  it('shows schema descriptions in Polish, or not at all', () => {
    const [finding] = run(cases.find((c) => c.keyword === 'required')!);
    expect(word(finding!, 'en').hint).toBe('Add `name:` (full name).');
    expect(word(finding!, 'pl').hint).toBe('Dodaj `name:` (imię i nazwisko).');
    const untranslated = { ...finding!, params: { ...finding!.params, description: 'Something only English has' } };
    expect(word(untranslated, 'pl').hint).toBe('Dodaj `name:`.');
  });

  it('does not nest brackets when a description has its own, and ends the hint with a full stop', () => {
    const [finding] = run(cases.find((c) => c.keyword === 'required')!);
    const baseline = { ...finding!, params: { ...finding!.params, key: 'baseline', description: 'Level at the start (assessed before the pair starts)' } };
    expect(word(baseline, 'en').hint).toBe('Add `baseline:` – level at the start (assessed before the pair starts).');
    expect(word(baseline, 'pl').hint).toBe('Dodaj `baseline:` – poziom na starcie (oceniony, zanim para zacznie pracę).');
  });

  it('suggests the value a word typed in Polish or English glosses (`odbyta` for `held`), in either language of the message', () => {
    const c = { keyword: 'enum', schema: { type: 'object', properties: { status: { enum: ['held', 'cancelled', 'missed'] }, type: { enum: ['experience', 'social', 'formal'] } } }, yaml: 'status: odbyta\ntype: Doświadczenie\n', ruleId: 'schema-enum' as const, line: 1, column: 9, en: '', pl: '' };
    const [status, type] = run(c);
    expect(word(status!, 'en').hint).toBe('Did you mean `held`?');
    expect(word(status!, 'pl').hint).toBe('Czy chodziło o `held`?');
    expect(word(type!, 'en').hint).toBe('Did you mean `experience`?');
    expect(word(type!, 'pl').hint).toBe('Czy chodziło o `experience`?');
  });

  it('suggests a valid id for a key that is not one', () => {
    const [finding] = run(cases[0]!);
    expect(word(finding!, 'en').hint).toBe('Rename the key, e.g. to `negocjacje-kam`.');
    expect(word(finding!, 'pl').hint).toBe('Zmień nazwę klucza, np. na `negocjacje-kam`.');
  });
});

describe('an id value that is not one', () => {
  const schema = { type: 'object', properties: { mentees: { type: 'array', items: { type: 'object', properties: { id: { $comment: 'mentor-format: id', type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', examples: ['negotiation-kam'] } } } } } };

  it('offers the id without accents or spaces, instead of an unrelated example', () => {
    const [finding, ...rest] = run({ keyword: 'pattern', schema, yaml: 'mentees:\n  - id: n-górecki\n', ruleId: 'schema-format', line: 2, column: 9, en: '', pl: '' });
    expect(rest).toEqual([]);
    expect(word(finding!, 'en').hint).toBe('Did you mean `n-gorecki`?');
    expect(word(finding!, 'pl').hint).toBe('Czy chodziło o `n-gorecki`?');
    const [spaced] = run({ keyword: 'pattern', schema, yaml: 'mentees:\n  - id: Łucja Szymańska\n', ruleId: 'schema-format', line: 2, column: 9, en: '', pl: '' });
    expect(word(spaced!, 'en').hint).toBe('Did you mean `lucja-szymanska`?');
  });

  it('falls back to the example when nothing of the id is left to offer', () => {
    const [finding] = run({ keyword: 'pattern', schema, yaml: 'mentees:\n  - id: "???"\n', ruleId: 'schema-format', line: 2, column: 9, en: '', pl: '' });
    expect(word(finding!, 'en').hint).toBe('For example: `negotiation-kam`.');
  });
});

describe('an assessment assessor', () => {
  const records = (assessor: string): string =>
    `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\nassessments:\n  - { mentee: e1, competency: negotiation, date: 2026-02-02, level: 3, assessor: ${assessor} }\n`;
  const findings = (assessor: string) => checkSchema(parseSource('records.yaml', new TextEncoder().encode(records(assessor))));

  it('takes the fixed roles, `external` and a role id of the programme’s own', () => {
    for (const assessor of ['mentor', 'line-manager', 'mentee', 'hr-owner', 'sponsor', 'external', 'clinical-educator', 'peer']) expect(findings(assessor)).toEqual([]);
  });

  it('refuses what is no role id with one finding that says what it takes, not one per alternative', () => {
    const found = findings('"Clinical educator"');
    expect(found).toHaveLength(1);
    const en = word(found[0]!, 'en');
    const pl = word(found[0]!, 'pl');
    expect({ ruleId: en.ruleId, line: en.start.line }).toEqual({ ruleId: 'schema-one-of', line: 5 });
    expect(records('"Clinical educator"').split('\n')[4]!.slice(en.start.column - 1)).toBe('"Clinical educator" }');
    expect(en.message).toBe('`assessor` in `assessments[0]` does not match any allowed form.');
    expect(en.hint).toMatch(/^Role of the assessor: `mentor`, .*`external` \(someone outside the programme\) or a role of the programme's own \(an id from its `roles`, e\.g\. `clinical-educator`\)\.$/);
    expect(pl.hint).toMatch(/^Rola oceniającego: .* albo własna rola programu \(identyfikator z jego `roles`, np\. `clinical-educator`\)\.$/);
    for (const text of [en.message, en.hint ?? '', pl.message, pl.hint ?? '']) expect(text).not.toMatch(leaks);
  });
});

describe('firstSentence', () => {
  it('does not stop at "e.g."', () => {
    expect(firstSentence('Short name of the level, e.g. `Novice` or `Ekspert`. More.')).toBe('Short name of the level, e.g. `Novice` or `Ekspert`');
    expect(firstSentence('Full name.')).toBe('Full name');
  });
});
