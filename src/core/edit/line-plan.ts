import { isMap, isSeq, parseDocument } from 'yaml';
import { blockSplice, itemLines, keyWithList, spaced } from './compose.js';
import { defaultItemStyle, styleOf, type ItemStyle } from './render-value.js';
import { textOfView, viewOfText } from '../text/byte-view.js';
import { afterCommentedSample, blankBetween, flowPadding, lineEnding } from './text-lines.js';
import type { EditOptions, Splice } from './types.js';

/** A top-level key of a file, as a scan of its lines sees it. */
interface TopKey {
  key: string;
  lineStart: number;
  /** Just past the key line (newline included). */
  lineEnd: number;
  /** What follows `key:` on its line, without a comment. */
  inline: string;
  /** Just past the last line of its value, or of the key line when the value is inline or empty. */
  contentEnd: number;
  /** Column of the dashes of a block list below the key. */
  dashColumn: number | undefined;
  /** Start of the line of the list's last item. */
  lastItemStart: number | undefined;
  /** How many items the block list has. */
  items: number;
  /** Where each item's line starts, when asked for (`withStarts`). */
  starts: number[] | undefined;
  /** The 0-based line of each item's start, with `starts`. */
  startLines: number[] | undefined;
  /** Lines before `contentEnd` (the 0-based line just past the value). */
  contentEndLine: number;
  /** A value below the key that is not a block list (a mapping, a block scalar…). */
  other: boolean;
}

const keyLine = /^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/**
 * Finds the top-level keys of a file with one pass over its lines, without building a YAML
 * document: what makes appending to a 5 MB records file fast. Returns undefined at anything it does
 * not read with certainty (directives, a second document, tabs, quoted or complex keys, a root that
 * is not a mapping), and the caller falls back to the yaml Document.
 */
export function scanTopLevel(source: string, withStarts = false): TopKey[] | undefined {
  // An addition scans the same large records file to plan the append and to check it: once.
  if (scans.has(source)) return scans.get(source);
  const keys = scanLines(source, withStarts);
  if (withStarts) {
    if (scans.size >= 64) scans.delete(scans.keys().next().value!);
    scans.set(source, keys);
  }
  return keys;
}

/** The last scans with item starts, by text (a text longer than 16 K characters hashes by its length: no pass over it). */
const scans = new Map<string, TopKey[] | undefined>();

function scanLines(source: string, withStarts: boolean): TopKey[] | undefined {
  const scan: Scan = { keys: [], seen: new Set(), current: undefined, withStarts };
  let at = 0;
  let line = -1;
  while (at < source.length) {
    line++;
    const newline = source.indexOf('\n', at);
    const next = newline === -1 ? source.length : newline + 1;
    const start = at;
    at = next;
    const current = scan.current;
    // Most lines of a big file are items' own lines: indented, seen without copying them out. The
    // loop stays this small (every other line is read by a function of its own) so it is compiled
    // to fast code early in a large file.
    if (source.charCodeAt(start) === 32 && current !== undefined && current.dashColumn !== undefined) {
      let indent = 1;
      while (source.charCodeAt(start + indent) === 32) indent++;
      const c = source.charCodeAt(start + indent);
      if (c === 10 || c === 13 || start + indent >= next) continue;
      if (c === 35) {
        if (indent > current.dashColumn) contentLine(current, next, line);
        continue;
      }
      if (indent === current.dashColumn && c === 45) {
        const after = source.charCodeAt(start + indent + 1);
        if (after === 32 || after === 10 || after === 13) itemStarts(current, start, line);
      }
      contentLine(current, next, line);
      continue;
    }
    if (!readOtherLine(scan, source.slice(start, newline === -1 ? source.length : newline).replace(/\r$/, ''), start, next, line)) return undefined;
  }
  return scan.keys.length > 0 ? scan.keys : undefined;
}

/** What `scanLines` knows between lines. */
interface Scan {
  keys: TopKey[];
  seen: Set<string>;
  current: TopKey | undefined;
  withStarts: boolean;
}

/**
 * A line other than an item's own indented line (a key, a comment, a blank line, an item at
 * column 0, a list's first item): false at anything the scan does not read with certainty.
 */
