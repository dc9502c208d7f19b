import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { blockSplice, inlineText, itemLines, joinLines, keyWithList, keyWithValue, spaced, type Block } from './compose.js';
import { defaultItemStyle, renderValue, styleOf, type ItemStyle } from './render-value.js';
import { afterCommentedSample, blankBetween, columnOf, flowPadding, lineEndAfter, lineEnding, lineStartOf } from './text-lines.js';
import { YamlEditError, type EditOptions, type EditPath, type Splice, type YamlEdit } from './types.js';

/** The parsed file an edit is planned on. */
export interface Parsed {
  source: string;
  doc: Document.Parsed;
  eol: string;
  /** Whether the file indents block lists under their key (`key:\n  - a`), as most do. */
  indentSeq: boolean;
  /** The file's habit inside flow brackets: `[ a ]` or `[a]`. */
  padding: boolean;
}

export function parseForEdit(source: string): Parsed {
  const doc = parseDocument(source, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new YamlEditError('yaml-errors', [], doc.errors[0]!.message.split('\n')[0]);
  return { source, doc, eol: lineEnding(source), indentSeq: detectIndentSeq(doc, source), padding: flowPadding(source) ?? defaultItemStyle.padding };
}

/** Whether the file's block lists are indented under their keys; the first one found decides. */
function detectIndentSeq(doc: Document.Parsed, source: string): boolean {
  let found: boolean | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && isSeq(pair.value) && !pair.value.flow && pair.key.range && pair.value.range) {
        found = columnOf(source, pair.value.range[0]) > columnOf(source, pair.key.range[0]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found ?? true;
}

const keyOf = (pair: Pair): string | undefined => (isScalar(pair.key) ? String(pair.key.value) : undefined);

function pairAt(map: YAMLMap, key: string | number): Pair | undefined {
  return map.items.find((p) => keyOf(p as Pair) === String(key)) as Pair | undefined;
}

function nodeAt(parsed: Parsed, path: EditPath): unknown {
  return path.length === 0 ? parsed.doc.contents : parsed.doc.getIn(path, true);
}

function mapAt(parsed: Parsed, path: EditPath): YAMLMap {
  const node = nodeAt(parsed, path);
  if (!isMap(node)) throw new YamlEditError('not-a-mapping', path);
  if (node.flow) throw new YamlEditError('unsupported', path, 'a mapping written in flow style');
  return node;
}

/** Where text ends on its line: a new line starts right after. */
function endOfPair(source: string, pair: Pair): number {
  const value = pair.value as Node | null;
  const end = value?.range?.[1] ?? (pair.key as Node).range![1];
  return lineEndAfter(source, end);
}

/**
 * Where a new key goes in a block mapping, and at which column: before the first key that should
 * follow it (by `keyOrder`), else after the last key; right under a commented-out sample of it
 * (`# key:` …) when one stands there.
 */
function newKeyPlace(parsed: Parsed, map: YAMLMap, mapPath: EditPath, key: string, options: EditOptions): { at: number; column: number } {
  const { source } = parsed;
  const items = map.items as Pair[];
  if (items.length === 0) throw new YamlEditError('unsupported', mapPath, 'an empty mapping');
  const column = columnOf(source, (items[0]!.key as Node).range![0]);
  const order = options.keyOrder?.(mapPath);
  const rank = (k: string | undefined): number => (order && k !== undefined ? order.indexOf(k) : -1);
  const own = rank(key);
  const nextIndex = own === -1 ? -1 : items.findIndex((p) => rank(keyOf(p)) > own);
  let regionStart: number;
  let regionEnd: number;
  if (nextIndex === -1) {
    regionStart = endOfPair(source, items[items.length - 1]!);
    regionEnd = mapPath.length === 0 ? source.length : regionStart;
  } else {
    regionEnd = lineStartOf(source, (items[nextIndex]!.key as Node).range![0]);
    regionStart = nextIndex === 0 ? regionEnd : endOfPair(source, items[nextIndex - 1]!);
  }
  return { at: afterCommentedSample(source, regionStart, regionEnd, key, column) ?? regionStart, column };
}

/** Text inserted at `at`, on lines of its own: a newline first when `at` ends a file without one. */
function linesAt(parsed: Parsed, at: number, block: Block | readonly string[]): Splice {
  const lead = at === parsed.source.length && at > 0 && !parsed.source.endsWith('\n') ? parsed.eol : '';
  return blockSplice(at, 'lines' in block ? block : { lines: [...block], items: [] }, parsed.eol, lead);
}

/** What the file itself says about style, before any item is looked at. */
function fileStyle(parsed: Parsed): ItemStyle {
  return { ...defaultItemStyle, indentSeq: parsed.indentSeq, padding: parsed.padding };
}

function newListStyle(parsed: Parsed, path: EditPath, options: EditOptions): ItemStyle {
  return { ...fileStyle(parsed), ...(options.newListStyle?.(path, othersFlow(parsed, path)) ?? {}) };
}

/**
 * Whether the other block lists of the mapping a new list goes into write their items in flow style
 * (see `EditOptions.newListStyle`), from the last item of each that is a mapping.
 */
function othersFlow(parsed: Parsed, path: EditPath): boolean | undefined {
  const parent = nodeAt(parsed, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const key = String(path[path.length - 1]);
  const styles = new Set<boolean>();
  for (const pair of parent.items as Pair[]) {
    if (keyOf(pair) === key || !isSeq(pair.value) || pair.value.flow) continue;
    const last = pair.value.items[pair.value.items.length - 1];
    if (isMap(last)) styles.add(last.flow === true);
  }
  return styles.size === 1 ? [...styles][0] : undefined;
}

/** Plans an append with the file's yaml Document: where the list's last item ends, or where the new key goes. */
export function planAppend(parsed: Parsed, edit: Extract<YamlEdit, { op: 'append' }>, options: EditOptions): Splice[] {
  const { source } = parsed;
  const { path, values } = edit;
  if (values.length === 0) return [];
  const node = nodeAt(parsed, path);
  if (isSeq(node)) return node.flow ? appendFlow(parsed, node, path, values, options) : appendBlock(parsed, node, values);
  if (node !== undefined && !(isScalar(node) && node.value === null)) throw new YamlEditError('not-a-list', path);
  const key = path[path.length - 1];
  if (typeof key !== 'string') throw new YamlEditError('not-a-list', path);
  const mapPath = path.slice(0, -1);
  const map = mapAt(parsed, mapPath);
  const pair = pairAt(map, key);
  const style = newListStyle(parsed, path, options);
  if (pair) {
    // `key:` or `key: ~` with nothing under it: the list goes below the key line.
    const keyNode = pair.key as Node;
    const column = columnOf(source, keyNode.range![0]);
    const splices: Splice[] = [];
    const value = pair.value as Node | null;
    if (value?.range && value.range[1] > value.range[0]) {
      let start = value.range[0];
      while (source[start - 1] === ' ') start--;
      splices.push({ at: start, remove: value.range[1] - start, text: '' });
    }
    const after = lineEndAfter(source, value?.range?.[1] ?? keyNode.range![1]);
    splices.push(linesAt(parsed, after, itemLines(values, style, column + (style.indentSeq ? style.indent : 0))));
    return splices;
  }
  const place = newKeyPlace(parsed, map, mapPath, key, options);
  return [linesAt(parsed, place.at, keyWithList(key, values, style, place.column))];
}

/** After the last item of a block list, in the style of that item. */
function appendBlock(parsed: Parsed, seq: YAMLSeq, values: readonly unknown[]): Splice[] {
  const { source } = parsed;
  const items = seq.items as Node[];
  const last = items[items.length - 1]!;
  const first = items[0]!;
  if (!last.range || !first.range || !seq.range) throw new YamlEditError('unsupported', [], 'a list without positions');
  const dashColumn = columnOf(source, seq.range[0]);
  // Where the item's text starts after its `-`: the spaces after the dash, not the node's column,
  // which an anchor or a tag before it (`- &monthly {…}`) would push to the right.
  const afterDash = /^-( +)/.exec(source.slice(seq.range[0], seq.range[0] + 64))?.[1]?.length ?? 1;
  const contentColumn = lineStartOf(source, first.range[0]) === lineStartOf(source, seq.range[0]) ? dashColumn + 1 + afterDash : dashColumn + 2;
  const lastStart = lineStartOf(source, last.range[0]);
  const style = styleOf(last, source.slice(lastStart, last.range[1]), fileStyle(parsed));
  const block = itemLines(values, style, dashColumn, contentColumn);
  return [linesAt(parsed, lineEndAfter(source, last.range[1]), blankBetween(source, dashLines(source, items, dashColumn)) ? spaced(block) : block)];
}

/** Where the line of each item's dash starts: the line of its text, or one above it (`- &anchor`, a lone `-`). */
function dashLines(source: string, items: readonly Node[], dashColumn: number): number[] {
  const dash = `${' '.repeat(dashColumn)}-`;
  return items.map((item) => {
    let at = lineStartOf(source, item.range?.[0] ?? 0);
    while (at > 0 && !source.startsWith(dash, at)) at = lineStartOf(source, at - 1);
    return at;
  });
}

/** Into a flow list: `[]` becomes a block list under its key; `[a, b]` gets `, c` before its bracket. */
function appendFlow(parsed: Parsed, seq: YAMLSeq, path: EditPath, values: readonly unknown[], options: EditOptions): Splice[] {
  const { source } = parsed;
  if (!seq.range) throw new YamlEditError('unsupported', path);
  const items = seq.items as Node[];
  if (items.length === 0) {
    const key = path[path.length - 1];
    const mapPath = path.slice(0, -1);
    const parent = nodeAt(parsed, mapPath);
    const pair = typeof key === 'string' && isMap(parent) && !parent.flow ? pairAt(parent, key) : undefined;
    if (!pair) throw new YamlEditError('unsupported', path, 'an empty flow list outside a block mapping');
    const column = columnOf(source, (pair.key as Node).range![0]);
    const style = newListStyle(parsed, path, options);
    let start = seq.range[0];
    while (source[start - 1] === ' ') start--;
    return [
      { at: start, remove: seq.range[1] - start, text: '' },
      linesAt(parsed, lineEndAfter(source, seq.range[1]), itemLines(values, style, column + (style.indentSeq ? style.indent : 0))),
    ];
  }
  const last = items[items.length - 1]!;
  if (!last.range) throw new YamlEditError('unsupported', path);
  const style = { ...styleOf(last, source.slice(seq.range[0], seq.range[1]), fileStyle(parsed)), flow: true };
  const texts = values.map((v) => renderValue(v, style)[0]!);
  const close = source.lastIndexOf(']', seq.range[1]);
  const between = source.slice(last.range[1], close);
  const comma = between.indexOf(',');
  const multiLine = between.includes('\n');
  const indent = ' '.repeat(columnOf(source, last.range[0]));
  const separator = multiLine ? `,${parsed.eol}${indent}` : ', ';
  // A trailing comma stays trailing.
  const trailing = comma !== -1;
  const at = trailing ? last.range[1] + comma + 1 : last.range[1];
  const before = trailing ? (multiLine ? `${parsed.eol}${indent}` : ' ') : separator;
  let text = '';
  const placed: { start: number; end: number }[] = [];
  for (const t of texts) {
    text += before;
    placed.push({ start: text.length, end: text.length + t.length });
    text += t + (trailing ? ',' : '');
  }
  return [{ at, text, items: placed }];
}

/** Plans setting a key: its value replaced where it stands, or the key added where it belongs. */
export function planSet(parsed: Parsed, edit: Extract<YamlEdit, { op: 'set' }>, options: EditOptions): Splice[] {
  const { source } = parsed;
  const key = edit.path[edit.path.length - 1];
  if (typeof key !== 'string') throw new YamlEditError('not-a-mapping', edit.path);
  const mapPath = edit.path.slice(0, -1);
  const map = mapAt(parsed, mapPath);
  const pair = pairAt(map, key);
  const style = fileStyle(parsed);
  if (!pair) {
    const place = newKeyPlace(parsed, map, mapPath, key, options);
    return [linesAt(parsed, place.at, keyWithValue(key, edit.value, style, place.column))];
  }
  const keyNode = pair.key as Node;
  const column = columnOf(source, keyNode.range![0]);
  const value = pair.value as Node | null;
  const inline = inlineText(edit.value, style);
  const keyEnd = keyNode.range![1];
  const colon = source.indexOf(':', keyEnd);
  const valueStart = value?.range?.[0] ?? colon + 1;
  const valueEnd = value?.range?.[1] ?? colon + 1;
  const blockValue = value !== null && (isMap(value) || isSeq(value)) && !value.flow;
  if (inline !== undefined) {
    // `key: old` → `key: new`; a block value below the key is replaced by the line.
    const start = blockValue ? colon + 1 : valueStart;
    const end = blockValue ? lineEndAfter(source, valueEnd) : valueEnd;
    return [{ at: start, remove: end - start, text: `${blockValue || start === colon + 1 ? ' ' : ''}${inline}${blockValue ? parsed.eol : ''}` }];
  }
  const lines = keyWithValue(key, edit.value, style, column).slice(1);
  if (blockValue) {
    const start = lineStartOf(source, valueStart);
    return [{ at: start, remove: lineEndAfter(source, valueEnd) - start, text: joinLines(lines, parsed.eol) }];
  }
  let start = valueStart;
  while (source[start - 1] === ' ') start--;
  const splices: Splice[] = [];
  if (valueEnd > start) splices.push({ at: start, remove: valueEnd - start, text: '' });
  splices.push(linesAt(parsed, lineEndAfter(source, valueEnd), lines));
  return splices;
}
