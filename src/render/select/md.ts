import { markdownTable } from '../table.js';
import { countsOf, gapsOf, ordered, reasonsOf, type SelectRenderer } from './view.js';

/** A Markdown table for a recruitment note or a pull request. */
export const md: SelectRenderer = (result, { text }) => {
  const head = text.head;
  const rows = ordered(result).map((c) => [c.line, `\`${c.id}\``, c.name, c.department ?? '', text.status[c.status], gapsOf(c).join('<br>'), reasonsOf(c, text).join('<br>')]);
  return `${markdownTable({ head: [head.line, head.id, head.name, head.department, head.status, head.gaps, head.why], rows, align: ['right'] })}\n\n${result.slashedDates ? `${text.slashedDates(result.slashedDates)}\n\n` : ''}${text.summary({ ...countsOf(result), file: result.file })}\n`;
};
