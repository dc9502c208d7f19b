import { readFile, stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { maxFileBytes } from '../core/parse/parse-source.js';
import { IoError } from '../errors.js';

/** A CSV file as read: the header and each row with the line it starts on (the header is line 1). */
export interface CsvTable {
  delimiter: string;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/** Why a CSV file cannot be read, with the line and the column (1-based) where it went wrong. */
export class CsvError extends Error {
  constructor(
    readonly code: 'quote' | 'row-length' | 'other',
    readonly line: number,
    readonly column: number | undefined,
    detail: string,
  ) {
    super(detail);
    this.name = 'CsvError';
  }
}

/**
 * The delimiter of a table exported from a spreadsheet or a forms tool: the one its header line
 * uses most, among comma, semicolon (a Polish Excel's choice) and tab.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** Parses CSV text (RFC 4180: quoted cells may hold the delimiter, quotes and line breaks) with csv-parse. */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, info: true, skip_empty_lines: true, relax_column_count: false, trim: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as { code?: string; lines?: number; column?: number; message?: string };
    const code = e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' ? 'row-length' : e.code?.includes('QUOTE') ? 'quote' : 'other';
    throw new CsvError(code, e.lines ?? 1, typeof e.column === 'number' ? e.column + (code === 'row-length' ? 0 : 1) : undefined, e.message ?? String(error));
  }
  const [head, ...body] = records;
  const newlines = (cells: string[]): number => cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  return {
    delimiter,
    header: head?.record ?? [],
    rows: body.map(({ record, info }) => ({ line: info.lines - newlines(record), cells: record })),
  };
}

/** Reads a CSV file (a regular file within the size limit) and parses it. */
export async function readCsv(path: string, shown: string): Promise<CsvTable> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new IoError('cannot-read', shown, 'not a regular file');
    if (info.size > maxFileBytes) throw new IoError('cannot-read', shown, 'too large');
  } catch (error) {
    if (error instanceof IoError) throw error;
    throw new IoError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'path-not-found' : 'cannot-read', shown, (error as NodeJS.ErrnoException).code ?? '');
  }
  return parseCsv(await readFile(path, 'utf8'));
}
