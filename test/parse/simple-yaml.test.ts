import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readSimpleYaml } from '../../src/core/parse/simple-yaml.js';
// @ts-expect-error -- a plain ES module without types: the bench's programme generator
import { generateProgramme } from '../../scripts/gen-programme.mjs';

// readSimpleYaml reads what it can and stands aside for the rest; what it reads must be exactly
// what js-yaml (the CORE schema, as mentor uses it) reads, key order included.

const runs = Number(process.env['MENTOR_PROPERTY_RUNS'] ?? 300);

function jsYamlRead(text: string): { value: unknown } | { error: true } {
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return { error: true };
  }
}

/** Checks one text; returns whether the simple reader read it. */
function agree(text: string): boolean {
  const mine = readSimpleYaml(text);
  if (mine === undefined) return false;
  const theirs = jsYamlRead(text);
  expect(theirs, text).not.toHaveProperty('error');
  const value = (theirs as { value: unknown }).value;
  expect(mine, text).toEqual(value);
  expect(JSON.stringify(mine), text).toBe(JSON.stringify(value));
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('readSimpleYaml reads as js-yaml does', () => {
  it('every example, fixture and template file it reads, and nearly every example', () => {
    const files = [...yamlFiles('examples'), ...yamlFiles('test/fixtures'), ...yamlFiles('templates')];
    const read = files.filter((file) => agree(readFileSync(file, 'utf8')));
    const examples = files.filter((f) => f.startsWith('examples'));
    // The examples are what `npm run bench` times: most of them should take the quick way.
    expect(read.filter((f) => f.startsWith('examples')).length).toBeGreaterThanOrEqual(Math.ceil(examples.length * 0.75));
  });

  it('every file of a generated programme (the bench data), all of them read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-simple-yaml-'));
    generateProgramme({ mentees: 60, seed: 7, output: join(dir, 'p') });
    const files = yamlFiles(join(dir, 'p'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(agree(readFileSync(file, 'utf8')), file).toBe(true);
  });

  const scalar = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('007', 'no', 'yes', 'on', '010', '2026-01-01', '1e3', '0x1F', '0o17', '~', 'True', '-', '-5', '#x', 'a #b', ': x', '- y', 'a: b', 'C#', 'x:y', '.inf', '.NaN', '', ' lead', 'trail ', "it's", 'say "hi"', 'back\\slash', 'line\nbreak', '[x]', '{y}', 'a, b', 'ż', '1_000', '+1', '12:30'),
  );
  const key = fc.oneof(fc.constantFrom('id', 'name', 'level', 'true', 'null', 'a-b', 'x.y', '$schema', '__proto__', 'on', '1'), fc.string({ minLength: 1, maxLength: 8 }));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
  })).node;
  const root = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });

  it('for any data js-yaml writes, in its many styles (property)', () => {
    const options = fc.record({
      flowLevel: fc.constantFrom(-1, 1, 2, 3),
      indent: fc.constantFrom(2, 3, 4),
      lineWidth: fc.constantFrom(-1, 20, 80),
      quotingType: fc.constantFrom("'", '"') as fc.Arbitrary<"'" | '"'>,
      forceQuotes: fc.boolean(),
      noArrayIndent: fc.boolean(),
    });
    fc.assert(
      fc.property(root, options, (data, opts) => {
        agree(jsYaml.dump(data, { ...opts, schema: jsYaml.CORE_SCHEMA }));
      }),
      { numRuns: runs },
    );
  });

  it('for any data yaml writes, block, flow and block scalars (property)', () => {
    const options = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
      indentSeq: fc.boolean(),
      blockQuote: fc.constantFrom(true, false, 'folded', 'literal') as fc.Arbitrary<boolean | 'folded' | 'literal'>,
      lineWidth: fc.constantFrom(0, 20, 80),
    });
    fc.assert(
      fc.property(root, options, (data, opts) => {
        agree(stringify(data, opts));
      }),
      { numRuns: runs },
    );
  });

  it('for example files with a character changed, added or removed anywhere (property)', () => {
    const texts = yamlFiles('examples').map((f) => readFileSync(f, 'utf8').split('\n').slice(0, 80).join('\n'));
    const edit = fc.record({
      file: fc.nat(),
      at: fc.nat(),
      kind: fc.constantFrom('insert', 'replace', 'delete'),
      char: fc.constantFrom(' ', '  ', ':', ': ', '#', ' #', '-', '- ', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '?', '%', '@', '`', '\\', '\t', '\r', 'a', '0', '.', '\n', '\n  ', '~', 'ą', '\u0085', '\u2028'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = texts[edits[0]!.file % texts.length]!;
        for (const { at, kind, char } of edits) {
          const i = at % (text.length + 1);
          text = kind === 'insert' ? text.slice(0, i) + char + text.slice(i) : kind === 'replace' ? text.slice(0, i) + char + text.slice(i + 1) : text.slice(0, i) + text.slice(i + 1);
        }
        agree(text);
      }),
      { numRuns: runs * 3 },
    );
  });
});

