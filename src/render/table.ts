import Table from 'cli-table3';

export type Align = 'left' | 'right' | 'center';

/** A table as data: the one shape every human-facing table of mentor goes through. */
export interface TableData {
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** Per column; default left. */
  align?: readonly Align[];
}

/** Draws one cli-table3 table; `head` empty draws none. */
function draw(head: readonly string[], rows: TableData['rows'], align: TableData['align'], colWidths: number[] | undefined): string {
  const table = new Table({
    head: [...head],
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    ...(align ? { colAligns: [...align] } : {}),
    ...(colWidths ? { wordWrap: true, colWidths } : {}),
  });
  for (const row of rows) table.push(row.map((cell) => (typeof cell === 'number' ? String(cell) : cell)));
  return table.toString();
}

/**
 * cli-table3 checks every earlier row for each cell it lays out (time grows with the square of the
 * rows), so a long table is drawn in blocks of this many rows with the same column widths and
 * joined: the output is the same as one table's, in time linear in the rows.
 */
const blockRows = 40;

/**
 * A boxed terminal table (cli-table3). Cells arrive already coloured or not: colour is decided
 * once at the edge, so the table itself never colours (cli-table3's own head/border colours off).
 */
export function terminalTable(data: TableData, options: { maxWidth?: number } = {}): string {
  if (data.rows.length <= blockRows) return draw(data.head, data.rows, data.align, options.maxWidth ? fitWidths(data, options.maxWidth) : undefined);
  const colWidths = options.maxWidth ? fitWidths(data, options.maxWidth) : naturalWidths(data);
  const lines: string[] = [];
  for (let start = 0; start < data.rows.length; start += blockRows) {
    const block = draw(start === 0 ? data.head : [], data.rows.slice(start, start + blockRows), data.align, colWidths).split('\n');
    // Join blocks where one table would draw a row separator: drop the bottom border before, turn the top border after into a separator.
    if (start > 0) block[0] = block[0]!.replace(/┌/g, '├').replace(/┬/g, '┼').replace(/┐/g, '┤');
    if (start + blockRows < data.rows.length) block.pop();
    lines.push(...block);
  }
  return lines.join('\n');
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

/** Each column as wide as its widest cell or heading, plus padding: what cli-table3 would choose. */
function naturalWidths(data: TableData): number[] {
  const widths = data.head.map((h) => width(h));
  // A loop, not Math.max(...rows): tens of thousands of arguments overflow the stack.
  for (const row of data.rows) widths.forEach((w, i) => (widths[i] = Math.max(w, width(row[i] ?? ''))));
  return widths.map((w) => w + 2);
}

/** The longest word of a cell (a run without spaces), which wrapping cannot break without cutting it. */
const longestWord = (text: string | number): number => widest(String(text).replace(ansi, '').split(/\s+/).map((w) => [...w].length));

/**
 * Column widths that fit `maxWidth`: the widest columns give way first, but first those that can
 * wrap between words (a heading such as `Held/planned` cut to `Held/plann…` leaves the whole column
 * unexplained), and only when no column can give way whole words, any column down to 6.
 */
function fitWidths(data: TableData, maxWidth: number): number[] {
  const widths = naturalWidths(data);
  const words = data.head.map((h) => longestWord(h) + 2);
  for (const row of data.rows) words.forEach((w, i) => (words[i] = Math.max(w, longestWord(row[i] ?? '') + 2)));
  const budget = maxWidth - (widths.length + 1);
  const widestAbove = (floor: (i: number) => number): number => {
    let at = -1;
    widths.forEach((w, i) => {
      if (w > floor(i) && (at < 0 || w > widths[at]!)) at = i;
    });
    return at;
  };
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    let at = widestAbove((i) => Math.max(6, words[i]!));
    if (at < 0) at = widestAbove(() => 6);
    if (at < 0) break;
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
