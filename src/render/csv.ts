/** How a CSV file is written: Polish Excel expects `;` and a BOM to read UTF-8. */
export interface CsvOptions {
  delimiter: ',' | ';' | '\t';
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8. */
  bom: boolean;
}

/** The delimiter Excel expects for a locale: `;` where the decimal separator is a comma (pl). */
export function csvDelimiterFor(locale: 'en' | 'pl'): ',' | ';' {
  return locale === 'pl' ? ';' : ',';
}

// A cell that starts with = + - @ (or a tab/CR) is a formula to Excel: a name typed as "=HYPERLINK(…)"
// in an HR export must stay text in a report someone opens (CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

function field(value: string | number | boolean | null | undefined, delimiter: string): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends; the first row is the header. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], options: CsvOptions): string {
  const body = rows.map((row) => row.map((v) => field(v, options.delimiter)).join(options.delimiter)).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}
