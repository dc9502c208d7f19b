import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstSentence } from '../src/core/validate/schema.js';
import { schemaDescriptionsPl } from '../src/messages/schema-pl.js';

/**
 * The schema descriptions a message can quote: a required key's (the `schema-required` hint) and
 * a value's with alternatives (the `schema-one-of` hint), by their first sentence, as
 * src/core/validate/schema.ts takes them from ajv's parent schema.
 */
function quotedDescriptions(): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const schema = node as { required?: unknown; properties?: Record<string, { description?: string }>; description?: string } & Record<string, unknown>;
    if (Array.isArray(schema.required) && schema.properties) {
      for (const key of schema.required as string[]) {
        const description = schema.properties[key]?.description;
        if (description) found.add(firstSentence(description));
      }
    }
    if (schema.description && ['oneOf', 'anyOf', 'contains', 'not'].some((k) => k in schema)) found.add(firstSentence(schema.description));
    Object.values(schema).forEach(walk);
  };
  for (const name of readdirSync('schemas')) walk(JSON.parse(readFileSync(`schemas/${name}`, 'utf8')));
  return found;
}

describe('Polish schema descriptions', () => {
  const quoted = quotedDescriptions();

  it('translate every description a Polish message can quote', () => {
    expect(quoted.size).toBeGreaterThan(50);
    expect([...quoted].filter((d) => !(d in schemaDescriptionsPl))).toEqual([]);
  });

  it('hold no translation of a description the schemas no longer have', () => {
    expect(Object.keys(schemaDescriptionsPl).filter((d) => !quoted.has(d))).toEqual([]);
  });
});
