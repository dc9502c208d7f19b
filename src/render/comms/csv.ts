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

/**
 * Several values in one cell are joined with `; `, never `, `: names carry commas ("dr hab. Jan
 * Nowak, prof. UN", "Smith, Anna"), so a comma-joined list cannot be split back, while `; ` is what
 * Outlook and Excel users already use between recipients. One row per recipient is `--merge`.
 */
export const cellList = (values: readonly string[]): string => values.join('; ');

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
    cellList(names(plan, e.from.people)),
    cellList(e.to.roles),
    cellList(e.to.people),
    e.recipients.length,
    cellList(names(plan, e.recipients)),
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
