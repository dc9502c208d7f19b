import { Chalk } from 'chalk';
import { terminalTable } from '../table.js';
import { reasonsOf, summaryOf, type MatchRenderer } from './view.js';

/** People's view: the proposed pairs with their points and reasons, then the mentees left without a mentor and why. */
export const table: MatchRenderer = (result, { text, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const h = text.head;
  const out: string[] = [];
  if (result.pairs.length > 0) {
    const rows = result.pairs.map((p) => [p.id, `${p.mentee}\n${p.menteeName}`, `${p.mentor}\n${p.mentorName}`, p.competencies.join('\n'), p.score, reasonsOf(p, text).join('\n')]);
    out.push(terminalTable({ head: [h.pair, h.mentee, h.mentor, h.competencies, h.score, h.why], rows, align: ['left', 'left', 'left', 'left', 'right'] }, { maxWidth: 160 }));
  }
  if (result.unmatched.length > 0) {
    out.push(c.yellow(text.unmatchedTitle(result.unmatched.length)));
    out.push(terminalTable({ head: [h.mentee, h.blocked], rows: result.unmatched.map((u) => [`${u.mentee}\n${u.name}`, text.block(u.block)]) }, { maxWidth: 160 }));
  }
  out.push(summaryOf(result, text));
  return `${out.join('\n')}\n`;
};
