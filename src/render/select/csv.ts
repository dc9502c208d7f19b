import { csvDelimiterFor, toCsv } from '../csv.js';
import { gapsOf, ordered, reasonsOf, type SelectRenderer } from './view.js';

/**
 * One row per candidate for a spreadsheet: stable English column names (docs/select.md), the
 * delimiter and BOM Excel expects in the locale, reasons in the locale joined by ` | `.
 */
export const csv: SelectRenderer = (result, { text, locale }) => {
  const rows = ordered(result).map((c) => [c.line, c.id, c.name, c.title ?? '', c.department ?? '', c.lineManager ?? '', c.status, gapsOf(c).join(', '), reasonsOf(c, text).join(' | ')]);
  return toCsv([['line', 'id', 'name', 'title', 'department', 'lineManager', 'status', 'gaps', 'reasons'], ...rows], { delimiter: csvDelimiterFor(locale), bom: true });
};