function readOtherLine(scan: Scan, text: string, start: number, next: number, line: number): boolean {
  if (text.trim() === '') return true;
  const ch = text[0]!;
  if (ch === '#') return true;
  if (ch === '\t' || ch === '%') return false;
  const current = scan.current;
  if (ch === ' ' || ch === '-') {
    if (ch === '-' && /^(---|\.\.\.)(\s|$)/.test(text)) return scan.keys.length === 0 && !text.startsWith('...');
    if (!current) return false;
    const indent = text.length - text.trimStart().length;
    const rest = text.slice(indent);
    if (rest.startsWith('#')) {
      // A comment deeper than the list's items may be a line of a block scalar: content, to be safe.
      if (current.dashColumn !== undefined && indent > current.dashColumn) contentLine(current, next, line);
      return true;
    }
    const dash = rest === '-' || rest.startsWith('- ');
    if (current.dashColumn === undefined && !current.other) {
      if (dash && current.inline === '') current.dashColumn = indent;
      else current.other = true;
    }
    if (dash && indent === current.dashColumn) itemStarts(current, start, line);
    contentLine(current, next, line);
    return true;
  }
  const m = keyLine.exec(text);
  if (!m) return false;
  const key = m[1]!;
  if (scan.seen.has(key)) return false;
  scan.seen.add(key);
  const inline = (m[2] ?? '').replace(/(^|\s+)#.*$/, '').trim();
  // Every field set here, in one order: the scan reads them on every line, and objects of one
  // shape keep those reads fast.
  const withStarts = scan.withStarts;
  scan.current = { key, lineStart: start, lineEnd: next, inline, contentEnd: next, dashColumn: undefined, lastItemStart: undefined, items: 0, starts: withStarts ? [] : undefined, startLines: withStarts ? [] : undefined, contentEndLine: line + 1, other: false };
  scan.keys.push(scan.current);
  return true;
}

/** A list item of `key` opens at `start` (0-based `line`). */
function itemStarts(key: TopKey, start: number, line: number): void {
  key.lastItemStart = start;
  key.items++;
  key.starts?.push(start);
  key.startLines?.push(line);
}

/** Line `line` (ending at `next`) is content of `key`'s value. */
function contentLine(key: TopKey, next: number, line: number): void {
  key.contentEnd = next;
  key.contentEndLine = line + 1;
}

/**
 * Plans appending to a top-level list from the scan alone: after the list's last item, or a new
 * key where `keyOrder` puts it. Undefined when the list is not a plain block list (the caller uses
 * the yaml Document then). Each plan is checked by reading back the text around it.
 */
export function planTopLevelAppend(source: string, key: string, values: readonly unknown[], options: EditOptions): Splice[] | undefined {
  // With item starts: the check of the addition (src/core/add/stand-in.ts) asks for them next.
  const keys = scanTopLevel(source, true);
  if (!keys) return undefined;
  const eol = lineEnding(source);
  const target = keys.find((k) => k.key === key);
  // On a byte view (options.view), what is parsed or matched beyond ASCII is decoded first: the
  // first 64 K characters flowPadding reads lie within the first 3 × 64 K bytes.
  const text = (from: number, to: number): string => (options.view ? textOfView(source.slice(from, to)) : source.slice(from, to));
  const fileStyle: ItemStyle = { ...defaultItemStyle, indentSeq: indentSeqOf(keys), padding: flowPadding(options.view ? text(0, 3 * 65536) : source) ?? defaultItemStyle.padding };
  let fallback: ItemStyle;
  if (target?.lastItemStart !== undefined) fallback = { ...fileStyle, ...(options.newListStyle?.([key], undefined) ?? {}) };
  else {
    // A new list follows the file's other lists, as the scan reads their last items.
    const others = options.newListStyle ? othersFlow(keys, key, text) : undefined;
    if (others === null) return undefined;
    fallback = { ...fileStyle, ...(options.newListStyle?.([key], others) ?? {}) };
  }
  const lead = (at: number): string => (at === source.length && at > 0 && !source.endsWith('\n') ? eol : '');
  let splices: Splice[];
  let window: { from: number; expect: number };
  if (target) {
    if (target.other || (target.inline !== '' && target.inline !== '[]')) return undefined;
    if (target.lastItemStart === undefined) {
      // `key:` or `key: []` with nothing below it.
      const column = fallback.indentSeq ? fallback.indent : 0;
      const removal: Splice[] = [];
      if (target.inline === '[]') {
        const text = source.slice(target.lineStart, target.lineEnd);
        const bracket = text.indexOf('[]');
        let start = target.lineStart + bracket;
        while (source[start - 1] === ' ') start--;
        removal.push({ at: start, remove: target.lineStart + bracket + 2 - start, text: '' });
      }
      const at = target.lineEnd;
      splices = [...removal, blockSplice(at, itemLines(values, fallback, column), eol, lead(at))];
      window = { from: target.lineStart, expect: values.length };
    } else {
      const itemText = text(target.lastItemStart, target.contentEnd);
      const sibling = parseDocument(itemText);
      if (sibling.errors.length > 0 || !isSeq(sibling.contents) || sibling.contents.items.length !== 1) return undefined;
      const style = styleOf(sibling.contents.items[0] as never, itemText, fallback);
      const dashColumn = target.dashColumn!;
      const firstLine = itemText.split('\n')[0]!;
      const contentColumn = dashColumn + 1 + (/^-( +)/.exec(firstLine.slice(dashColumn))?.[1]?.length ?? 1);
      const at = target.contentEnd;
      const block = itemLines(values, style, dashColumn, contentColumn);
      splices = [blockSplice(at, blankBetween(source, target.starts!) ? spaced(block) : block, eol, lead(at))];
      // The scan knows the line it appends at (a line start, unless the file lacks its last newline).
      if (lead(at) === '') splices[0]!.line = target.contentEndLine;
      window = { from: target.lastItemStart, expect: values.length + 1 };
    }
  } else {
    const order = options.keyOrder?.([]);
    const rank = (k: string): number => (order ? order.indexOf(k) : -1);
    const own = rank(key);
    const nextIndex = own === -1 ? -1 : keys.findIndex((k) => rank(k.key) > own);
    const regionStart = nextIndex === -1 ? keys[keys.length - 1]!.contentEnd : nextIndex === 0 ? keys[0]!.lineStart : keys[nextIndex - 1]!.contentEnd;
    const regionEnd = nextIndex === -1 ? source.length : keys[nextIndex]!.lineStart;
    const region = text(regionStart, regionEnd);
    const sample = afterCommentedSample(region, 0, region.length, key, 0);
    const at = sample === undefined ? regionStart : regionStart + (options.view ? viewOfText(region.slice(0, sample)).length : sample);
    splices = [blockSplice(at, keyWithList(key, values, fallback, 0), eol, lead(at))];
    window = { from: at, expect: values.length };
  }
  if (!readsBack(source, splices, window, key, values, options.view === true)) return undefined;
  return options.view ? splices.map(viewSplice) : splices;
}

/** A splice of text as one of bytes (src/core/text/byte-view.ts), its items' offsets in bytes. */
function viewSplice(splice: Splice): Splice {
  const bytes = (offset: number): number => viewOfText(splice.text.slice(0, offset)).length;
  return { ...splice, text: viewOfText(splice.text), ...(splice.items ? { items: splice.items.map((r) => ({ start: bytes(r.start), end: bytes(r.end) })) } : {}) };
}

/**
 * Whether the other top-level block lists write their items in flow style, from the last item of
 * each that is a mapping (as the Document plan reads them); null when an item does not read alone.
 */
function othersFlow(keys: readonly TopKey[], key: string, text: (from: number, to: number) => string): boolean | undefined | null {
  const styles = new Set<boolean>();
  for (const k of keys) {
    if (k.key === key || k.lastItemStart === undefined || k.other) continue;
    const doc = parseDocument(text(k.lastItemStart, k.contentEnd));
    if (doc.errors.length > 0 || !isSeq(doc.contents) || doc.contents.items.length !== 1) return null;
    const item = doc.contents.items[0];
    if (isMap(item)) styles.add(item.flow === true);
  }
  return styles.size === 1 ? [...styles][0] : undefined;
}

/** The file's habit for block lists under a key, from the first list the scan saw. */
function indentSeqOf(keys: readonly TopKey[]): boolean {
  const list = keys.find((k) => k.dashColumn !== undefined);
  return list ? list.dashColumn! > 0 : true;
}

/**
 * Reads back the text from the list's last old item (or the new key) to the end of the insertion:
 * it must be one list whose last items are the values. This guards the scan's assumptions at the
 * cost of parsing a few lines, not the whole file.
 */
function readsBack(source: string, splices: readonly Splice[], window: { from: number; expect: number }, key: string, values: readonly unknown[], view: boolean): boolean {
  const last = splices[splices.length - 1]!;
  const head = applyAll(source.slice(window.from, last.at), splices.slice(0, -1).map((s) => ({ ...s, at: s.at - window.from })));
  const text = (view ? textOfView(head) : head) + last.text;
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  const data: unknown = doc.toJS();
  const list = Array.isArray(data) ? data : data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list) || list.length !== window.expect) return false;
  return JSON.stringify(list.slice(list.length - values.length)) === JSON.stringify(values);
}

function applyAll(text: string, splices: readonly Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.at - a.at)) out = out.slice(0, s.at) + s.text + out.slice(s.at + (s.remove ?? 0));
  return out;
}
