import { Chalk } from 'chalk';
import { catalogue } from '../../messages/index.js';
import { localeFormat } from '../locale-format.js';
import { terminalTable } from '../table.js';
import type { CommsRenderer } from './renderer.js';
import { dayText, fromText, occurrenceText, timeText, toLines } from './words.js';

/**
 * The plan for people: a heading, then one row per entry (date and time, sender, recipients,
 * channel and purpose, subject with the text under it), proposals marked. Fits the terminal width.
 */
export const commsTable: CommsRenderer = (plan, ctx) => {
  const texts = catalogue(ctx.locale).comms;
  const f = localeFormat(ctx.locale);
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const proposedCount = plan.entries.filter((e) => e.proposed).length;
  const head = [
    c.bold(texts.out.title(plan.programme.name)),
    `${texts.out.period(f.date(plan.programme.period.start), f.date(plan.programme.period.end))} · ${texts.out.asOf(f.date(plan.asOf))}`,
  ];
  if (plan.entries.length === 0) return `${head.join('\n')}\n\n${texts.out.empty}\n`;
  const { labels } = texts;
  const rows = plan.entries.map((e) => {
    const past = e.date < plan.asOf;
    const when = [dayText(e.date, ctx.locale, f.date), timeText(e, texts), occurrenceText(e, texts), e.proposed ? c.yellow(`✦ ${labels.proposed}`) : ''].filter(Boolean).join('\n');
    const cells = [when, fromText(plan, e, texts), toLines(plan, e, texts).join('\n'), `${texts.channelNames[e.channel]}\n${texts.purposeNames[e.purpose]}`, c.bold(e.subject)];
    // Entries before the as-of date are dimmed: they are history in a plan read for what comes next.
    return past ? cells.map((cell) => c.dim(cell)) : cells;
  });
  // The text runs the full width under its row: a message reads badly in a narrow column.
  const details = plan.entries.map((e) => (e.date < plan.asOf ? c.dim(e.text) : e.text));
  const table = terminalTable({ head: [labels.date, labels.from, labels.to, `${labels.channel}\n${labels.purpose}`, labels.subject], rows, details }, { maxWidth: ctx.width ?? 120 });
  return `${head.join('\n')}\n${table}\n${texts.out.summary(plan.entries.length, proposedCount)}\n`;
};
