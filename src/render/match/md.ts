import { markdownTable } from '../table.js';
import { reasonsOf, summaryOf, type MatchRenderer } from './view.js';

/** Markdown for the pairing meeting's notes: pairs, then the mentees left without a mentor. */
export const md: MatchRenderer = (result, { text }) => {
  const h = text.head;
  const parts = [
    markdownTable({ head: [h.pair, h.mentee, h.mentor, h.competencies, h.score, h.why], rows: result.pairs.map((p) => [`\`${p.id}\``, `\`${p.mentee}\` ${p.menteeName}`, `\`${p.mentor}\` ${p.mentorName}`, p.competencies.join(', '), p.score, reasonsOf(p, text).join('<br>')]), align: ['left', 'left', 'left', 'left', 'right'] }),
  ];
  if (result.unmatched.length > 0) parts.push(`**${text.unmatchedTitle(result.unmatched.length)}**`, markdownTable({ head: [h.mentee, h.blocked], rows: result.unmatched.map((u) => [`\`${u.mentee}\` ${u.name}`, text.block(u.block)]) }));
  parts.push(summaryOf(result, text));
  return `${parts.join('\n\n')}\n`;
};
