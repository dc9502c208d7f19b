import { markdownTable } from '../table.js';
import { reportDocument } from './document.js';
import type { ReportRenderer } from './renderer.js';

/**
 * The report as GitHub-flavoured Markdown (a wiki page, a pull-request comment,
 * `$GITHUB_STEP_SUMMARY`): every column but the spreadsheet-only ones, no colours.
 */
export const renderMarkdown: ReportRenderer = (data, ctx) => {
  const doc = reportDocument(data, ctx);
  const out: string[] = [`# ${doc.title}`, '', `*${doc.subtitle}*`];
  if (doc.health) out.push('', `**${doc.t.sections.health}:** ${doc.health}`);
  if (doc.notes.length > 0) out.push('', ...doc.notes.map((n) => `> ${n}`));
  for (const tbl of doc.tables) {
    if (tbl.section === 'health') continue;
    const columns = tbl.columns.flatMap((c, i) => (c.place === 'csv' ? [] : [i]));
    out.push('', `## ${tbl.title}`);
    if (tbl.caption) out.push('', `*${tbl.caption}*`);
    out.push('', tbl.rows.length === 0 ? doc.t.empty : markdownTable({ head: columns.map((i) => tbl.columns[i]!.head), align: columns.map((i) => tbl.columns[i]!.align), rows: tbl.rows.map((row) => columns.map((i) => row[i]!.text)) }));
  }
  out.push('', '---', '', `<sub>${doc.footer}</sub>`);
  return `${out.join('\n')}\n`;
};
