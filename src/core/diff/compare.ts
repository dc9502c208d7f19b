import { identityKeyOf, identityOf, listPattern, renameAnchors } from './identity.js';
import type { PathSegment } from './path.js';
import { pairRenames } from './similarity.js';
import type { ChangeKind } from './types.js';

/** A change before it is placed in a section and tied to decisions. */
export interface RawChange {
  segments: PathSegment[];
  /** Under a rename: the path in the old document. */
  oldSegments?: PathSegment[];
  kind: ChangeKind;
  old?: unknown;
  new?: unknown;
  similarity?: number;
  /** The one change standing for a whole-programme date shift (set by the caller, see diffProgrammes). */
  shift?: { days: number; dates: number };
  /** A date that moved within a shifted programme: days from each programme's start (set by the caller). */
  position?: { old: number; new: number };
}

export interface CompareResult {
  changes: RawChange[];
}

export interface CompareOptions {
  /** Report items whose place in their list changed (`moved`); off by default, as order is no change. */
  moves?: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

interface Walk {
  changes: RawChange[];
  moves: boolean;
}

/**
 * Compares two documents value by value. Maps go key by key; lists of objects are matched by their
 * identity key (src/core/diff/identity.ts), never by position, with possible renames paired by
 * similarity; lists of plain values are compared as bags (order is no change). One pass over each
 * side with maps by identity: linear in the size of the documents.
 */
export function compareDocuments(oldDoc: unknown, newDoc: unknown, options: CompareOptions = {}): CompareResult {
  const walk: Walk = { changes: [], moves: options.moves === true };
  compare(walk, oldDoc, newDoc, [], undefined, '');
  return { changes: walk.changes };
}

function compare(walk: Walk, a: unknown, b: unknown, path: PathSegment[], oldPath: PathSegment[] | undefined, pattern: string): void {
  if (isRecord(a) && isRecord(b)) {
    for (const key of Object.keys(b)) {
      const next = [...path, key];
      const nextOld = oldPath && [...oldPath, key];
      const childPattern = pattern === '' ? key : `${pattern}.${key}`;
      if (!Object.hasOwn(a, key)) push(walk, { segments: next, kind: 'added', new: b[key] }, nextOld);
      else compare(walk, a[key], b[key], next, nextOld, childPattern);
    }
    for (const key of Object.keys(a)) {
      if (!Object.hasOwn(b, key)) push(walk, { segments: [...path, key], kind: 'removed', old: a[key] }, oldPath && [...oldPath, key]);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    compareLists(walk, a, b, path, oldPath, pattern);
    return;
  }
  if (!sameValue(a, b)) push(walk, { segments: path, kind: 'changed', old: a, new: b }, oldPath);
}

function push(walk: Walk, change: RawChange, oldPath: PathSegment[] | undefined): void {
  if (oldPath) change.oldSegments = oldPath;
  walk.changes.push(change);
}

function compareLists(walk: Walk, a: unknown[], b: unknown[], path: PathSegment[], oldPath: PathSegment[] | undefined, pattern: string): void {
  const itemPattern = `${pattern}[]`;
  if (a.every((v) => !isObjectLike(v)) && b.every((v) => !isObjectLike(v))) {
    compareBags(walk, a, b, path, oldPath);
    return;
  }
  const key = identityKeyOf(pattern, a, b);
  if (key === undefined) {
    // No identity to go by (duplicate ids, or items of mixed shape): position is all there is.
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const next = [...path, i];
      const nextOld = oldPath && [...oldPath, i];
      if (i >= a.length) push(walk, { segments: next, kind: 'added', new: b[i] }, nextOld);
      else if (i >= b.length) push(walk, { segments: next, kind: 'removed', old: a[i] }, nextOld);
      else compare(walk, a[i], b[i], next, nextOld, itemPattern);
    }
    return;
  }
  const select = (item: unknown): PathSegment => ({ key, value: identityOf(item, key) });
  const oldByKey = new Map<string, { item: unknown; index: number }>();
  a.forEach((item, index) => oldByKey.set(identityOf(item, key), { item, index }));
  const newKeys = new Set<string>();
  const added = new Map<string, unknown>();
  // Matched items in new order, with their old index: what `moved` is computed from.
  const matched: { key: string; oldIndex: number; newIndex: number }[] = [];
  b.forEach((item, newIndex) => {
    const k = identityOf(item, key);
    newKeys.add(k);
    const old = oldByKey.get(k);
    if (old) matched.push({ key: k, oldIndex: old.index, newIndex });
    else added.set(k, item);
  });
  const removed = new Map<string, unknown>();
  for (const [k, { item }] of oldByKey) if (!newKeys.has(k)) removed.set(k, item);

  const renames = key === 'id' ? pairRenames(removed, added, key, renameAnchors[listPattern(pattern)]) : [];
  const renamedFrom = new Map(renames.map((r) => [r.newKey, r]));
  const renamedTo = new Set(renames.map((r) => r.oldKey));
  const oldItemPath = (item: unknown): PathSegment[] | undefined => (oldPath ? [...oldPath, select(item)] : undefined);

  // New order; a removed item is told right after the item that came before it in the old list
  // and is still there (found in one forward pass), so a replaced item reads − then +.
  const newIndexOf = new Map<string, number>();
  b.forEach((item, i) => newIndexOf.set(identityOf(item, key), i));
  const removedAfter = new Map<number, unknown[]>();
  let lastSurvivor = -1;
  for (const item of a) {
    const k = identityOf(item, key);
    const here = newIndexOf.get(k);
    if (here !== undefined) lastSurvivor = here;
    else if (removed.has(k) && !renamedTo.has(k)) {
      const list = removedAfter.get(lastSurvivor);
      if (list) list.push(item);
      else removedAfter.set(lastSurvivor, [item]);
    }
  }
  const moved = walk.moves ? movedKeys(matched) : new Set<string>();
  const tellRemoved = (after: number): void => {
    for (const gone of removedAfter.get(after) ?? []) push(walk, { segments: [...path, select(gone)], kind: 'removed', old: gone }, oldItemPath(gone));
  };
  tellRemoved(-1);
  b.forEach((item, newIndex) => {
    const k = identityOf(item, key);
    const next = [...path, select(item)];
    const old = oldByKey.get(k);
    if (old) {
      if (moved.has(k)) push(walk, { segments: next, kind: 'moved', old: old.index + 1, new: newIndex + 1 }, oldItemPath(old.item));
      compare(walk, old.item, item, next, oldItemPath(old.item), itemPattern);
      tellRemoved(newIndex);
      return;
    }
    const rename = renamedFrom.get(k);
    if (!rename) {
      push(walk, { segments: next, kind: 'added', new: item }, oldPath && [...oldPath, select(item)]);
      return;
    }
    const before = removed.get(rename.oldKey);
    const beforePath = [...(oldPath ?? path), { key, value: rename.oldKey }];
    walk.changes.push({ segments: next, oldSegments: beforePath, kind: 'renamed', old: rename.oldKey, new: k, similarity: Math.round(rename.score * 100) / 100 });
    // The id itself is the rename; the rest of the item is compared as usual.
    const { [key]: _oldId, ...beforeRest } = before as Record<string, unknown>;
    const { [key]: _newId, ...afterRest } = item as Record<string, unknown>;
    compare(walk, beforeRest, afterRest, next, beforePath, itemPattern);
  });
}

const isObjectLike = (v: unknown): boolean => v !== null && typeof v === 'object';

/** Lists of plain values (role ids, rules, departments) as bags: what one side has more of is added or removed. */
function compareBags(walk: Walk, a: unknown[], b: unknown[], path: PathSegment[], oldPath: PathSegment[] | undefined): void {
  const count = new Map<string, number>();
  const keyOf = (v: unknown): string => `${typeof v}:${String(v)}`;
  for (const v of a) count.set(keyOf(v), (count.get(keyOf(v)) ?? 0) + 1);
  const extra: unknown[] = [];
  for (const v of b) {
    const n = count.get(keyOf(v)) ?? 0;
    if (n > 0) count.set(keyOf(v), n - 1);
    else extra.push(v);
  }
  for (const v of a) {
    const n = count.get(keyOf(v)) ?? 0;
    if (n > 0) {
      count.set(keyOf(v), n - 1);
      push(walk, { segments: path, kind: 'removed', old: v }, oldPath);
    }
  }
  for (const v of extra) push(walk, { segments: path, kind: 'added', new: v }, oldPath);
}

/**
 * Items that moved: those outside a longest run of matched items kept in their old order (a
 * longest increasing subsequence of old indexes, O(n log n)), so one item moved is one move, not
 * every item after it.
 */
function movedKeys(matched: readonly { key: string; oldIndex: number }[]): Set<string> {
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous: number[] = [];
  matched.forEach(({ oldIndex }, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < oldIndex) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = oldIndex;
    tailAt[lo] = i;
    previous[i] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tailAt[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  const moved = new Set<string>();
  matched.forEach(({ key }, i) => {
    if (!kept.has(i)) moved.add(key);
  });
  return moved;
}

/** Deep equality of plain YAML values (numbers by value, so `4.0` equals `4`). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // `.nan` in YAML is NaN, which equals nothing, itself included; in a file it is one value.
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}
