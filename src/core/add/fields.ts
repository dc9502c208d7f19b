/**
 * The fields of a record or a person, read from the JSON Schemas: `mentor add session` takes a flag
 * for every property of `Session`, so a key the schema gains (say `status`) is a flag the day it
 * exists, with its description as help and its type deciding how the text is read.
 */

/** How the text of a flag or a CSV cell becomes a value. */
export type FieldType =
  | { kind: 'text' }
  | { kind: 'id' }
  | { kind: 'date' }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'number'; min?: number; max?: number }
  /** One of `values`; with `orId`, also any id (`assessor`: a fixed role, or a role the programme adds). */
  | { kind: 'enum'; values: readonly (string | number)[]; orId?: true }
  | { kind: 'boolean' }
  /** A list of plain values: `a,b,c`. */
  | { kind: 'list'; of: FieldType }
  /** A list of small mappings written `a:2:4,b:1:3`, the parts in the order of `keys`. */
  | { kind: 'tuples'; keys: readonly string[]; types: readonly FieldType[]; /** How many of `keys` (the first ones) are required; all when left out. */ required?: number }
  /** A mapping of ids to plain values, written `a:5,b:4`. */
  | { kind: 'map'; value: FieldType }
  /** Something no flag can carry. */
  | { kind: 'other' };

