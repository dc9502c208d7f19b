import { scanTopLevel } from '../edit/line-plan.js';

/** An item of a top-level block list: its list, its index there, and its [start, end) offsets. */
export interface ListItem {
  list: string;
  index: number;
  start: number;
  end: number;
  /** 0-based lines of `start` and `end`. */
  line: number;
  endLine: number;
}

/** A top-level block list of a file, as offsets only (no object per item): where each item starts, and where the list ends. */
export interface ListIndex {
  list: string;
  /** Offset and 0-based line of each item's start. */
  starts: readonly number[];
  lines: readonly number[];
  /** Just past the list's last item, and its line. */
  end: number;
  endLine: number;
}

/**
 * The top-level block lists of a file (`mentees:`, `sessions:`…), found by a scan of its lines,
 * without parsing it. Undefined when the scan cannot tell (flow lists, directives, a layout it does
 * not read with certainty): the caller then reads the file whole.
 */
export function listIndexes(text: string): ListIndex[] | undefined {
  const keys = scanTopLevel(text, true);
  if (!keys) return undefined;
  return keys
    .filter((key) => !key.other && (key.inline === '' || key.inline === '[]'))
    .map((key) => ({ list: key.key, starts: key.starts ?? [], lines: key.startLines ?? [], end: key.contentEnd, endLine: key.contentEndLine }));
}

/** The items of every top-level block list of a file (see `listIndexes`), one object each. */
export function listItems(text: string): ListItem[] | undefined {
  // One addition asks about the same few large texts several times: the last answers are kept.
  if (scanned.has(text)) return scanned.get(text);
  const lists = listIndexes(text);
  const items = lists?.flatMap((l) => l.starts.map((_, index) => itemOf(l, index)));
  if (scanned.size >= 64) scanned.delete(scanned.keys().next().value!);
  scanned.set(text, items);
  return items;
}

const scanned = new Map<string, ListItem[] | undefined>();

/** Item `index` of a list. */
export function itemOf(l: ListIndex, index: number): ListItem {
  const last = index + 1 === l.starts.length;
  return { list: l.list, index, start: l.starts[index]!, end: last ? l.end : l.starts[index + 1]!, line: l.lines[index]!, endLine: last ? l.endLine : l.lines[index + 1]! };
}

/** A stand-in for a file: its text with only some items left, and the real index of each item left, per list. */
export interface StandIn {
  text: string;
  /**
   * The same text without the empty lines that keep the real line numbers: the same data, read
   * without walking a 5 MB file's worth of newlines (`text` is what positions are taken from).
   */
  compact: string;
  indexes: Map<string, number[]>;
}

/**
 * The text of a file with every list item not kept blanked out, line for line: comments, keys and
 * the kept items stay on the lines they have in the real file, so a finding about them has the real
 * line, column and excerpt, while the thousands of other items are never parsed. A list left with
 * no item reads `key: []` (still a list, as the schema wants).
 */
export function standIn(text: string, items: readonly ListItem[], keep: (item: ListItem) => boolean): StandIn {
  const lists = new Map<string, ListItem[]>();
  for (const item of items) {
    const list = lists.get(item.list);
    if (list) list.push(item);
    else lists.set(item.list, [item]);
  }
  const indexes = [...lists].map(([list, its]) => ({ list, starts: its.map((i) => i.start), lines: its.map((i) => i.line), end: its[its.length - 1]!.end, endLine: its[its.length - 1]!.endLine }));
  return standInOf(text, indexes, (list, index) => keep(lists.get(list)![index]!));
}

/** New items at the end of a list's items: `text` put in at `at` (the list's `end`, a line start). */
export interface Appended {
  list: string;
  at: number;
  text: string;
  /** How many items the text holds. */
  count: number;
}

/**
 * The items a stand-in keeps: by a test of each item, or (for a large file, where a call per item
 * costs more than the rest) as the indexes kept in each list; a list not named keeps none.
 */
export type KeptItems = ((list: string, index: number) => boolean) | ReadonlyMap<string, Iterable<number>>;

