import { csvDelimiterFor, toCsv } from '../csv.js';
import { reasonsOf, type MatchRenderer } from './view.js';

/**
 * One row per mentee for a spreadsheet: a proposed pair (`status` proposed) or a mentee without a
 * mentor (`status` unmatched, `reasons` = what blocked them). Column names are stable (docs/match.md).
 */
export const csv: MatchRenderer = (result, { text, locale }) => {
  const rows: (string | number)[][] = [['pair', 'mentee', 'mentor', 'competencies', 'start', 'score', 'status', 'reasons']];
  for (const p of result.pairs) rows.push([p.id, p.mentee, p.mentor, p.competencies.join(', '), p.start, p.score, 'proposed', reasonsOf(p, text).join(' | ')]);
  for (const u of result.unmatched) rows.push(['', u.mentee, '', '', '', '', 'unmatched', text.block(u.block)]);
  return toCsv(rows, { delimiter: csvDelimiterFor(locale), bom: true });
};
