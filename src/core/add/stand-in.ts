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

/**
 * The items of every top-level block list of a file (`mentees:`, `sessions:`…), found by a scan of
 * its lines, without parsing it. Undefined when the scan cannot tell (flow lists, directives, a
 * layout it does not read with certainty): the caller then reads the file whole.
 */
export function listItems(text: string): ListItem[] | undefined {
  // One addition asks about the same few large texts several times: the last answers are kept.
  if (scanned.has(text)) return scanned.get(text);
  const items = scanItems(text);
  if (scanned.size >= 64) scanned.delete(scanned.keys().next().value!);
  scanned.set(text, items);
  return items;
}

const scanned = new Map<string, ListItem[] | undefined>();

function scanItems(text: string): ListItem[] | undefined {
  const keys = scanTopLevel(text, true);
  if (!keys) return undefined;
  const items: ListItem[] = [];
  for (const key of keys) {
    if (key.other || (key.inline !== '' && key.inline !== '[]')) continue;
    const starts = key.starts ?? [];
    const lines = key.startLines ?? [];
    starts.forEach((start, index) => {
      const last = index + 1 === starts.length;
      items.push({ list: key.key, index, start, end: last ? key.contentEnd : starts[index + 1]!, line: lines[index]!, endLine: last ? key.contentEndLine : lines[index + 1]! });
    });
  }
  return items;
}

/** A stand-in for a file: its text with only some items left, and the real index of each item left, per list. */
export interface StandIn {
  text: string;
  indexes: Map<string, number[]>;
}

/**
 * The text of a file with every list item not kept blanked out, line for line: comments, keys and
 * the kept items stay on the lines they have in the real file, so a finding about them has the real
 * line, column and excerpt, while the thousands of other items are never parsed. A list left with
 * no item reads `key: []` (still a list, as the schema wants).
 */
export function standIn(text: string, items: readonly ListItem[], keep: (item: ListItem) => boolean): StandIn {
  const indexes = new Map<string, number[]>();
  const kept = items.map((item) => keep(item));
  items.forEach((item, i) => {
    const list = indexes.get(item.list) ?? [];
    if (kept[i]) list.push(item.index);
    indexes.set(item.list, list);
  });
  const emptied = new Set([...indexes].filter(([, list]) => list.length === 0).map(([key]) => key));
  // What stays is copied (with an emptied list's key made `key: []`); each run of items left out
  // becomes as many empty lines as it had (items start and end at line starts).
  const parts: string[] = [];
  const copy = (from: number, to: number): void => {
    const segment = text.slice(from, to);
    parts.push(emptied.size === 0 ? segment : segment.replace(/^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:[ \t]*(#.*)?(?=\r?$)/gm, (line, key: string) => (emptied.has(key) ? `${key}: []` : line)));
  };
  let at = 0;
  for (let i = 0; i < items.length; ) {
    if (kept[i]) {
      i++;
      continue;
    }
    const first = items[i]!;
    let last = first;
    while (i + 1 < items.length && !kept[i + 1] && items[i + 1]!.start === last.end) last = items[++i]!;
    i++;
    copy(at, first.start);
    parts.push('\n'.repeat(last.endLine - first.line));
    at = last.end;
  }
  copy(at, text.length);
  return { text: parts.join(''), indexes };
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
  for (const id of ids) {
    if (id === '') continue;
    for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + id.length)) {
      if (!wholeWordAt(text, at, id)) continue;
      const item = itemAt(items, at);
      if (item) found.add(item);
    }
  }
  return found;
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
  // Most items open with their id: the first line is enough, without copying the whole item.
  const newline = text.indexOf('\n', item.start);
  const first = itemIdPattern.exec(text.slice(item.start, newline === -1 || newline > item.end ? item.end : newline));
  if (first) return first[1];
  return itemIdPattern.exec(text.slice(item.start, item.end))?.[1];
}

const itemIdPattern = /(?:^|[\s{,])id[ \t]*:[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]*)/m;

/**
 * A finding from a stand-in, worded for the real file: item 2 of the stand-in's `sessions` is
 * `sessions[5234]` in the real one.
 */
export function mapItemIndex<T extends { path: string; message: string; hint?: string }>(d: T, list: string, indexes: readonly number[]): T {
  const pattern = new RegExp(`(^|[^\\w-])(${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\[(\\d+)\\]`, 'g');
  const map = (text: string): string => text.replace(pattern, (whole, lead: string, name: string, index: string) => (indexes[Number(index)] === undefined ? whole : `${lead}${name}[${indexes[Number(index)]}]`));
  return { ...d, path: map(d.path), message: map(d.message), ...(d.hint !== undefined ? { hint: map(d.hint) } : {}) };
}
