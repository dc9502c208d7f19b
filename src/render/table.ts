import Table from 'cli-table3';

export type Align = 'left' | 'right' | 'center';

/** A table as data: the one shape every human-facing table of mentor goes through. */
export interface TableData {
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** Per column; default left. */
  align?: readonly Align[];
}

/**
 * A boxed terminal table (cli-table3). Cells arrive already coloured or not: colour is decided
 * once at the edge, so the table itself never colours (cli-table3's own head/border colours off).
 */
export function terminalTable(data: TableData, options: { maxWidth?: number } = {}): string {
  const table = new Table({
    head: [...data.head],
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    ...(data.align ? { colAligns: [...data.align] } : {}),
    ...(options.maxWidth ? { wordWrap: true, colWidths: fitWidths(data, options.maxWidth) } : {}),
  });
  for (const row of data.rows) table.push(row.map((cell) => (typeof cell === 'number' ? String(cell) : cell)));
  return table.toString();
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes do not take up columns
const ansi = /\u001b\[[0-9;]*m/g;
/** The widest of a list of numbers, by a loop: Math.max(...many) overflows the stack on long lists. */
const widest = (values: Iterable<number>): number => {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
};

const width = (text: string | number): number => widest(String(text).replace(ansi, '').split('\n').map((l) => [...l].length));

/** Column widths that fit `maxWidth`: the widest columns give way first, none below 6. */
function fitWidths(data: TableData, maxWidth: number): number[] {
  const widths = data.head.map((h, i) => Math.max(width(h), widest(data.rows.map((r) => width(r[i] ?? '')))) + 2);
  const budget = maxWidth - (widths.length + 1);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const at = widths.indexOf(widest(widths));
    if (widths[at]! <= 6) break;
    widths[at]!--;
  }
  return widths;
}

/** A GitHub-flavoured Markdown table; pipes and line breaks inside cells are escaped. */
export function markdownTable(data: TableData): string {
  const cell = (value: string | number): string => String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
  const rule = data.head.map((_, i) => {
    const align = data.align?.[i] ?? 'left';
    return align === 'right' ? '---:' : align === 'center' ? ':---:' : '---';
  });
  const line = (cells: readonly (string | number)[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(data.head), `| ${rule.join(' | ')} |`, ...data.rows.map(line)].join('\n');
}
