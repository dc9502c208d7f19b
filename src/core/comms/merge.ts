import { fillText } from './fill.js';
import { isPersonal } from './placeholders.js';
import type { CommsPlan, PlanEntry } from './types.js';
import type { CommsView } from './view.js';

/** One message to one recipient, for a mail merge. */
export interface MergeRow {
  recipient: string;
  name: string;
  /** The role the message reaches them through (the first of its `to` they hold), else their first role. */
  role: string;
  /** Only when the people file has it: never invented. */
  email?: string;
  date: string;
  time?: string;
  message: string;
  occurrence: number;
  proposed: boolean;
  channel: PlanEntry['channel'];
  subject: string;
  body: string;
}

// Senders whose name depends on the recipient: a mentee's own line manager or mentor.
const relationSenders = new Set(['line-manager', 'mentor']);

/**
 * One row per recipient of every entry, with personal placeholders filled for that person. `--to`
 * and `--person` narrow the rows to the recipients they name, so `--merge --to line-manager` mails
 * the line managers only.
 */
export function mergeRows(plan: CommsPlan, view: Pick<CommsView, 'to' | 'person'> = {}): MergeRow[] {
  const { scope } = plan;
  const rows: MergeRow[] = [];
  for (const entry of plan.entries) {
    const personal = isPersonal(entry.template.subject) || isPersonal(entry.template.text) || relationSenders.has(entry.from.role);
    for (const id of entry.recipients) {
      if (view.person !== undefined && id !== view.person) continue;
      const person = plan.people.get(id);
      if (!person) continue;
      if (view.to !== undefined && !person.roles.includes(view.to)) continue;
      let subject = entry.subject;
      let body = entry.text;
      if (personal) {
        const values = { date: entry.date, ...(entry.time !== undefined ? { time: entry.time } : {}), from: entry.from.role, recipient: id };
        subject = fillText(entry.template.subject, scope, values);
        body = fillText(entry.template.text, scope, { ...values, subject });
      }
      rows.push({
        recipient: id,
        name: person.name,
        role: entry.to.roles.find((r) => person.roles.includes(r)) ?? person.roles[0] ?? '',
        ...(person.email !== undefined ? { email: person.email } : {}),
        date: entry.date,
        ...(entry.time !== undefined ? { time: entry.time } : {}),
        message: entry.id,
        occurrence: entry.occurrence,
        proposed: entry.proposed,
        channel: entry.channel,
        subject,
        body,
      });
    }
  }
  return rows;
}