/** The indexes of a list's items kept, ascending and within the list. */
function keptOf(keep: KeptItems, l: ListIndex): number[] {
  const count = l.starts.length;
  if (typeof keep !== 'function') return [...new Set(keep.get(l.list) ?? [])].filter((i) => i >= 0 && i < count).sort((a, b) => a - b);
  const kept: number[] = [];
  for (let index = 0; index < count; index++) if (keep(l.list, index)) kept.push(index);
  return kept;
}

/**
 * `standIn` from a file's list indexes, items named by list and index: no object per item of a 5 MB
 * records file. With `appended`, the stand-in of the text with those items put in (all kept), made
 * from the text before them: the new text is neither scanned nor copied. `decode` turns each piece
 * copied from `text` into the stand-in's text (a byte view's pieces into text: only what is kept
 * is decoded, never the whole file's worth of empty lines).
 */
export function standInOf(text: string, lists: readonly ListIndex[], keep: KeptItems, appended?: Appended, decode: (piece: string) => string = (piece) => piece): StandIn {
  const indexes = new Map<string, number[]>();
  const kept = lists.map((l) => {
    const keptIndexes = keptOf(keep, l);
    const extra = appended?.list === l.list ? Array.from({ length: appended.count }, (_, k) => l.starts.length + k) : [];
    if (l.starts.length > 0 || extra.length > 0) indexes.set(l.list, [...keptIndexes, ...extra]);
    return keptIndexes;
  });
  const emptied = new Set([...indexes].filter(([, list]) => list.length === 0).map(([key]) => key));
  // What stays is copied (with an emptied list's key made `key: []`); each run of items left out
  // becomes as many empty lines as it had (items start and end at line starts).
  const parts: string[] = [];
  const pieces: string[] = [];
  const copied = (segment: string): string => {
    const piece = decode(emptied.size === 0 ? segment : segment.replace(/^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:[ \t]*(#.*)?(?=\r?$)/gm, (line, key: string) => (emptied.has(key) ? `${key}: []` : line)));
    pieces.push(piece);
    return piece;
  };
  let pending = appended;
  const copy = (from: number, to: number): void => {
    if (pending && from <= pending.at && pending.at <= to) {
      parts.push(copied(text.slice(from, pending.at)), copied(pending.text));
      from = pending.at;
      pending = undefined;
    }
    parts.push(copied(text.slice(from, to)));
  };
  let at = 0;
  lists.forEach((l, n) => {
    const count = l.starts.length;
    // The runs of items left out lie between the items kept (and before the first, after the last).
    let first = 0;
    for (const next of [...kept[n]!, count]) {
      if (next > first) {
        const last = next - 1;
        const end = last + 1 === count ? l.end : l.starts[last + 1]!;
        const endLine = last + 1 === count ? l.endLine : l.lines[last + 1]!;
        copy(at, l.starts[first]!);
        parts.push('\n'.repeat(endLine - l.lines[first]!));
        at = end;
      }
      first = next + 1;
    }
  });
  copy(at, text.length);
  // The text with its empty lines is as long as the file: joined only when asked for.
  let joined: string | undefined;
  return {
    get text(): string {
      return (joined ??= parts.join(''));
    },
    compact: pieces.join(''),
    indexes,
  };
}

const idToken = /[A-Za-z0-9][A-Za-z0-9._-]*/g;

/** The words of a text that look like ids (the schema's id pattern). */
export function idTokens(text: string): string[] {
  return text.match(idToken) ?? [];
}

/** Whether `id` occurs in `text` at `at` as a whole word (not inside a longer id). */
function wholeWordAt(text: string, at: number, id: string): boolean {
  const word = /[A-Za-z0-9._-]/;
  return !word.test(text[at - 1] ?? ' ') && !word.test(text[at + id.length] ?? ' ');
}

/** The items of a file whose text mentions any of `ids` as a whole word. */
export function itemsMentioning(text: string, items: readonly ListItem[], ids: Iterable<string>): Set<ListItem> {
  const found = new Set<ListItem>();
  if (items.length === 0) return found;
  for (const at of mentions(text, ids)) {
    const item = itemAt(items, at);
    if (item) found.add(item);
  }
  return found;
}

/** `itemsMentioning` from a file's list indexes: an object only for each item found. */
export function indexesMentioning(text: string, lists: readonly ListIndex[], ids: Iterable<string>): ListItem[] {
  const found = new Map<string, ListItem>();
  for (const at of mentions(text, ids)) {
    for (const l of lists) {
      if (l.starts.length === 0 || at < l.starts[0]! || at >= l.end) continue;
      const index = lastAtOrBefore(l.starts, at);
      found.set(`${l.list}\u0000${index}`, itemOf(l, index));
    }
  }
  return [...found.values()];
}

/** Where `ids` occur in `text` as whole words. */
function* mentions(text: string, ids: Iterable<string>): Generator<number> {
  for (const id of ids) {
    if (id === '') continue;
    for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + id.length)) if (wholeWordAt(text, at, id)) yield at;
  }
}

/** The index of the last of ascending `values` that is at most `offset` (there is one). */
function lastAtOrBefore(values: readonly number[], offset: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The item holding an offset (items are in file order), by binary search. */
function itemAt(items: readonly ListItem[], offset: number): ListItem | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    if (offset < item.start) hi = mid - 1;
    else if (offset >= item.end) lo = mid + 1;
    else return item;
  }
  return undefined;
}

