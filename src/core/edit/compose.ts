import { renderValue, type ItemStyle } from './render-value.js';
import type { Splice } from './types.js';

/** Lines of new text, and which of them hold each appended value (`to` exclusive). */
export interface Block {
  lines: string[];
  items: { from: number; to: number }[];
}

/** List items as lines: `- ` at `dashColumn`, continuation lines under the item's first key. */
export function itemLines(values: readonly unknown[], style: ItemStyle, dashColumn: number, contentColumn = dashColumn + 2): Block {
  const dash = `${' '.repeat(dashColumn)}-${' '.repeat(Math.max(1, contentColumn - dashColumn - 1))}`;
  const pad = ' '.repeat(contentColumn);
  const block: Block = { lines: [], items: [] };
  for (const value of values) {
    const from = block.lines.length;
    block.lines.push(...renderValue(value, style).map((line, i) => (i === 0 ? `${dash}${line}` : line === '' ? '' : `${pad}${line}`)));
    block.items.push({ from, to: block.lines.length });
  }
  return block;
}

/** The block with a blank line before each item: for a list whose items are set apart by blank lines. */
export function spaced(block: Block): Block {
  const out: Block = { lines: [], items: [] };
  for (const r of block.items) {
    out.lines.push('');
    const from = out.lines.length;
    out.lines.push(...block.lines.slice(r.from, r.to));
    out.items.push({ from, to: out.lines.length });
  }
  return out;
}

/** A new key holding a list: `key:` at `column`, its items below. */
export function keyWithList(key: string, values: readonly unknown[], style: ItemStyle, column: number): Block {
  const dashColumn = column + (style.indentSeq ? style.indent : 0);
  const items = itemLines(values, style, dashColumn);
  return { lines: [`${' '.repeat(column)}${scalarText(key)}:`, ...items.lines], items: items.items.map((r) => ({ from: r.from + 1, to: r.to + 1 })) };
}

/** A new key with a value: on one line when the value is plain or short, else as a block below the key. */
export function keyWithValue(key: string, value: unknown, style: ItemStyle, column: number): string[] {
  const inline = inlineText(value, style);
  if (inline !== undefined) return [`${' '.repeat(column)}${scalarText(key)}: ${inline}`];
  if (Array.isArray(value)) return keyWithList(key, value, style, column).lines;
  const pad = ' '.repeat(column + style.indent);
  return [`${' '.repeat(column)}${scalarText(key)}:`, ...renderValue(value, { ...style, flow: false }).map((line) => (line === '' ? '' : `${pad}${line}`))];
}

/** The value on one line, when it is plain (text, a number) or a short flat list or mapping; else undefined. */
export function inlineText(value: unknown, style: ItemStyle): string | undefined {
  if (value === null || typeof value !== 'object') return renderValue(value, style)[0]!;
  const flat = Object.values(value).every((v) => v === null || typeof v !== 'object');
  if (!flat) return undefined;
  const line = renderValue(value, { ...style, flow: true })[0]!;
  return line.length <= 80 ? line : undefined;
}

function scalarText(key: string): string {
  return renderValue(key, { flow: true, padding: true, indentSeq: true, indent: 2 })[0]!;
}

/** Lines joined with the file's own line ending, ending in one. */
export function joinLines(lines: readonly string[], eol: string): string {
  return lines.map((line) => `${line}${eol}`).join('');
}

/** A block as a splice at `at`, `lead` (a newline the file lacked) first; item offsets relative to its text. */
export function blockSplice(at: number, block: Block, eol: string, lead = ''): Splice {
  const starts: number[] = [];
  let offset = lead.length;
  for (const line of block.lines) {
    starts.push(offset);
    offset += line.length + eol.length;
  }
  starts.push(offset);
  return { at, text: lead + joinLines(block.lines, eol), items: block.items.map((r) => ({ start: starts[r.from]!, end: starts[r.to]! })) };
}
