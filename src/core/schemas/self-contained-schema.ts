/**
 * Editor copies of the schemas. The source schemas in schemas/ share definitions through relative
 * references (`common.schema.json#/$defs/Id`) resolved against each schema's `$id` URL; an editor
 * that follows such a reference fetches it from the network (yaml-language-server 1.20 and later),
 * and a schema saved on its own (`mentor schema programme > programme.schema.json`) has nothing to
 * follow it to. The copies made here need no other file: every definition they use from another
 * schema is copied under their own `$defs`, and every `$ref` points inside the document.
 */

/** A schema file by name (`programme.schema.json`) with its parsed JSON. */
export interface NamedSchema {
  name: string;
  schema: unknown;
}

/** Why a schema cannot be made self-contained (a reference out of the set, an unsupported keyword). */
export class SchemaBundleError extends Error {
  override name = 'SchemaBundleError';
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose values are instance data, not schemas. */
const valueKeywords = new Set(['const', 'enum', 'examples', 'default']);
/** Keywords that map names (of properties, definitions…) to schemas: the names are not keywords. */
const nameMaps = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Resolution by anchor or dynamic scope: nothing mentor uses, and nothing a plain copy keeps right. */
const unsupported = new Set(['$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveRef', '$recursiveAnchor']);

/** The URL a schema without `$id` is known by, so relative references between files still resolve. */
const fallbackBase = 'file:///schemas/';

/** JSON Pointer (RFC 6901) segments of a URI fragment such as `/$defs/Id` (empty for the whole document). */
function pointerSegments(fragment: string): string[] {
  const decoded = decodeURIComponent(fragment);
  if (decoded === '') return [];
  if (!decoded.startsWith('/')) throw new SchemaBundleError(`only JSON Pointer fragments are supported, not "#${fragment}"`);
  return decoded
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A local reference (`#/$defs/Id`) to the given segments, escaped for both JSON Pointer and URI fragment. */
function localRef(segments: readonly string[]): string {
  return `#${segments.map((s) => `/${encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1')).replace(/%24/g, '$')}`).join('')}`;
}

function at(document: Json, segments: readonly string[], shown: string): Json {
  let node = document;
  for (const segment of segments) {
    const next: Json | undefined = Array.isArray(node) ? node[Number(segment)] : isObject(node) ? node[segment] : undefined;
    if (next === undefined) throw new SchemaBundleError(`${shown} points at nothing`);
    node = next;
  }
  return node;
}

/**
 * Makes one schema of a set self-contained. Definitions taken from another schema keep their name
 * under `$defs` unless the name is taken (then `<schema>-<name>`: `common-Id`); a reference to a
 * whole other schema, or to a part of one outside its `$defs`, copies that schema as one definition.
 * Everything else (titles, descriptions, `$id`, key order) stays as written.
 */
export function selfContainedSchema(rootName: string, all: readonly NamedSchema[]): unknown {
  const byUrl = new Map<string, { name: string; schema: JsonObject; base: string }>();
  for (const { name, schema } of all) {
    if (!isObject(schema)) throw new SchemaBundleError(`${name} is not a JSON object`);
    const base = new URL(typeof schema['$id'] === 'string' ? schema['$id'] : name, fallbackBase).href;
    const entry = { name, schema, base };
    byUrl.set(base, entry);
    byUrl.set(new URL(name, base).href, entry);
  }
  const root = all.find((s) => s.name === rootName);
  if (!root || !isObject(root.schema)) throw new SchemaBundleError(`no schema named ${rootName}`);
  const rootEntry = byUrl.get(new URL(typeof root.schema['$id'] === 'string' ? root.schema['$id'] : rootName, fallbackBase).href)!;

  const ownDefs = isObject(rootEntry.schema['$defs']) ? rootEntry.schema['$defs'] : {};
  const taken = new Set(Object.keys(ownDefs));
  const added: JsonObject = {};
  /** `<schema url> <top-level $defs name or "">` → the local definition name it was copied to. */
  const copied = new Map<string, string>();
  const pending: { key: string; local: string; from: typeof rootEntry; segments: string[] }[] = [];

  const stem = (name: string): string => name.replace(/\.schema\.json$|\.json$/, '');
  const allocate = (preferred: string, fallback: string): string => {
    let local = taken.has(preferred) ? fallback : preferred;
    for (let i = 2; taken.has(local); i++) local = `${fallback}-${i}`;
    taken.add(local);
    return local;
  };

  /** The local pointer segments for `segments` inside schema `from`, copying what it needs. */
  const localise = (from: typeof rootEntry, segments: string[]): string[] => {
    if (from === rootEntry) return segments;
    const [first, defName, ...rest] = segments;
    const whole = !(first === '$defs' && defName !== undefined);
    const key = `${from.base} ${whole ? '' : defName}`;
    let local = copied.get(key);
    if (local === undefined) {
      local = whole ? allocate(stem(from.name), stem(from.name)) : allocate(defName, `${stem(from.name)}-${defName}`);
      copied.set(key, local);
      pending.push({ key, local, from, segments: whole ? [] : ['$defs', defName] });
    }
    return ['$defs', local, ...(whole ? segments : rest)];
  };

  /** A copy of schema `node` (a part of schema `from`, at `path`) with every reference made local. */
  const rewrite = (node: Json, from: typeof rootEntry, path: string): Json => {
    if (Array.isArray(node)) return node.map((item, i) => rewrite(item, from, `${path}/${i}`));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      const here = `${path}/${key}`;
      if (key === '$ref' && typeof value === 'string') {
        const target = new URL(value, from.base);
        const fragment = target.hash.slice(1);
        target.hash = '';
        const owner = byUrl.get(target.href);
        if (!owner) throw new SchemaBundleError(`${from.name}#${path}: $ref "${value}" leads outside the schema set (${target.href})`);
        const segments = pointerSegments(fragment);
        at(owner.schema, segments, `${from.name}#${path}: $ref "${value}"`);
        out[key] = localRef(localise(owner, segments));
      } else if (unsupported.has(key) || (key === '$id' && path !== '')) {
        throw new SchemaBundleError(`${from.name}#${path}: ${key} is not supported in editor copies`);
      } else if (valueKeywords.has(key)) {
        out[key] = value; // instance values, not schemas: a "$ref" inside them is data
      } else if (nameMaps.has(key) && isObject(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, rewrite(sub, from, `${here}/${name}`)]));
      } else {
        out[key] = rewrite(value, from, here);
      }
    }
    return out;
  };

  const result = rewrite(rootEntry.schema, rootEntry, '') as JsonObject;
  // Copies bring their own references along; follow them until nothing new is needed.
  for (let next = pending.shift(); next; next = pending.shift()) {
    const part = at(next.from.schema, next.segments, next.from.name);
    const copy = rewrite(isObject(part) ? stripResourceKeys(part) : part, next.from, `#${next.segments.map((s) => `/${s}`).join('')}`);
    added[next.local] = copy;
  }
  if (Object.keys(added).length > 0) {
    const { $defs: _own, ...rest } = result;
    return { ...rest, $defs: { ...(isObject(result['$defs']) ? result['$defs'] : {}), ...added } };
  }
  return result;
}

/** A whole schema copied as a definition drops the keys that only make sense at a document's top. */
function stripResourceKeys(schema: JsonObject): JsonObject {
  const { $id: _id, $schema: _schema, ...rest } = schema;
  return rest;
}

/** Every schema of the set, self-contained, in the order given. */
export function selfContainedSchemas(all: readonly NamedSchema[]): NamedSchema[] {
  return all.map(({ name }) => ({ name, schema: selfContainedSchema(name, all) }));
}
