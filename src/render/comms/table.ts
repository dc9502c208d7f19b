import { Chalk } from 'chalk';
import { catalogue } from '../../messages/index.js';
import { localeFormat } from '../locale-format.js';
import { terminalTable } from '../table.js';
import type { CommsRenderer } from './renderer.js';
import { dayText, fromText, occurrenceText, timeText, toLines } from './words.js';
import { wrapText } from './wrap.js';

/**
 * The plan for people: a heading, an overview table (date and time, sender, recipients, channel and
 * purpose, subject; proposals marked), then every message's text under its date and subject. The
 * texts stay out of the table on purpose: a paragraph reads badly in a narrow column, and cli-table3
 * slows down sharply on long multi-line cells (a thousand-word competency list took minutes).
 */
export const commsTable: CommsRenderer = (plan, ctx) => {
  const texts = catalogue(ctx.locale).comms;
  const { labels } = texts;
  const f = localeFormat(ctx.locale);
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const width = ctx.width ?? 120;
  const head = [
    c.bold(texts.out.title(plan.programme.name)),
    `${texts.out.period(f.date(plan.programme.period.start), f.date(plan.programme.period.end))} · ${texts.out.asOf(f.date(plan.asOf))}`,
  ];
  if (plan.entries.length === 0) return `${head.join('\n')}\n\n${texts.out.empty}\n`;
  const marker = (proposed: boolean): string => (proposed ? c.yellow(`✦ ${labels.proposed}`) : '');
  // Entries before the as-of date are dimmed: they are history in a plan read for what comes next.
  const tone = (past: boolean) => (text: string): string => (past ? c.dim(text) : text);
  const rows = plan.entries.map((e) => {
    const when = [dayText(e.date, ctx.locale, f.date), timeText(e, texts), occurrenceText(e, texts), marker(e.proposed)].filter(Boolean).join('\n');
    const cells = [when, fromText(plan, e, texts), toLines(plan, e, texts).join('\n'), `${texts.channelNames[e.channel]}\n${texts.purposeNames[e.purpose]}`, e.subject];
    return cells.map(tone(e.date < plan.asOf));
  });
  const table = terminalTable({ head: [labels.date, labels.from, labels.to, `${labels.channel}\n${labels.purpose}`, labels.subject], rows }, { maxWidth: width });
  const bodies = plan.entries.map((e) => {
    const title = `${dayText(e.date, ctx.locale, f.date)} · ${e.subject}${e.proposed ? `  ${marker(true)}` : ''}`;
    return tone(e.date < plan.asOf)(`${c.bold(title)}\n${wrapText(e.text, width, '  ')}`);
  });
  const summary = texts.out.summary(plan.entries.length, plan.entries.filter((e) => e.proposed).length);
  return `${head.join('\n')}\n${table}\n${summary}\n\n${c.bold(texts.out.textsHeading)}\n\n${bodies.join('\n\n')}\n`;
};
