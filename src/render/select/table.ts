import { Chalk } from 'chalk';
import { terminalTable } from '../table.js';
import { countsOf, gapsOf, ordered, reasonsOf, type SelectRenderer } from './view.js';

/** People's view: one row per candidate (qualified first), the reasons in the last column, a summary line. */
export const table: SelectRenderer = (result, { text, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint = { qualified: c.green, 'not-qualified': c.red, 'already-mentee': c.dim } as const;
  const rows = ordered(result).map((candidate) => [
    candidate.line,
    candidate.id,
    candidate.name,
    candidate.department ?? '',
    paint[candidate.status](text.status[candidate.status]),
    gapsOf(candidate).join('\n'),
    reasonsOf(candidate, text).join('\n'),
  ]);
  const head = text.head;
  const body = rows.length === 0 ? '' : `${terminalTable({ head: [head.line, head.id, head.name, head.department, head.status, head.gaps, head.why], rows, align: ['right'] }, { maxWidth: 160 })}\n`;
  const mapped = [...Object.entries(result.columns), ...Object.entries(result.levels)].map(([what, header]) => `${what} = "${header}"`).join(', ');
  const dates = result.slashedDates ? `${c.dim(text.slashedDates(result.slashedDates))}\n` : '';
  return `${body}${c.dim(text.columns(mapped, result.ignored))}\n${dates}${text.summary({ ...countsOf(result), file: result.file })}\n`;
};