export interface FieldSpec {
  /** The key in the file. */
  key: string;
  /** The flag: the key in kebab-case (`lineManager` → `line-manager`). */
  flag: string;
  required: boolean;
  /**
   * For a key the schema requires only in an `if`/`else` (a session's `minutes`, unless its `status`
   * says it was cancelled or missed): the key whose value lifts the requirement.
   */
  unlessSet?: string;
  /** The schema's description, for help. */
  description: string;
  type: FieldType;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema documents by file name (`records.schema.json`), as shipped in `schemas/`. */
export type SchemaSet = Readonly<Record<string, unknown>>;

/** Follows `$ref`s (`#/$defs/X`, `common.schema.json#/$defs/Id`, JSON pointers) to the schema they name, merging the referring node's own keys. */
function resolve(node: unknown, file: string, schemas: SchemaSet, depth = 0): { node: Json; file: string } {
  if (!isObject(node)) return { node: {}, file };
  const ref = node['$ref'];
  if (typeof ref !== 'string' || depth > 20) return { node, file };
  const [target = '', pointer = ''] = ref.split('#');
  const targetFile = target === '' ? file : (target.split('/').pop() ?? target);
  let found: unknown = schemas[targetFile];
  for (const part of pointer.split('/').filter(Boolean)) found = isObject(found) ? found[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  const { $ref: _ref, ...own } = node;
  const resolved = resolve(found, targetFile, schemas, depth + 1);
  return { node: { ...resolved.node, ...own }, file: resolved.file };
}

const formatOf = (node: Json): string | undefined => (typeof node['$comment'] === 'string' ? /mentor-format:\s*([\w-]+)/.exec(node['$comment'])?.[1] : undefined);

function typeOf(raw: unknown, file: string, schemas: SchemaSet, depth = 0): FieldType {
  const { node, file: at } = resolve(raw, file, schemas);
  const format = formatOf(node);
  if (format === 'date') return { kind: 'date' };
  if (format === 'id') return { kind: 'id' };
  if (Array.isArray(node['enum'])) return { kind: 'enum', values: node['enum'] as (string | number)[] };
  if (Array.isArray(node['anyOf'])) return alternativesOf(node['anyOf'], at, schemas, depth);
  const range = (): { min?: number; max?: number } => ({
    ...(typeof node['minimum'] === 'number' ? { min: node['minimum'] } : {}),
    ...(typeof node['maximum'] === 'number' ? { max: node['maximum'] } : {}),
  });
  switch (node['type']) {
    case 'string':
      return { kind: 'text' };
    case 'integer':
      return { kind: 'integer', ...range() };
    case 'number':
      return { kind: 'number', ...range() };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      if (depth > 0) return { kind: 'other' };
      const item = resolve(node['items'], at, schemas);
      if (item.node['type'] === 'object' && isObject(item.node['properties'])) {
        const props = item.node['properties'];
        const required = Array.isArray(item.node['required']) ? (item.node['required'] as string[]) : [];
        // Required parts first, in the schema's order, then the optional ones: `module:date`, `competency:baseline:target`.
        const keys = [...Object.keys(props).filter((k) => required.includes(k)), ...Object.keys(props).filter((k) => !required.includes(k))];
        const types = keys.map((k) => typeOf(props[k], item.file, schemas, depth + 1));
        return types.some((t) => t.kind === 'other') ? { kind: 'other' } : { kind: 'tuples', keys, types, required: keys.filter((k) => required.includes(k)).length };
      }
      const of = typeOf(node['items'], at, schemas, depth + 1);
      return of.kind === 'other' ? of : { kind: 'list', of };
    }
    case 'object': {
      if (depth > 0 || node['additionalProperties'] === undefined || node['additionalProperties'] === false) return { kind: 'other' };
      const value = typeOf(node['additionalProperties'], at, schemas, depth + 1);
      return value.kind === 'other' ? value : { kind: 'map', value };
    }
    default:
      return { kind: 'other' };
  }
}

/** Alternatives a flag can carry: fixed values or an id (`assessor`), read as an enum that also takes an id. */
function alternativesOf(branches: unknown[], file: string, schemas: SchemaSet, depth: number): FieldType {
  const types = branches.map((b) => typeOf(b, file, schemas, depth));
  const values = types.flatMap((t) => (t.kind === 'enum' ? t.values : []));
  if (values.length === 0 || !types.every((t) => t.kind === 'enum' || t.kind === 'id')) return { kind: 'other' };
  return { kind: 'enum', values, ...(types.some((t) => t.kind === 'id') ? { orId: true as const } : {}) };
}

/** `lineManager` → `line-manager`. */
export function flagOf(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The fields of the items of a list in a document schema (`sessions` in `records.schema.json`),
 * in the schema's order. Empty when the schema has no such list.
 */
export function fieldsOf(schemas: SchemaSet, file: string, list: string): FieldSpec[] {
  const root = schemas[file];
  if (!isObject(root) || !isObject(root['properties'])) return [];
  const listNode = resolve(root['properties'][list], file, schemas);
  const item = resolve(listNode.node['items'], listNode.file, schemas);
  const props = item.node['properties'];
  if (!isObject(props)) return [];
  const required = Array.isArray(item.node['required']) ? (item.node['required'] as string[]) : [];
  const conditional = conditionallyRequired(item.node);
  return Object.entries(props).map(([key, raw]) => {
    const own = resolve(raw, item.file, schemas).node;
    const description = isObject(raw) && typeof raw['description'] === 'string' ? raw['description'] : typeof own['description'] === 'string' ? own['description'] : '';
    const unlessSet = conditional.get(key);
    return { key, flag: flagOf(key), required: required.includes(key) || unlessSet !== undefined, ...(unlessSet ? { unlessSet } : {}), description, type: typeOf(raw, item.file, schemas) };
  });
}

/** Keys an `else` requires when the `if` asks for one key to be set: `minutes` unless `status` is. */
function conditionallyRequired(node: Record<string, unknown>): Map<string, string> {
  const found = new Map<string, string>();
  const condition = node['if'];
  const otherwise = node['else'];
  if (!isObject(condition) || !isObject(otherwise) || !Array.isArray(condition['required']) || !Array.isArray(otherwise['required'])) return found;
  const [unless] = condition['required'] as string[];
  if (unless === undefined) return found;
  for (const key of otherwise['required'] as string[]) found.set(key, unless);
  return found;
}

/** The top-level keys of a document schema in their order (where a new list goes among the others). */
export function keyOrderOf(schemas: SchemaSet, file: string): string[] {
  const root = schemas[file];
  return isObject(root) && isObject(root['properties']) ? Object.keys(root['properties']) : [];
}
