import { identityKeyOf, identityOf } from './identity.js';

/** The key order and nesting of a document kind, read from its JSON Schema. */
export interface Shape {
  /** Properties in the order the schema declares them. */
  keys: readonly string[];
  children: ReadonlyMap<string, Shape>;
  /** The shape of a list's items. */
  items?: Shape;
  /** The shape of a map's values (`additionalProperties`, e.g. a mentor's levels). */
  values?: Shape;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const empty: Shape = { keys: [], children: new Map() };

/**
 * The shape of a schema, following `$ref`s across the given schema files (keyed by file name, e.g.
 * `people.schema.json`). Pure: the caller reads the files.
 */
export function shapeOf(schemas: Readonly<Record<string, Json>>, file: string, pointer = ''): Shape {
  const build = (node: Json, at: string, depth: number): Shape => {
    if (depth > 32) return empty;
    let current = node;
    let currentFile = at;
    while (typeof current['$ref'] === 'string') {
      const [target, path] = current['$ref'].split('#');
      if (target) currentFile = target;
      let found: unknown = schemas[currentFile];
      for (const part of (path ?? '').split('/').filter(Boolean)) found = isRecord(found) ? found[part] : undefined;
      if (!isRecord(found)) return empty;
      current = found;
    }
    const properties = isRecord(current['properties']) ? current['properties'] : {};
    const children = new Map<string, Shape>();
    const shape: Shape = { keys: Object.keys(properties), children };
    for (const [key, child] of Object.entries(properties)) if (isRecord(child)) children.set(key, build(child, currentFile, depth + 1));
    const items = current['items'];
    const values = current['additionalProperties'];
    return {
      ...shape,
      ...(isRecord(items) ? { items: build(items, currentFile, depth + 1) } : {}),
      ...(isRecord(values) ? { values: build(values, currentFile, depth + 1) } : {}),
    };
  };
  let root: unknown = schemas[file];
  for (const part of pointer.split('/').filter(Boolean)) root = isRecord(root) ? root[part] : undefined;
  return isRecord(root) ? build(root, file, 0) : empty;
}

/**
 * A document in canonical form, for `mentor show --normalised` (a git textconv driver): keys in the
 * schema's order (keys it does not know after them, alphabetically), lists matched by identity
 * sorted by it (ids as text, levels as numbers), other lists as they are. Two files that mean the
 * same normalise to the same value, whatever their key order, list order or quoting.
 */
export function normalise(value: unknown, shape: Shape = empty, pattern = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item, shape.items, `${pattern}[]`));
    const key = items.some(isRecord) ? identityKeyOf(pattern, items) : undefined;
    if (key === undefined) return items;
    const numeric = items.every((item) => typeof (item as Json)[key] === 'number');
    return items.sort((a, b) => {
      if (numeric) return ((a as Json)[key] as number) - ((b as Json)[key] as number);
      const x = identityOf(a, key);
      const y = identityOf(b, key);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  if (!isRecord(value)) return value;
  const known = shape.keys.filter((k) => Object.hasOwn(value, k));
  const rest = Object.keys(value)
    .filter((k) => !shape.children.has(k))
    .sort();
  const out: Json = {};
  for (const key of [...known, ...rest]) {
    const child = shape.children.get(key) ?? shape.values;
    out[key] = normalise(value[key], child, pattern === '' ? key : `${pattern}.${key}`);
  }
  return out;
}
