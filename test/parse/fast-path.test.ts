import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import { coreSchema } from '../../src/core/parse/core-schema.js';
import { documentOf, parseSource } from '../../src/core/parse/parse-source.js';

// mentor reads clean files with js-yaml (fast) and positions them with yaml (on demand). These
// tests hold the two to the same YAML 1.2 core reading, so a finding never depends on the path.

const fastRead = (text: string): unknown => jsYaml.load(text, { schema: coreSchema });
/** yaml's reading with mentor's options (no YAML 1.1 types, no warnings on stderr). */
const yamlRead = (text: string): unknown => parse(text, { resolveKnownTags: false, logLevel: 'silent' });
/** The positioned path's reading with mentor's options: the reference (undefined when yaml finds errors). */
const positionedRead = (text: string): unknown => {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, resolveKnownTags: false, logLevel: 'silent' });
  return doc.errors.length > 0 ? undefined : doc.toJS();
};
/** What mentor ends up with, whichever parser read the file. */
const mentorRead = (text: string): unknown => parseSource('x.yaml', new TextEncoder().encode(text)).data;

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
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('007', 'no', 'yes', 'on', '010', '2026-01-01', '1e3', '0x1F', '~', 'true', '-', '#x', ': x', '- y', '0b101', '1e400', '&x', '*x', '!x'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, fc.boolean(), (data, flow) => {
        const text = stringify(data, flow ? { collectionStyle: 'flow' } : {});
        expect(fastRead(text)).toEqual(parse(text));
        expect(mentorRead(text)).toEqual(parse(text));
      }),
      { numRuns: Number(process.env['MENTOR_PROPERTY_RUNS'] ?? 300) },
    );
  });

  it('for any plain scalar made of number-like characters (property)', () => {
    // The characters numbers, booleans and nulls are written with, so the generator hits the edges
    // of every implicit type: 0b101, 1e400, +.5e-3, 0o17, 0x_1F, .NaN, -0, 1_000…
    const scalar = fc.stringMatching(/^[-+.0-9a-fA-FxobeEinfatrulsNT_~]{1,10}$/);
    const tag = fc.constantFrom('', '!!float ', '!!int ', '!!str ', '!!bool ', '!!null ', '!foo ', '!!binary ', '!!timestamp ');
    fc.assert(
      fc.property(scalar, tag, (text, tagged) => {
        const doc = `v: ${tagged}${text}\n`;
        let fast: unknown;
        try {
          fast = fastRead(doc);
        } catch {
          fast = undefined; // js-yaml refuses (explicit tags always): yaml alone reads the file.
        }
        const reference = parseDocument(doc, { resolveKnownTags: false, uniqueKeys: false });
        if (reference.errors.length > 0) return;
        if (fast !== undefined) expect(fast).toEqual(reference.toJS());
        expect(mentorRead(doc)).toEqual(reference.toJS());
      }),
      { numRuns: Number(process.env['MENTOR_PROPERTY_RUNS'] ?? 1000) },
    );
  });

  it('reads 0b101, 1e400 and !!float 3 alike on both paths', () => {
    const text = 'a: 0b101\nb: 1e400\nc: -1e400\nd: !!float 3\ne: -0\nf: +12\ng: .NaN\n';
    expect(mentorRead(text)).toEqual(yamlRead(text));
    expect(mentorRead(text)).toEqual({ a: '0b101', b: Infinity, c: -Infinity, d: '3', e: -0, f: 12, g: NaN });
    // Without the tag, the fast path alone: the same values.
    const plain = text.replace('!!float ', '');
    expect(fastRead(plain)).toEqual(yamlRead(plain));
  });

  it('reads keys that are collections or null, and lone CRs, as yaml does (found by npm run fuzz)', () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error): number => warnings.push(w);
    process.on('warning', onWarning);
    try {
      for (const text of ['[topic]: x\n', '{ a: 1 }: x\n', '? [a, b]\n: x\n', '~: x\n', 'null: x\n', 'a:\n  : x\n', '- : x\n', 'a: b\r\rc: d\n', 'a: one\rtwo\n']) {
        expect(mentorRead(text), JSON.stringify(text)).toEqual(positionedRead(text));
      }
    } finally {
      process.off('warning', onWarning);
    }
    // yaml warns about collection keys through process.emitWarning: never on mentor's stderr.
    expect(warnings).toEqual([]);
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

  it('keeps the fast path for ampersands in text and comments, which are not anchors', () => {
    for (const text of ['name: R&D and Q & A\n', 'name: x # see &x and *x\n', 'name: "&x"\n', '# &x\nname: x\n']) {
      const file = parseSource('x.yaml', new TextEncoder().encode(text));
      expect(file.doc, text).toBeUndefined();
      expect(file.data).toEqual(yamlRead(text));
    }
  });

  it('takes the positioned path for explicit scalar tags, read as yaml reads them', () => {
    const file = parseSource('x.yaml', new TextEncoder().encode('a: !!float 3\nb: !!int 3\n'));
    expect(file.doc).toBeDefined();
    expect(file.data).toEqual({ a: '3', b: 3 });
    expect(file.findings.map((f) => f.ruleId)).toEqual(['yaml-unknown-tag']);
  });

  it('takes the positioned path for files with anchors, which can expand or loop', () => {
    const file = parseSource('x.yaml', new TextEncoder().encode('a: &x [1]\nb: *x\n'));
    expect(file.doc).toBeDefined();
    expect(file.data).toEqual({ a: [1], b: [1] });
  });
});
