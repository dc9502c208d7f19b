import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (script: string): string => execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8', stdio: 'pipe' });

describe('generated files match the schemas (one source of truth)', () => {
  it('src/core/model/schema-types.ts is up to date', () => {
    expect(() => run('scripts/gen-types.mjs')).not.toThrow();
  });
  it('docs/format.md is up to date', () => {
    expect(() => run('scripts/gen-docs.mjs')).not.toThrow();
  });
  it('docs/format.md shows a bound that excludes its value (hours of learning must be above 0)', () => {
    const doc = readFileSync('docs/format.md', 'utf8');
    expect(doc).toContain('| `hours` | yes | number | Hours spent. (more than 0, max 500) |');
    expect(doc).toMatch(/\| `hours` \| yes \| number \| Length of the module in hours\. \(more than 0, max 200\) \|/);
  });
});

interface JsonSchema {
  $schema?: string;
  $id?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $ref?: string;
}

/** Every property in every schema, with its path, to check that each is described. */
function properties(node: JsonSchema, path: string, out: [string, JsonSchema][] = []): [string, JsonSchema][] {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    out.push([`${path}.${key}`, child]);
    properties(child, `${path}.${key}`, out);
  }
  for (const [key, child] of Object.entries(node.$defs ?? {})) properties(child, `${path}.$defs.${key}`, out);
  if (node.items) properties(node.items, `${path}[]`, out);
  return out;
}

describe('schemas are a documented public contract', () => {
  const files = readdirSync('schemas').filter((f) => f.endsWith('.schema.json'));
  it.each(files)('%s is draft 2020-12 with an $id and a description on every property', (file) => {
    const schema = JSON.parse(readFileSync(`schemas/${file}`, 'utf8')) as JsonSchema;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/v1\/.+\.schema\.json$/);
    expect(schema.description).toBeTruthy();
    const undocumented = properties(schema, file)
      .filter(([, p]) => !p.description && !(p.$ref && /ApiVersion|PeopleBody\/properties/.test(p.$ref)))
      .map(([path]) => path);
    expect(undocumented).toEqual([]);
  });
});
