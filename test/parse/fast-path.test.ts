import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { documentOf, parseSource } from '../../src/core/parse/parse-source.js';

// mentor reads clean files with js-yaml (fast) and positions them with yaml (on demand). These
// tests hold the two to the same YAML 1.2 core reading, so a finding never depends on the path.

const fastRead = (text: string): unknown => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('fast path and positioned path read the same data', () => {
  it.each(yamlFiles('examples'))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(fastRead(text)).toEqual(parse(text));
  });

  it('for any data yaml writes, in block and flow styles (property)', () => {
    const scalar = fc.oneof(
      fc.string(),
      fc.integer(),
      // -0 is the one known difference: js-yaml reads `-0` as 0. No mentor value tells them apart.
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('007', 'no', 'yes', 'on', '010', '2026-01-01', '1e3', '0x1F', '~', 'true', '-', '#x', ': x', '- y'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, fc.boolean(), (data, flow) => {
        const text = stringify(data, flow ? { collectionStyle: 'flow' } : {});
        expect(fastRead(text)).toEqual(parse(text));
      }),
      { numRuns: Number(process.env['MENTOR_PROPERTY_RUNS'] ?? 300) },
    );
  });

  it('hand-written scalars that YAML 1.1 and 1.2 read differently', () => {
    const text = 'a: 007\nb: no\nc: on\nd: 010\ne: 2026-01-01\nf: 1e3\ng: 0o17\nh: .inf\ni: 1_000\nj: "007"\nk: ~\nl: Null\nm: TRUE\n';
    expect(fastRead(text)).toEqual(parse(text));
  });
});

describe('parseSource', () => {
  it('computes positions lazily for files read by the fast path', () => {
    const file = parseSource('x.yaml', new TextEncoder().encode('apiVersion: mentor/v1\nkind: Records\nprogramme: demo\n'));
    expect(file.doc).toBeUndefined();
    expect(file.kind).toBe('Records');
    expect(documentOf(file)?.doc.getIn(['programme'])).toBe('demo');
  });

  it('keeps the fast path for ampersands in text, which are not anchors', () => {
    const file = parseSource('x.yaml', new TextEncoder().encode('name: R&D and Q & A\n'));
    expect(file.doc).toBeUndefined();
    expect(file.data).toEqual({ name: 'R&D and Q & A' });
  });

  it('takes the positioned path for files with anchors, which can expand or loop', () => {
    const file = parseSource('x.yaml', new TextEncoder().encode('a: &x [1]\nb: *x\n'));
    expect(file.doc).toBeDefined();
    expect(file.data).toEqual({ a: [1], b: [1] });
  });
});
