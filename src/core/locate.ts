import type { Node } from 'yaml';
import { yamlLib } from './parse/yaml-lib.js';
import type { DataPath, Position } from './diagnostics.js';
import { documentOf } from './parse/parse-source.js';
import type { Location } from './parse/parsed-file.js';
import { scalarSourceOffset } from './parse/scalar-offset.js';

export interface Span {
  start: Position;
  end?: Position;
}

const documentStart: Span = { start: { line: 1, column: 1 } };

/**
 * Turns a location into 1-based positions. Points at the value's node, or at the key of the last
 * segment when `target` is 'key' or the value is missing; walks up to the nearest existing node.
 */
export function locate(at: Location): Span {
  if (at.position) return { start: at.position };
  const { isMap, isNode, isPair, isScalar, isSeq } = yamlLib();
  const positioned = documentOf(at.file);
  if (!positioned) return documentStart;
  const { doc, lineCounter } = positioned;
  const toPos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (at.offset !== undefined) return { start: toPos(at.offset) };
  if (at.inValue && at.file.text !== undefined) {
    const node = doc.getIn(at.path, true);
    if (isScalar(node)) {
      const start = scalarSourceOffset(at.file.text, node, at.inValue.start);
      const last = scalarSourceOffset(at.file.text, node, at.inValue.end - 1);
      if (start !== undefined) return { start: toPos(start), ...(last !== undefined && last >= start ? { end: toPos(last + 1) } : {}) };
    }
  }
  const span = (node: { range?: [number, number, number] | null | undefined }): Span | undefined =>
    node.range ? { start: toPos(node.range[0]), end: toPos(node.range[1]) } : undefined;

  for (let depth = at.path.length; depth >= 0; depth--) {
    const path = at.path.slice(0, depth);
    const wantKey = depth === at.path.length ? at.target === 'key' : true;
    if (depth === 0) {
      const first = isMap(doc.contents) ? doc.contents.items[0] : undefined;
      if (first && isNode(first.key)) return span(first.key) ?? documentStart;
      return documentStart;
    }
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const last = path[depth - 1]!;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && keyMatches(p.key, last));
      if (!pair) continue;
      if (wantKey && isNode(pair.key)) return span(pair.key) ?? documentStart;
      if (isNode(pair.value)) return span(pair.value) ?? documentStart;
      if (isNode(pair.key)) return span(pair.key) ?? documentStart;
    } else if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last];
      if (isNode(item)) return span(item) ?? documentStart;
    }
  }
  return documentStart;
}

function keyMatches(key: unknown, segment: string | number): boolean {
  if (yamlLib().isScalar(key)) return String(key.value) === String(segment);
  return key === segment;
}

/**
 * A readable data path: array items with an `id` (or a plan's `competency`, a preparation `module`) are named by it,
 * e.g. `mentees[id=e-anowak].competencies[competency=negotiation].target`.
 */
export function identityPath(data: unknown, path: DataPath): string {
  let out = '';
  let node: unknown = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = Array.isArray(node) ? (node[segment] as unknown) : undefined;
      const key = identityKey(item);
      // An identity shared by two items names neither: fall back to the index.
      out += key && !repeatedKeys(node as unknown[]).has(key) ? `[${key}]` : `[${segment}]`;
      node = item;
    } else {
      out += out === '' ? segment : `.${segment}`;
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

const repeatedCache = new WeakMap<unknown[], Set<string>>();

/** Identity keys that occur more than once in a list, computed once per list. */
function repeatedKeys(items: unknown[]): Set<string> {
  let repeated = repeatedCache.get(items);
  if (!repeated) {
    const seen = new Set<string>();
    repeated = new Set<string>();
    for (const item of items) {
      const key = identityKey(item);
      if (key === undefined) continue;
      if (seen.has(key)) repeated.add(key);
      seen.add(key);
    }
    repeatedCache.set(items, repeated);
  }
  return repeated;
}

function identityKey(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  // Only keys that identify one item: a mentee's plan has one entry per competency and a mentor's
  // preparation one per module, but an assessment's competency repeats, so records go by index.
  const key = 'id' in record ? 'id' : 'baseline' in record ? 'competency' : 'completed' in record ? 'module' : undefined;
  const value = key === undefined ? undefined : record[key];
  return typeof value === 'string' || typeof value === 'number' ? `${key}=${value}` : undefined;
}

/** The source text of the scalar at a path (e.g. `007` where the value became 7), if there is one. */
export function sourceText(at: Location): string | undefined {
  const node = documentOf(at.file)?.doc.getIn(at.path, true) as Node | undefined;
  return yamlLib().isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}

/** The text of a 1-based line of a file (without its line break), for code frames. */
export function sourceLine(file: Location['file'], line: number): string | undefined {
  const text = file.text;
  const starts = text === undefined ? undefined : documentOf(file)?.lineCounter.lineStarts;
  if (text === undefined || !starts || line < 1 || line > starts.length) return undefined;
  const end = line < starts.length ? starts[line]! : text.length;
  return text.slice(starts[line - 1], end).replace(/\r?\n$/, '');
}
