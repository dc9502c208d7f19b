import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';

/** How a new item is written, learnt from the item before it (or chosen for an empty list). */
export interface ItemStyle {
  /** The whole item on one line, `- { pair: p-01, date: 2026-03-02, minutes: 60 }`. */
  flow: boolean;
  /** Per key of a mapping item: whether its collection value is written in flow style (`levels: { a: 4 }`). */
  flowKeys?: ReadonlyMap<string, boolean>;
  /** Per key whose value is a list of mappings: whether those mappings are written in flow style. */
  flowItemKeys?: ReadonlyMap<string, boolean>;
  /** Spaces inside flow brackets: `[ a, b ]` (yaml's default) or `[a, b]`. */
  padding: boolean;
  /** Nested block lists indented under their key (`  - x`) or at its column (`- x`). */
  indentSeq: boolean;
  /** Spaces per nesting level inside a block item. */
  indent: number;
}

export const defaultItemStyle: ItemStyle = { flow: false, padding: true, indentSeq: true, indent: 2 };

const isPlain = (value: unknown): boolean => value === null || typeof value !== 'object';

/**
 * The style of an existing item, for the next one to look the same: flow or block, and for each
 * key of a mapping item whether its list or mapping is written in flow style. `text` is the
 * item's source, so padding (`[ a ]` or `[a]`) can be read from it.
 */
export function styleOf(node: Node | null | undefined, text: string, fallback: ItemStyle = defaultItemStyle): ItemStyle {
  const padding = /[[{] \S/.test(text) ? true : /[[{][^\s\]}]/.test(text) ? false : fallback.padding;
  if (!isMap(node)) return { ...fallback, flow: node ? !isScalar(node) && (node as { flow?: boolean }).flow === true : fallback.flow, padding };
  if (node.flow) return { ...fallback, flow: true, padding };
  const flowKeys = new Map<string, boolean>();
  const flowItemKeys = new Map<string, boolean>();
  for (const pair of (node as YAMLMap).items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const value = pair.value;
    if (isMap(value) || isSeq(value)) flowKeys.set(key, value.flow === true);
    if (isSeq(value) && !value.flow) {
      const first = value.items[0];
      if (isMap(first)) flowItemKeys.set(key, first.flow === true);
    }
  }
  return { ...fallback, flow: false, flowKeys, flowItemKeys, padding };
}

/**
 * A value written as YAML lines with no indentation of their own, for the caller to place: one
 * line in flow style, or a block. Scalars are quoted only where YAML needs it (`"007"`, `"yes: no"`),
 * so an id that looks like a number stays text. Nested lists and mappings of plain values are
 * written in flow style unless the style says otherwise, the way the scaffold writes them.
 */
export function renderValue(value: unknown, style: ItemStyle): string[] {
  const doc = new Document(value);
  const options = { lineWidth: 0, minContentWidth: 0, indent: style.indent, indentSeq: style.indentSeq, flowCollectionPadding: style.padding };
  if (style.flow || isPlain(value)) {
    if (isMap(doc.contents) || isSeq(doc.contents)) doc.contents.flow = true;
    return [doc.toString(options).replace(/\n+$/, '')];
  }
  const top = doc.contents;
  if (isMap(top)) {
    for (const pair of top.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const child = pair.value;
      if (!isMap(child) && !isSeq(child)) continue;
      child.flow = style.flowKeys?.get(key) ?? allPlainNode(child);
      if (isSeq(child) && !child.flow) {
        const itemsFlow = style.flowItemKeys?.get(key) ?? child.items.every((item) => isMap(item) && item.items.every((p) => isScalar(p.value)));
        for (const item of child.items) if (isMap(item)) item.flow = itemsFlow;
      }
    }
  }
  return doc.toString(options).replace(/\n+$/, '').split('\n');
}

function allPlainNode(node: Node): boolean {
  if (isMap(node)) return node.items.every((p) => isScalar(p.value));
  if (isSeq(node)) return node.items.every((item) => isScalar(item));
  return true;
}
