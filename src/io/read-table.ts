import { extname } from 'node:path';
import { checkHeaders } from '../core/table/check-headers.js';
import { parseCsvTable, type CsvReadOptions } from '../core/table/parse-csv.js';
import { TableError, type Table, type TableRow } from '../core/table/types.js';
import { IoError } from '../errors.js';
import { readRegularFile } from './read-file.js';

export interface TableReadOptions extends CsvReadOptions {
  /** XLSX: the sheet to read (default: the first). */
  sheet?: string;
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an HR export as a table: CSV (any of its encodings and separators) or XLSX, told apart by
 * content (an XLSX file is a ZIP archive), not by name. The file is read like every other input of
 * mentor: a regular file, 16 MiB at most, checked on the open handle. Throws `IoError` when the file
 * cannot be read and `TableError` when it is not a table.
 */
export async function readTable(path: string, shown: string, options: TableReadOptions = {}): Promise<Table> {
  const outcome = await readRegularFile(path);
  if (outcome.kind === 'unreadable') throw new IoError(outcome.code === 'ENOENT' ? 'path-not-found' : 'cannot-read', shown, outcome.code);
  if (outcome.kind === 'not-regular') throw new IoError('cannot-read', shown, `not a regular file: ${outcome.type}`);
  if (outcome.kind === 'too-large') throw new IoError('cannot-read', shown, `larger than 16 MiB (${outcome.size} bytes)`);
  const { bytes } = outcome;
  const isZip = zipMagic.every((b, i) => bytes[i] === b);
  if (isZip || extname(path).toLowerCase() === '.xlsx') return checkHeaders(await readXlsx(bytes, options.sheet, options.minColumns ?? 2));
  return checkHeaders(parseCsvTable(bytes, options));
}

/** The text of a spreadsheet cell: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string; formula?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v || 'formula' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return String(v.error);
    return '';
  }
  return String(value);
}

/**
 * Reads one sheet of an XLSX workbook. The spreadsheet library is loaded here, on demand, so no
 * other command (nor `select` on a CSV file) pays for it.
 */
async function readXlsx(bytes: Uint8Array, sheetName: string | undefined, minColumns: number): Promise<Table> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types want a Node Buffer; the bytes are one.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new TableError('bad-spreadsheet', {}, { reason: (error as Error).message.split('\n')[0] ?? '' });
  }
  const sheets = workbook.worksheets;
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (!sheet) throw new TableError('unknown-sheet', {}, { sheet: sheetName ?? '', sheets: sheets.map((s) => s.name).join(', ') });
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (cells.some((c) => c !== '')) rows.push({ cells, line: number });
  });
  const header = rows.shift();
  if (!header) throw new TableError('empty', {}, { sheet: sheet.name });
  if (header.cells.length < minColumns) throw new TableError('not-a-table', { line: header.line }, { reason: 'one-column' });
  const width = header.cells.length;
  for (const row of rows) {
    if (row.cells.length > width && row.cells.slice(width).some((c) => c !== '')) {
      throw new TableError('ragged-row', { line: row.line, column: width + 1 + row.cells.slice(width).findIndex((c) => c !== '') }, { cells: row.cells.length, columns: width });
    }
    row.cells.length = width;
    for (let i = 0; i < width; i++) row.cells[i] ??= '';
  }
  return { headers: header.cells, headerLine: header.line, rows, source: { kind: 'xlsx', sheet: sheet.name } };
}
