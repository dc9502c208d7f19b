import { normaliseWords } from '../criteria/evaluate.js';
import { TableError, type Table } from './types.js';

/**
 * A header row names every column once: a header written twice (after case and spacing) is an
 * error, as is a column with data under an empty header. Empty columns without a header (an
 * export's trailing separators) are dropped.
 */
export function checkHeaders(table: Table): Table {
  const keep: number[] = [];
  const seen = new Map<string, number>();
  table.headers.forEach((header, i) => {
    if (header === '') {
      const used = table.rows.find((r) => (r.cells[i] ?? '').trim() !== '');
      if (used) throw new TableError('bad-header', { line: table.headerLine, column: i + 1 }, { reason: 'empty', dataLine: used.line });
      return;
    }
    const key = normaliseWords(header);
    const first = seen.get(key);
    if (first !== undefined) throw new TableError('bad-header', { line: table.headerLine, column: i + 1 }, { reason: 'twice', header, first: first + 1 });
    seen.set(key, i);
    keep.push(i);
  });
  if (keep.length === table.headers.length) return table;
  return { ...table, headers: keep.map((i) => table.headers[i]!), rows: table.rows.map((r) => ({ ...r, cells: keep.map((i) => r.cells[i] ?? '') })) };
}
