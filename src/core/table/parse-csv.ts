import { parse } from 'csv-parse/sync';
import { decodeText, looksBinary } from './decode.js';
import { detectDelimiter } from './delimiter.js';
import { TableError, type Delimiter, type Table, type TableEncoding, type TableRow } from './types.js';

export interface CsvReadOptions {
  delimiter?: Delimiter;
  encoding?: TableEncoding;
  /**
   * The fewest columns a table may have (default 2: an HR export of one column is most likely one
   * whose separator is not `,`, `;` or a tab). 1 for lists (`mentor add --from`: one id a row, the
   * other fields given as flags); a file without a separator is then one column.
   */
  minColumns?: 1 | 2;
}

interface Record_ {
  record: string[];
  info: { lines: number };
}

/**
 * Reads a CSV export into a table: the encoding and the separator are found unless given, quoted
 * fields may hold separators, quotes (`""`) and line breaks, blank lines (and lines of empty cells,
 * as Excel writes them) are skipped. Each row keeps the line it starts on, for messages.
 */
export function parseCsvTable(bytes: Uint8Array, options: CsvReadOptions = {}): Table {
  const { text, encoding } = decodeText(bytes, options.encoding);
  if (text.trim() === '') throw new TableError('empty');
  if (looksBinary(text)) throw new TableError('not-a-table', {}, { reason: 'binary' });
  const minColumns = options.minColumns ?? 2;
  const delimiter = options.delimiter ?? detectDelimiter(text) ?? (minColumns === 1 ? ',' : undefined);
  if (delimiter === undefined) throw new TableError('not-a-table', { line: 1 }, { reason: 'no-delimiter' });
  let records: Record_[];
  try {
    // One kind of line break: csv-parse counts a CRLF inside a quoted field as two lines, and a
    // line break in a cell means the same whichever way it was written.
    records = parse(text.replace(/\r\n?/g, '\n'), { delimiter, info: true, relax_column_count: true, skip_empty_lines: false }) as unknown as Record_[];
  } catch (error) {
    const e = error as { code?: string; lines?: number };
    throw new TableError('bad-quotes', e.lines !== undefined ? { line: e.lines } : {}, { code: e.code ?? 'CSV' });
  }
  const rows: TableRow[] = [];
  let end = 0;
  for (const { record, info } of records) {
    const line = end + 1;
    end = info.lines;
    if (record.every((cell) => cell.trim() === '')) continue;
    rows.push({ cells: record, line });
  }
  const header = rows.shift();
  if (!header) throw new TableError('empty');
  if (header.cells.length < minColumns) throw new TableError('not-a-table', { line: header.line }, { reason: 'one-column' });
  const width = header.cells.length;
  for (const row of rows) {
    // Trailing empty cells (`a;b;;`) are what spreadsheets write; cells with data beyond the header are not.
    while (row.cells.length > width && row.cells[row.cells.length - 1]!.trim() === '') row.cells.pop();
    if (row.cells.length > width) throw new TableError('ragged-row', { line: row.line, column: width + 1 }, { cells: row.cells.length, columns: width });
    while (row.cells.length < width) row.cells.push('');
  }
  return { headers: header.cells.map((h) => h.trim()), headerLine: header.line, rows, source: { kind: 'csv', encoding, delimiter } };
}
