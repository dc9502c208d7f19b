import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { planComms } from '../../core/comms/plan.js';
import type { CommsPlan } from '../../core/comms/types.js';
import { loadProgrammeAt } from '../../io/load-programme.js';
import { catalogue } from '../../messages/index.js';
import { eventUid, commsIcs } from './ics.js';

async function examplePlan(name: string, asOf = '2026-01-05'): Promise<CommsPlan> {
  const loaded = await loadProgrammeAt(`examples/${name}`, { cwd: process.cwd(), today: '2026-11-27', locale: 'en' });
  if (!loaded.model) throw new Error(`examples/${name} does not load`);
  return planComms(loaded.model, { asOf, texts: catalogue(loaded.model.programme.metadata.locale).comms });
}

const render = (plan: CommsPlan): string => commsIcs(plan, { locale: plan.programme.locale, color: false, view: {}, toolVersion: '0.0.0' });

describe('the calendar, read back by ical.js', () => {
  let plan: CommsPlan;
  let ics: string;
  let calendar: ICAL.Component;
  beforeAll(async () => {
    plan = await examplePlan('kam-pilot');
    ics = render(plan);
    calendar = new ICAL.Component(ICAL.parse(ics));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  });

  it('is CRLF throughout, folded at 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('holds one event per entry, with its UID, date, summary, description and sequence intact', () => {
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(plan.entries.length);
    expect(plan.entries.some((e) => e.occurrences > 1) && plan.entries.some((e) => e.proposed) && plan.entries.some((e) => e.time)).toBe(true);
    plan.entries.forEach((entry, i) => {
      const event = new ICAL.Event(events[i]!);
      expect(event.uid).toBe(eventUid('kam-pilot-2026', entry));
      expect(event.summary).toBe(entry.proposed ? `(propozycja) ${entry.subject}` : entry.subject);
      expect(event.description.startsWith(`${entry.text}\n\nOd: `)).toBe(true);
      expect(event.sequence).toBe(2);
      expect(events[i]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-01-05T00:00:00Z');
      expect(events[i]!.getFirstPropertyValue('status')).toBe(entry.proposed ? 'TENTATIVE' : 'CONFIRMED');
      if (entry.time === undefined) {
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(entry.date);
        expect(event.endDate.toString()).toBe(new Date(Date.parse(`${entry.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      } else {
        expect(event.startDate.isDate).toBe(false);
        expect(event.startDate.toString()).toBe(`${entry.date}T${entry.time}:00`);
        expect(event.startDate.zone?.tzid).toBe('Europe/Warsaw');
        expect(event.duration.toSeconds()).toBe((entry.minutes ?? 60) * 60);
      }
    });
  });

  it('places timed events at the right instant, winter and summer (the VTIMEZONE works)', () => {
    const instant = (id: string): string => {
      const index = plan.entries.findIndex((e) => e.id === id);
      return new ICAL.Event(calendar.getAllSubcomponents('vevent')[index]!).startDate.toJSDate().toISOString();
    };
    // 27 January 10:00 in Warsaw is 09:00 UTC (CET); 24 June 13:00 is 11:00 UTC (CEST).
    expect(instant('k-kick-off')).toBe('2026-01-27T09:00:00.000Z');
    expect(instant('k-zamkniecie')).toBe('2026-06-24T11:00:00.000Z');
  });

  it('keeps every recipient with an e-mail address as an attendee, with their roles', () => {
    const events = calendar.getAllSubcomponents('vevent');
    plan.entries.forEach((entry, i) => {
      const attendees = events[i]!.getAllProperties('attendee').map((p) => {
        const roles = p.getParameter('x-mentor-role');
        return [String(p.getFirstValue()), (Array.isArray(roles) ? roles : [roles]).join(',')];
      });
      const expected = entry.recipients
        .map((id) => plan.people.get(id)!)
        .filter((p) => p.email !== undefined)
        .map((p) => [`mailto:${p.email}`, p.roles.filter((r) => entry.to.roles.includes(r)).join(',') || p.roles.join(',')]);
      expect(attendees).toEqual(expected);
      expect(events[i]!.getAllProperties('x-mentor-to-role').map((p) => p.getFirstValue())).toEqual(entry.to.roles);
    });
    // The kick-off reaches all four roles: 12 mentees, 5 mentors, 3 line managers and the HR owner.
    const kickOff = events[plan.entries.findIndex((e) => e.id === 'k-kick-off')]!;
    const roles = kickOff.getAllProperties('attendee').map((p) => p.getParameter('x-mentor-role'));
    expect(roles.filter((r) => r === 'mentee')).toHaveLength(12);
    expect(roles.filter((r) => r === 'line-manager')).toHaveLength(3);
  });

  it('gives the same UIDs on every run, and moves only DTSTAMP with the as-of date', async () => {
    const again = render(await examplePlan('kam-pilot'));
    expect(again).toBe(ics);
    const later = render(await examplePlan('kam-pilot', '2026-03-01'));
    const uids = (text: string): string[] => [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!);
    expect(uids(later)).toEqual(uids(ics));
    expect(later.replace(/DTSTAMP:\d+T000000Z/g, '')).toBe(ics.replace(/DTSTAMP:\d+T000000Z/g, ''));
  });

  it('writes all-day entries only when nothing is timed, with no VTIMEZONE', async () => {
    const expert = await examplePlan('expert-transfer');
    const allDay = { ...expert, entries: expert.entries.filter((e) => e.time === undefined) };
    const text = render(allDay);
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(allDay.entries.length);
    expect(render(expert)).toContain('TZID:Europe/London');
  });
});
