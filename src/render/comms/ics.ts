import type { PlanEntry } from '../../core/comms/types.js';
import { catalogue } from '../../messages/index.js';
import { contentLines, escapeText, paramValue } from './ics-text.js';
import type { CommsRenderer } from './renderer.js';
import { vtimezoneLines } from './vtimezone.js';
import { endTime, fromText, toLines } from './words.js';

const compact = (date: string): string => date.replace(/-/g, '');
const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The UID of an entry: the programme, the message and the occurrence, so re-importing an updated
 * plan updates its events instead of duplicating them, and a proposal adopted under its proposed id
 * keeps its event. Ids are letters, digits, `.`, `_` and `-`, safe in a UID as they are.
 */
export function eventUid(programmeId: string, entry: Pick<PlanEntry, 'id' | 'occurrence'>): string {
  return `${programmeId}.${entry.id}.${entry.occurrence}@mentor-cli`;
}

/**
 * The plan as an RFC 5545 calendar: one VEVENT per entry (each occurrence its own), all-day entries
 * as DATE values, timed ones in the programme's time zone with its VTIMEZONE. Deterministic: DTSTAMP
 * is the plan's as-of date, SEQUENCE the programme's `metadata.revision` (docs/comms.md says why).
 * People with an e-mail address are attendees carrying their roles; the rest are counted in the text.
 */
export const commsIcs: CommsRenderer = (plan, ctx) => {
  const texts = catalogue(ctx.locale).comms;
  const { labels } = texts;
  const zone = plan.programme.timeZone;
  const stamp = `${compact(plan.asOf)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//mentor-cli//mentor comms//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(texts.out.title(plan.programme.name))}`, `X-WR-TIMEZONE:${zone}`];
  const timedYears = plan.entries.filter((e) => e.time !== undefined).map((e) => Number(e.date.slice(0, 4)));
  if (timedYears.length > 0) lines.push(...vtimezoneLines(zone, Math.min(...timedYears), Math.max(...timedYears)));

  for (const e of plan.entries) {
    const description = [
      e.text,
      '',
      `${labels.from}: ${fromText(plan, e, texts)}`,
      `${labels.to}: ${toLines(plan, e, texts).join('; ')}`,
      `${labels.channel}: ${texts.channelNames[e.channel]} · ${labels.purpose}: ${texts.purposeNames[e.purpose]}`,
      ...(e.proposed ? ['', labels.proposedNote] : []),
    ].join('\n');
    lines.push('BEGIN:VEVENT', `UID:${eventUid(plan.programme.id, e)}`, `DTSTAMP:${stamp}`, `SEQUENCE:${plan.programme.revision}`);
    if (e.time !== undefined) {
      const start = `${compact(e.date)}T${e.time.replace(':', '')}00`;
      const end = endTime(e.time, e.minutes ?? 60);
      // A meeting that runs past midnight ends on the next day.
      const endDate = end <= e.time ? nextDay(e.date) : e.date;
      lines.push(`DTSTART;TZID=${zone}:${start}`, `DTEND;TZID=${zone}:${compact(endDate)}T${end.replace(':', '')}00`, 'TRANSP:OPAQUE');
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compact(e.date)}`, `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`, 'TRANSP:TRANSPARENT');
    }
    lines.push(
      `SUMMARY:${escapeText(e.proposed ? `(${labels.proposed}) ${e.subject}` : e.subject)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(texts.purposeNames[e.purpose])}`,
      `STATUS:${e.proposed ? 'TENTATIVE' : 'CONFIRMED'}`,
    );
    const organiser = e.from.people.map((id) => plan.people.get(id)).find((p) => p?.email !== undefined);
    if (organiser) lines.push(`ORGANIZER;CN=${paramValue(organiser.name)}:mailto:${organiser.email}`);
    for (const id of e.recipients) {
      const person = plan.people.get(id);
      if (person?.email === undefined) continue;
      const roles = person.roles.filter((r) => e.to.roles.includes(r));
      const shown = (roles.length > 0 ? roles : person.roles).map(paramValue).join(',');
      lines.push(`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=${paramValue(person.name)}${shown ? `;X-MENTOR-ROLE=${shown}` : ''}:mailto:${person.email}`);
    }
    lines.push(`X-MENTOR-MESSAGE:${e.id}`, `X-MENTOR-OCCURRENCE:${e.occurrence}`, `X-MENTOR-PROPOSED:${e.proposed ? 'TRUE' : 'FALSE'}`, `X-MENTOR-FROM-ROLE:${e.from.role}`);
    for (const role of e.to.roles) lines.push(`X-MENTOR-TO-ROLE:${role}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
};
