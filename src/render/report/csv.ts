import { toCsv } from '../csv.js';
import { reportDocument } from './document.js';
import type { ReportRenderer } from './renderer.js';

/**
 * The report for spreadsheets: UTF-8 with a BOM (Excel reads the Polish letters), `;` between
 * fields for Polish (or --delimiter), numbers with the locale's decimal separator and no grouping,
 * shares in percent, dates `YYYY-MM-DD`, ids beside names. One section (`--section`) gives one
 * plain table; several are written one after another, each under a row with its title, an empty
 * line between them.
 */
export const renderCsv: ReportRenderer = (data, ctx) => {
  const doc = reportDocument(data, ctx);
  const tables = doc.tables;
  const blocks = tables.map((t) => {
    const columns = t.columns.flatMap((c, i) => (c.place === 'display' ? [] : [i]));
    return [columns.map((i) => t.columns[i]!.csvHead), ...t.rows.map((row) => columns.map((i) => row[i]!.csv))];
  });
  if (blocks.length === 1) return toCsv(blocks[0]!, { delimiter: ctx.delimiter, bom: true });
  const rows: (string | number | null)[][] = [];
  tables.forEach((t, i) => {
    if (i > 0) rows.push([]);
    rows.push([t.title], ...blocks[i]!);
  });
  if (doc.notes.length > 0) rows.push([], ...doc.notes.map((n) => [n]));
  return toCsv(rows, { delimiter: ctx.delimiter, bom: true });
};
