import jsYaml from 'js-yaml';

// js-yaml's CORE_SCHEMA is close to YAML 1.2's core schema but not the same: it reads `0b101` as 5
// (1.2 has no binary integers), `1e400` as text (1.2 says a float, out of range: Infinity) and `-0`
// as 0. mentor positions its findings with `yaml`, which follows 1.2; this schema makes js-yaml
// resolve plain scalars exactly as `yaml`'s core schema does (same tests, same order, same
// conversions; see yaml/dist/schema/core), so a value never depends on which parser read the file.

interface ScalarRule {
  tag: string;
  test: RegExp;
  construct: (text: string) => unknown;
}

// In `yaml`'s order: the first rule whose test matches a plain scalar decides its value.
const rules: ScalarRule[] = [
  { tag: 'null', test: /^(?:~|[Nn]ull|NULL)?$/, construct: () => null },
  { tag: 'bool', test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, construct: (s) => s[0] === 't' || s[0] === 'T' },
  { tag: 'int', test: /^0o[0-7]+$/, construct: (s) => parseInt(s.substring(2), 8) },
  { tag: 'int', test: /^[-+]?[0-9]+$/, construct: (s) => parseInt(s, 10) },
  { tag: 'int', test: /^0x[0-9a-fA-F]+$/, construct: (s) => parseInt(s.substring(2), 16) },
  {
    tag: 'float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    construct: (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
  },
  { tag: 'float', test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, construct: (s) => parseFloat(s) },
  { tag: 'float', test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, construct: (s) => parseFloat(s) },
];

// First characters a value of each tag can start with: most plain scalars (names, ids, dates) are
// turned away by one character test instead of a regular expression per rule.
const firstChars: Record<string, string> = { null: '~nN', bool: 'tTfF', int: '0123456789+-', float: '0123456789+-.' };

/**
 * One js-yaml type per tag (js-yaml keeps only the last type of a tag), trying that tag's rules in
 * order. js-yaml calls `resolve(data)` for a plain scalar and `resolve(data, tag)` for an explicitly
 * tagged one (`!!float 3`): the second is refused, so a file with explicit scalar tags fails here
 * and is read by `yaml` alone (the two do not agree on them: js-yaml reads `!!float 3` as 3, `yaml`
 * as text). js-yaml constructs right after a successful resolve, so the rule found is kept for it.
 */
const types = ['null', 'bool', 'int', 'float'].map((tag) => {
  const own = rules.filter((rule) => rule.tag === tag);
  const starts = firstChars[tag]!;
  let matched: ScalarRule | undefined;
  return new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown, ...explicitTag: unknown[]) => {
      matched = undefined;
      if (explicitTag.length > 0 || typeof data !== 'string') return false;
      if (data === '' ? tag !== 'null' : !starts.includes(data[0]!)) return false;
      matched = own.find((rule) => rule.test.test(data));
      return matched !== undefined;
    },
    construct: (data: string) => (matched ?? own.find((rule) => rule.test.test(data))!).construct(data),
  });
});

/** YAML 1.2 core, as `yaml` reads it: strings, sequences and mappings, plus the plain scalars above. */
export const coreSchema = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: types });
