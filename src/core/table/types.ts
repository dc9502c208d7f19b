/** One row of a table as read: its cells as text (or a date a spreadsheet stored as one) and where it starts. */
export interface TableRow {
  /** Cell values by column; missing cells at the end of a short row are `''`. */
  cells: string[];
  /** 1-based line (CSV: the line the record starts on) or sheet row (XLSX). */
  line: number;
}

/** How a table was read, for messages and machine output. */
export interface TableSource {
  kind: 'csv' | 'xlsx';
  /** CSV: the text encoding found (or given). */
  encoding?: TableEncoding;
  /** CSV: the separator found (or given). */
  delimiter?: Delimiter;
  /** XLSX: the sheet read. */
  sheet?: string;
}

/** An HR export read as a table: a header row and the rows under it. */
export interface Table {
  headers: string[];
  /** The header row's line (CSV) or sheet row (XLSX). */
  headerLine: number;
  rows: TableRow[];
  source: TableSource;
}

export type Delimiter = ',' | ';' | '\t';
export const delimiters: readonly Delimiter[] = [',', ';', '\t'];

export type TableEncoding = 'utf-8' | 'windows-1250' | 'utf-16le';

/** Why a file could not be read as a table at all. */
export type TableErrorCode =
  /** Nothing in it but blank lines. */
  | 'empty'
  /** Binary content, or text with no header row of at least two columns. */
  | 'not-a-table'
  /** A quoted field that never closes, or a quote inside an unquoted field. */
  | 'bad-quotes'
  /** A header that stands twice, or an empty header over data. */
  | 'bad-header'
  /** An XLSX file the spreadsheet library cannot open. */
  | 'bad-spreadsheet'
  /** `--sheet` names a sheet the workbook does not have. */
  | 'unknown-sheet'
  /** A CSV row with more cells than the header. */
  | 'ragged-row';

/** A table that cannot be read: the code, where (1-based line and column when known) and what to say. */
export class TableError extends Error {
  constructor(
    readonly code: TableErrorCode,
    readonly at: { line?: number; column?: number } = {},
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${at.line !== undefined ? ` at line ${at.line}` : ''}${at.column !== undefined ? `, column ${at.column}` : ''}`);
    this.name = 'TableError';
  }
}

/** A spreadsheet-style column name: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
