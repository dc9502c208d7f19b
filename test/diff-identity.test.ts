import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identityKeys } from '../src/core/diff/index.js';

/**
 * The diff's identity table (src/core/diff/identity.ts) is declared once and checked here against
 * the schemas: every list of objects a programme or people file can hold has a key, the key is a
 * required property of its items, and the table names no list the schemas do not have.
 */
interface Node {
  $ref?: string;
  type?: string;
  properties?: Record<string, Node>;
  items?: Node;
  required?: string[];
}

const schemas: Record<string, Node & { $defs?: Record<string, Node> }> = Object.fromEntries(
  ['common', 'programme', 'people'].map((name) => [`${name}.schema.json`, JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')) as Node]),
);

function resolve(node: Node, file: string): { node: Node; file: string } {
  let current = node;
  let currentFile = file;
  while (current.$ref) {
    const [target, pointer] = current.$ref.split('#');
    if (target) currentFile = target;
    let found: unknown = schemas[currentFile];
    for (const part of (pointer ?? '').split('/').filter(Boolean)) found = (found as Record<string, unknown>)[part];
    current = found as Node;
  }
  return { node: current, file: currentFile };
}

/** Every list of objects in a schema, by pattern (`scales[].levels`), with its item schema. */
function listsOf(file: string): Map<string, Node> {
  const lists = new Map<string, Node>();
  const walk = (raw: Node, at: string, pattern: string): void => {
    const { node, file: where } = resolve(raw, at);
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, where, pattern === '' ? key : `${pattern}.${key}`);
    if (node.items) {
      const item = resolve(node.items, where);
      if (item.node.type === 'object' && item.node.properties) {
        lists.set(pattern.replace(/^people\./, ''), item.node);
        walk(node.items, where, `${pattern}[]`);
      }
    }
  };
  walk(schemas[file]!, file, '');
  return lists;
}

describe('the identity of every list is declared once, against the schemas', () => {
  const lists = new Map([...listsOf('programme.schema.json'), ...listsOf('people.schema.json')]);

  it('finds the lists of objects in the schemas', () => {
    expect([...lists.keys()]).toContain('scales[].levels');
    expect([...lists.keys()]).toContain('mentees[].competencies');
  });

  it.each([...lists.keys()])('%s has an identity key that its items require (or is matched by position on purpose)', (pattern) => {
    const key = identityKeys[pattern];
    expect(key, `add ${pattern} to identityKeys in src/core/diff/identity.ts`).toBeDefined();
    if (key !== null) expect(lists.get(pattern)!.required).toContain(key);
  });

  it('names no list the schemas do not have', () => {
    expect(Object.keys(identityKeys).filter((p) => !lists.has(p))).toEqual([]);
  });
});