/** The `id` an item defines (`- id: x` or `- { id: x, … }`), read from its text. */
export function itemId(text: string, item: ListItem): string | undefined {
  const opening = openingId(text, item.start);
  if (opening !== undefined) return opening;
  // Most items open with their id: the first line is enough, without copying the whole item.
  const newline = text.indexOf('\n', item.start);
  const first = itemIdPattern.exec(text.slice(item.start, newline === -1 || newline > item.end ? item.end : newline));
  if (first) return first[1];
  return itemIdPattern.exec(text.slice(item.start, item.end))?.[1];
}

const itemIdPattern = /(?:^|[\s{,])id[ \t]*:[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]*)/m;

/**
 * The id of an item whose line opens `- id: x` (spaces, a dash, spaces, then `id:`), read character
 * by character: what `itemIdPattern` finds there (nothing before that `id` can start a match), at a
 * fraction of the cost on the 25,000 people items of a large programme. Undefined for any other
 * opening (the pattern then decides).
 */
function openingId(text: string, start: number): string | undefined {
  let i = start;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 45) return undefined;
  const dash = ++i;
  while (text.charCodeAt(i) === 32) i++;
  if (i === dash || text.charCodeAt(i) !== 105 || text.charCodeAt(i + 1) !== 100) return undefined;
  i += 2;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (text.charCodeAt(i) !== 58) return undefined;
  i++;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39) i++;
  const from = i;
  if (!isIdChar(text.charCodeAt(i), true)) return undefined;
  while (isIdChar(text.charCodeAt(i), false)) i++;
  return text.slice(from, i);
}

/** [A-Za-z0-9], and `._-` after the first character. */
function isIdChar(c: number, first: boolean): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (!first && (c === 46 || c === 95 || c === 45));
}

/**
 * A finding from a stand-in, worded for the real file: item 2 of the stand-in's `sessions` is
 * `sessions[5234]` in the real one.
 */
export function mapItemIndex<T extends { path: string; message: string; hint?: string }>(d: T, list: string, indexes: readonly number[]): T {
  const pattern = new RegExp(`(^|[^\\w-])(${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\[(\\d+)\\]`, 'g');
  const map = (text: string): string => text.replace(pattern, (whole, lead: string, name: string, index: string) => (indexes[Number(index)] === undefined ? whole : `${lead}${name}[${indexes[Number(index)]}]`));
  return { ...d, path: map(d.path), message: map(d.message), ...(d.hint !== undefined ? { hint: map(d.hint) } : {}) };
}
