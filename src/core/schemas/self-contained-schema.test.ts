import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SchemaBundleError, selfContainedSchema, selfContainedSchemas, type NamedSchema } from './self-contained-schema.js';

const sources: NamedSchema[] = readdirSync('schemas')
  .filter((f) => f.endsWith('.schema.json'))
  .sort()
  .map((name) => ({ name, schema: JSON.parse(readFileSync(join('schemas', name), 'utf8')) as unknown }));

/** Every `$ref` in a JSON value, with the path it sits at. */
function refs(node: unknown, path = ''): { path: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => refs(item, `${path}/${i}`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [{ path, ref: value }] : refs(value, `${path}/${key}`)));
}

/** Follows a local `#/a/b` reference inside `doc`; undefined when it points at nothing. */
function resolveLocal(doc: unknown, ref: string): unknown {
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  return node;
}

const ajvOptions = { allErrors: true, strict: true, strictTuples: false, strictRequired: false } as const;

/** Every YAML file under the folders, parsed; files that are not one YAML document are left out. */
function yamlDocuments(...folders: string[]): { file: string; data: unknown }[] {
  const out: { file: string; data: unknown }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) {
        try {
          out.push({ file: full, data: jsYaml.load(readFileSync(full, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) });
        } catch {
          // broken on purpose (a yaml-* fixture): nothing for a schema to say
        }
      }
    }
  };
  for (const folder of folders) walk(folder);
  return out;
}

describe('editor copies of the shipped schemas', () => {
  const copies = selfContainedSchemas(sources);

  it.each(copies.map((c) => [c.name, c.schema] as const))('%s refers only inside itself, and every reference resolves', (_name, schema) => {
    const all = refs(schema);
    for (const { path, ref } of all) {
      expect(ref, `${path}`).toMatch(/^#\//);
      expect(resolveLocal(schema, ref), `${path}: ${ref}`).toBeDefined();
    }
  });

  it('had references to other files to begin with (else the test above proves nothing)', () => {
    expect(sources.flatMap((s) => refs(s.schema)).filter(({ ref }) => !ref.startsWith('#')).length).toBeGreaterThan(50);
  });

  it('keeps the title, description and $id of each schema', () => {
    for (const [i, copy] of copies.entries()) {
      const source = sources[i]!.schema as Record<string, unknown>;
      const made = copy.schema as Record<string, unknown>;
      for (const key of ['$schema', '$id', 'title', 'description']) expect(made[key]).toEqual(source[key]);
    }
  });

  // The copies must accept and reject exactly what mentor's own validators do: compile each copy
  // alone (no other schema known to ajv) and compare it with the source set on every example and fixture.
  it('judge every example and fixture exactly as the source schemas do', () => {
    const withSources = new Ajv2020.default({ ...ajvOptions, schemas: sources.map((s) => s.schema as object) });
    const documents = yamlDocuments('examples', 'test/fixtures');
    expect(documents.length).toBeGreaterThan(50);
    const kinds: Record<string, string> = { Programme: 'programme', People: 'people', Records: 'records' };
    let compared = 0;
    let invalid = 0;
    for (const { name } of sources) {
      const kind = name.replace('.schema.json', '');
      if (kind === 'common') continue;
      const source = withSources.getSchema((sources.find((s) => s.name === name)!.schema as { $id: string }).$id)!;
      const alone = new Ajv2020.default(ajvOptions).compile(copies.find((c) => c.name === name)!.schema as object);
      for (const { file, data } of documents) {
        if (kinds[(data as { kind?: string } | null)?.kind ?? ''] !== kind) continue;
        const errorsOf = (validate: typeof alone): string[] =>
          validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).sort();
        const expected = errorsOf(source);
        expect(errorsOf(alone), file).toEqual(expected);
        compared++;
        if (expected.length > 0) invalid++;
      }
    }
    expect(compared).toBeGreaterThan(40);
    expect(invalid).toBeGreaterThan(5);
  });
});

describe('selfContainedSchema on sets other schemas may grow into', () => {
  const base = 'https://example.test/s/';
  const common = {
    $id: `${base}common.schema.json`,
    $defs: {
      Id: { type: 'string' },
      Ids: { type: 'array', items: { $ref: '#/$defs/Id' } },
      Tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/Tree' } } } },
      Slash: { $ref: 'other.schema.json#/$defs/Deep/properties/x' },
    },
  };
  const other = { $id: `${base}other.schema.json`, $defs: { Deep: { properties: { x: { const: 1 } } } } };

  const bundle = (root: object, ...rest: object[]): Record<string, unknown> => {
    const set = [root, ...rest].map((schema, i) => ({ name: `s${i}.schema.json`, schema }));
    set[0]!.name = 'root.schema.json';
    for (const s of set.slice(1)) s.name = (s.schema as { $id: string }).$id.slice(base.length);
    return selfContainedSchema('root.schema.json', set) as Record<string, unknown>;
  };

  it('brings along what a copied definition refers to, recursion included, once each', () => {
    const out = bundle({ $id: `${base}root.schema.json`, properties: { a: { $ref: 'common.schema.json#/$defs/Ids' }, t: { $ref: 'common.schema.json#/$defs/Tree' } } }, common);
    expect(out['properties']).toEqual({ a: { $ref: '#/$defs/Ids' }, t: { $ref: '#/$defs/Tree' } });
    expect(out['$defs']).toEqual({
      Ids: { type: 'array', items: { $ref: '#/$defs/Id' } },
      Tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/Tree' } } } },
      Id: { type: 'string' },
    });
  });

  it('renames a definition whose name the schema already uses, and follows a chain through a third schema', () => {
    const out = bundle({ $id: `${base}root.schema.json`, properties: { id: { $ref: 'common.schema.json#/$defs/Id' }, s: { $ref: `${base}common.schema.json#/$defs/Slash` } }, $defs: { Id: { type: 'integer' } } }, common, other);
    expect(out['properties']).toEqual({ id: { $ref: '#/$defs/common-Id' }, s: { $ref: '#/$defs/Slash' } });
    expect(out['$defs']).toEqual({ Id: { type: 'integer' }, 'common-Id': { type: 'string' }, Slash: { $ref: '#/$defs/Deep/properties/x' }, Deep: { properties: { x: { const: 1 } } } });
  });

  it('copies a whole schema referred to without a definition, and leaves data that looks like a reference alone', () => {
    const out = bundle({ $id: `${base}root.schema.json`, properties: { o: { $ref: 'other.schema.json' }, enum: { const: { $ref: 'nowhere' } } } }, other);
    expect(out['properties']).toEqual({ o: { $ref: '#/$defs/other' }, enum: { const: { $ref: 'nowhere' } } });
    expect(out['$defs']).toEqual({ other: { $defs: { Deep: { properties: { x: { const: 1 } } } } } });
  });

  it('refuses a reference that leaves the set, or points at nothing, naming where it stands', () => {
    expect(() => bundle({ $id: `${base}root.schema.json`, properties: { a: { $ref: 'https://elsewhere.test/x.json' } } })).toThrow(SchemaBundleError);
    expect(() => bundle({ $id: `${base}root.schema.json`, properties: { a: { $ref: 'common.schema.json#/$defs/Nope' } } }, common)).toThrow(/#\/properties\/a.*points at nothing/);
    expect(() => bundle({ $id: `${base}root.schema.json`, properties: { a: { $dynamicRef: '#x' } } })).toThrow(/\$dynamicRef/);
  });
});
