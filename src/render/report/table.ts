import { Chalk } from 'chalk';
import { terminalTable } from '../table.js';
import { reportDocument } from './document.js';
import type { ReportRenderer } from './renderer.js';
import type { ReportTable, Tone } from './tables.js';

/** The terminal is 100 columns wide at most: tables wrap their widest columns to fit. */
export const terminalWidth = 100;

/**
 * Rows per table on a terminal: a person reads a few hundred at most, and tens of thousands would
 * take longer to draw than to compute. The rest is one line away (--format csv, md or html, or a
 * narrower --audience / --section), and the table says how many rows it leaves out.
 */
export const terminalRowLimit = 100;

/** Wraps prose at spaces to `width` columns; `indent` starts the continuation lines. */
export function wrap(text: string, width = terminalWidth, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * The report for people at a terminal: title, the health line, each section as a boxed table
 * (only the columns that fit; CSV and HTML carry the rest), coloured statuses, then the notes.
 */
export const renderTable: ReportRenderer = (data, ctx) => {
  const doc = reportDocument(data, ctx, terminalRowLimit);
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint: Record<Tone, (s: string) => string> = { good: chalk.green, warn: chalk.yellow, bad: chalk.red, muted: chalk.gray };
  const out: string[] = [chalk.bold(wrap(doc.title)), wrap(doc.subtitle)];
  if (doc.health) out.push('', wrap(doc.health));
  const shown = (tbl: ReportTable): number[] => tbl.columns.flatMap((c, i) => (c.place === 'all' || c.place === 'display' ? [i] : []));
  for (const tbl of doc.tables) {
    if (tbl.section === 'health') continue;
    const columns = shown(tbl);
    if (columns.length === 0) continue;
    out.push('', chalk.bold(tbl.title));
    if (tbl.caption) out.push(wrap(tbl.caption));
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
    if (tbl.total > tbl.rows.length) out.push(chalk.yellow(wrap(doc.t.moreRows(tbl.total - tbl.rows.length, tbl.total, doc.v.f))));
  }
  if (doc.notes.length > 0) out.push('', ...doc.notes.map((n) => chalk.yellow(wrap(`• ${n}`, terminalWidth, '  '))));
  return `${out.join('\n')}\n`;
};
