import { Chalk } from 'chalk';
import { terminalTable } from '../table.js';
import { reportDocument } from './document.js';
import type { ReportRenderer } from './renderer.js';
import type { ReportTable, Tone } from './tables.js';

/** The terminal is 100 columns wide at most: tables wrap their widest columns to fit. */
export const terminalWidth = 100;

/**
 * The report for people at a terminal: title, the health line, each section as a boxed table
 * (only the columns that fit; CSV and HTML carry the rest), coloured statuses, then the notes.
 */
export const renderTable: ReportRenderer = (data, ctx) => {
  const doc = reportDocument(data, ctx);
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint: Record<Tone, (s: string) => string> = { good: chalk.green, warn: chalk.yellow, bad: chalk.red, muted: chalk.gray };
  const out: string[] = [chalk.bold(doc.title), doc.subtitle];
  if (doc.health) out.push('', doc.health);
  const shown = (tbl: ReportTable): number[] => tbl.columns.flatMap((c, i) => (c.place === 'all' || c.place === 'display' ? [i] : []));
  for (const tbl of doc.tables) {
    if (tbl.section === 'health') continue;
    const columns = shown(tbl);
    if (columns.length === 0) continue;
    out.push('', chalk.bold(tbl.title));
    if (tbl.caption) out.push(tbl.caption);
    if (tbl.rows.length === 0) {
      out.push(doc.t.empty);
      continue;
    }
    out.push(
      terminalTable(
        {
          head: columns.map((i) => tbl.columns[i]!.head),
          align: columns.map((i) => tbl.columns[i]!.align),
          rows: tbl.rows.map((row) => columns.map((i) => (row[i]!.tone ? paint[row[i]!.tone!](row[i]!.text) : row[i]!.text))),
        },
        { maxWidth: terminalWidth },
      ),
    );
  }
  if (doc.notes.length > 0) out.push('', ...doc.notes.map((n) => chalk.yellow(`• ${n}`)));
  return `${out.join('\n')}\n`;
};