describe('readSimpleYaml, case by case', () => {
  const read = (lines: string[]): unknown => readSimpleYaml(`${lines.join('\n')}\n`);

  it('reads the shapes mentor files use, as js-yaml does', () => {
    const cases = [
      ['a: 1', 'b: text with a:colon and C# inside', 'c: "quoted \\"x\\" \\u00e9"', "d: 'it''s'", 'e: ~', 'f: 2026-01-01', 'g: 007', 'h: 0x1F', 'i: .inf', 'j: True # comment'],
      ['list:', '  - { id: a, level: 3, tags: [x, "y z"] }', '  - id: b', '    nested:', '      - 1', '      - 2', '  -   - deep', 'compact:', '- one', '- two: 2'],
      ['text: >-', '  folded', '  lines', '', '  new paragraph', 'lit: |', '  keep', '    indented', '', 'strip: |-', '  x', 'empty: >', 'end: 1'],
      ['  indented: root', '  and: more'],
      ['a:', '  # comment inside', '  b: 1 # trailing', '', '# between', 'c: [ ]', 'd: {}', 'e: -1', 'f: {k: -2.5, m: "a,b"}'],
    ];
    for (const lines of cases) {
      const text = `${lines.join('\n')}\n`;
      expect(readSimpleYaml(text), text).toBeDefined();
      agree(text);
    }
  });

  it('stands aside for what it does not read', () => {
    for (const lines of [
      ['a: 1', 'a: 2'], // duplicate key: js-yaml's error
      ['__proto__: {}'],
      ['true: x'], // a key that is not text
      ['a: &anchor 1', 'b: *anchor'],
      ['a: !tag x'],
      ['a: plain', '  continued'],
      ['a: "two', '  lines"'],
      ['a: |+', '  keep', ''],
      ['a: |2', '   x'],
      ['a:\tb'],
      ['---', 'a: 1'],
      ['a: [1, 2,', '  3]'],
      ['a: [1, 2, ]'],
      ['? complex', ': key'],
      ['- top level list'],
      ['a: b: c'],
      ['a: x', ' b: y'],
      ['a: >', '  text', '    more indented'],
      ['a:', '  - b:', '      -', '  - x'], // js-yaml reads `x` into b's list; an empty item is js-yaml's to read
      ['a: "\\x41"'],
      ['a: 😀'],
    ]) {
      expect(read(lines), lines.join('\\n')).toBeUndefined();
    }
  });

  it('stands aside for deep nesting instead of recursing without bound', () => {
    const deep = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n');
    expect(readSimpleYaml(`${deep}\n${' '.repeat(400)}v: 1\n`)).toBeUndefined();
    expect(readSimpleYaml(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`)).toBeUndefined();
  });
});
