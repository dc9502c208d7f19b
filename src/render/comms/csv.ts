import { csvDelimiterFor, toCsv } from '../csv.js';
import type { CommsRenderer, MergeRenderer } from './renderer.js';
import { names } from './words.js';

/** Column names of the plan CSV: a stable contract in English, whatever the locale (docs/comms.md). */
export const planColumns = [
  'date',
  'time',
  'minutes',
  'message',
  'occurrence',
  'proposed',
  'step',
  'from_role',
  'from_people',
  'to_roles',
  'to_people',
  'recipient_count',
  'recipients',
  'channel',
  'purpose',
  'subject',
  'text',
] as const;

/** Column names of the mail-merge CSV: one row per recipient. */
export const mergeColumns = ['recipient', 'name', 'role', 'email', 'date', 'time', 'message', 'occurrence', 'proposed', 'channel', 'subject', 'body'] as const;

/** The plan as a spreadsheet: one row per entry, `;` and a BOM for Polish Excel. */
export const commsCsv: CommsRenderer = (plan, ctx) => {
  const rows = plan.entries.map((e) => [
    e.date,
    e.time ?? '',
    e.time !== undefined ? (e.minutes ?? 60) : '',
    e.id,
    e.occurrence,
    e.proposed,
    e.step ?? '',
    e.from.role,
    names(plan, e.from.people).join(', '),
    e.to.roles.join(', '),
    e.to.people.join(', '),
    e.recipients.length,
    names(plan, e.recipients).join(', '),
    e.channel,
    e.purpose,
    e.subject,
    e.text,
  ]);
  return toCsv([[...planColumns], ...rows], { delimiter: csvDelimiterFor(ctx.locale), bom: true });
};

/** Mail-merge rows for Word, Outlook or a mailing tool: one message per recipient, e-mail only where known. */
export const mergeCsv: MergeRenderer = (rows, _plan, ctx) =>
  toCsv(
    [[...mergeColumns], ...rows.map((r) => [r.recipient, r.name, r.role, r.email ?? '', r.date, r.time ?? '', r.message, r.occurrence, r.proposed, r.channel, r.subject, r.body])],
    { delimiter: csvDelimiterFor(ctx.locale), bom: true },
  );
