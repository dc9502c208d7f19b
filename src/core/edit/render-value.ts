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
  /**
   * Spaces inside `[ ]` where they differ from those inside `{ }`, as in the common
   * `- { id: pair-01, competencies: [a, b] }`; absent means as `padding`.
   */
  seqPadding?: boolean;
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
  const braces = /\{ \S/.test(text) ? true : /\{[^\s}]/.test(text) ? false : undefined;
  const brackets = /\[ \S/.test(text) ? true : /\[[^\s\]]/.test(text) ? false : undefined;
  const padding = braces ?? brackets ?? fallback.padding;
  const seq = brackets !== undefined && brackets !== padding ? { seqPadding: brackets } : {};
  const { seqPadding: _inherited, ...base } = fallback;
  if (!isMap(node)) return { ...base, flow: node ? !isScalar(node) && (node as { flow?: boolean }).flow === true : fallback.flow, padding, ...seq };
  if (node.flow) return { ...base, flow: true, padding, ...seq };
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
  return { ...base, flow: false, flowKeys, flowItemKeys, padding, ...seq };
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
  const lines = (text: string): string[] => {
    const out = text.replace(/\n+$/, '').split('\n');
    return style.seqPadding === undefined || style.seqPadding === style.padding ? out : out.map((line) => repadSeqs(line, style.seqPadding!));
  };
  if (style.flow || isPlain(value)) {
    if (isMap(doc.contents) || isSeq(doc.contents)) doc.contents.flow = true;
    return lines(doc.toString(options));
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
  return lines(doc.toString(options));
}

/**
 * A rendered line with the spaces inside its flow lists' `[ ]` set to `padded`, the `{ }` left as
 * they are. Only a flow collection that starts the line's value (`- {`, `key: [`) is read, and
 * within it only brackets outside quotes, so a bracket in a quoted or plain text never changes.
 */
function repadSeqs(line: string, padded: boolean): string {
  const start = /^\s*(?:- )*(?:[\w.-]+: )?(?=[[{])/.exec(line);
  if (!start) return line;
  let out = line.slice(0, start[0].length);
  let quote = '';
  let depth = 0;
  const kinds: string[] = [];
  for (let i = start[0].length; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      out += c;
      if (quote === '"' && c === '\\') out += line[++i] ?? '';
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if (c === '[' || c === '{') {
      depth++;
      kinds.push(c);
      out += c;
      if (c === '[' && line[i + 1] !== ']') {
        while (line[i + 1] === ' ') i++;
        if (padded) out += ' ';
      }
      continue;
    }
    if (c === ']' || c === '}') {
      depth--;
      if (kinds.pop() === '[' && line[i - 1] !== '[') {
        out = out.replace(/ +$/, '');
        if (padded) out += ' ';
      }
      if (depth === 0) return out + line.slice(i);
    }
    out += c;
  }
  return out;
}

function allPlainNode(node: Node): boolean {
  if (isMap(node)) return node.items.every((p) => isScalar(p.value));
  if (isSeq(node)) return node.items.every((item) => isScalar(item));
  return true;
}
