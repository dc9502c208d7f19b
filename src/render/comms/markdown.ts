import { catalogue } from '../../messages/index.js';
import { localeFormat } from '../locale-format.js';
import { markdownTable } from '../table.js';
import type { CommsRenderer } from './renderer.js';
import { dayText, fromText, occurrenceText, timeText, toLines } from './words.js';

/** A paragraph of plain text as Markdown: characters Markdown would read as markup are escaped. */
function prose(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\s*)([-+])(\s)/, '$1\\$2$3').replace(/^(\s*\d+)\.(\s)/, '$1\\.$2'))
    .join('  \n')
    .replace(/ {2}\n {2}\n/g, '\n\n');
}

/**
 * The plan as a document to paste into a wiki, a pull request or a proposal for the client: an
 * overview table, then every message's text under its date and subject. Proposals are marked.
 */
export const commsMarkdown: CommsRenderer = (plan, ctx) => {
  const texts = catalogue(ctx.locale).comms;
  const { labels } = texts;
  const f = localeFormat(ctx.locale);
  const proposedCount = plan.entries.filter((e) => e.proposed).length;
  const out = [
    `# ${prose(texts.out.title(plan.programme.name))}`,
    '',
    `${texts.out.period(f.date(plan.programme.period.start), f.date(plan.programme.period.end))} · ${texts.out.asOf(f.date(plan.asOf))} · ${texts.out.summary(plan.entries.length, proposedCount)}`,
    '',
  ];
  if (plan.entries.length === 0) return `${out.join('\n')}${texts.out.empty}\n`;
  const mark = (proposed: boolean): string => (proposed ? ` _(${labels.proposed})_` : '');
  out.push(
    markdownTable({
      head: [labels.date, labels.from, labels.to, labels.channel, labels.purpose, labels.subject],
      rows: plan.entries.map((e) => [
        [dayText(e.date, ctx.locale, f.date), timeText(e, texts), occurrenceText(e, texts)].filter(Boolean).join(' · '),
        fromText(plan, e, texts),
        toLines(plan, e, texts).join('\n'),
        texts.channelNames[e.channel],
        texts.purposeNames[e.purpose],
        `${e.subject}${e.proposed ? ` (${labels.proposed})` : ''}`,
      ]),
    }),
    '',
    `## ${texts.out.textsHeading}`,
    '',
  );
  for (const e of plan.entries) {
    out.push(`### ${dayText(e.date, ctx.locale, f.date)} · ${prose(e.subject)}${mark(e.proposed)}`, '');
    out.push(`**${labels.from}:** ${prose(fromText(plan, e, texts))}  `, `**${labels.to}:** ${prose(toLines(plan, e, texts).join('; '))}  `);
    out.push(`**${labels.channel}:** ${texts.channelNames[e.channel]} · **${labels.purpose}:** ${texts.purposeNames[e.purpose]}${e.time !== undefined ? ` · **${labels.time}:** ${timeText(e, texts)}` : ''}`, '');
    if (e.proposed) out.push(`> ${prose(labels.proposedNote)}`, '');
    out.push(prose(e.text), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
};
