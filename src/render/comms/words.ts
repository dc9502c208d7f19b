import type { CommsPlan, PlanEntry } from '../../core/comms/types.js';
import type { CommsText } from '../../messages/comms-text.js';
import type { Locale } from '../../messages/index.js';

// Up to this many people are named; beyond it a role is shown with its head count only.
const namedUpTo = 3;

/** A role's name in the programme, or its id when the programme does not define it. */
export function roleName(plan: CommsPlan, role: string): string {
  return plan.roles.find((r) => r.id === role)?.name ?? role;
}

/** Names of people by id. */
export function names(plan: CommsPlan, ids: readonly string[]): string[] {
  return ids.map((id) => plan.people.get(id)?.name ?? id);
}

/** `Sponsor (Dyrektor Sprzedaży): Piotr Dąbrowski`, or the role with a head count when many hold it. */
export function fromText(plan: CommsPlan, entry: PlanEntry, texts: CommsText): string {
  const role = roleName(plan, entry.from.role);
  const people = entry.from.people;
  if (people.length === 0) return role;
  return texts.labels.roleWith(role, people.length <= namedUpTo ? names(plan, people).join(', ') : texts.labels.people(people.length));
}

/** Who receives an entry, role by role (`Mentor: 5 osób`), then the named people; one line per group. */
export function toLines(plan: CommsPlan, entry: PlanEntry, texts: CommsText): string[] {
  return entry.reach
    .filter((g) => g.role !== undefined || g.people.length > 0)
    .map((g) => {
      if (g.role === undefined) return names(plan, g.people).join(', ');
      const n = g.people.length;
      const earlier = g.earlier ?? [];
      const listed = (ids: readonly string[], counted: boolean): string =>
        ids.length <= namedUpTo ? `${counted ? `${texts.labels.people(ids.length)}: ` : ''}${names(plan, ids).join(', ')}` : texts.labels.people(ids.length);
      // Holders reached through a role above are not counted again, but the role is not unstaffed.
      const who =
        n > 0 ? `${listed(g.people, true)}${earlier.length > 0 ? texts.labels.besidesAbove(earlier.length) : ''}` : earlier.length > 0 ? texts.labels.allAbove(listed(earlier, false)) : texts.labels.nobody;
      return texts.labels.roleWith(roleName(plan, g.role), who);
    });
}

const weekdays = new Map<Locale, Intl.DateTimeFormat>();

/** `czw., 20.11.2025` / `Thu, 20 Nov 2025`: the weekday shows at once a date that falls on a weekend. */
export function dayText(iso: string, locale: Locale, date: (iso: string) => string): string {
  let format = weekdays.get(locale);
  if (!format) weekdays.set(locale, (format = new Intl.DateTimeFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { timeZone: 'UTC', weekday: 'short' })));
  return `${format.format(new Date(`${iso}T00:00:00Z`))}, ${date(iso)}`;
}

/** The end of a timed entry, `HH:MM` (wrapping past midnight). */
export function endTime(time: string, minutes: number): string {
  const total = (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** `09:00–10:30`, or the all-day label. */
export function timeText(entry: PlanEntry, texts: CommsText): string {
  return entry.time !== undefined ? `${entry.time}–${endTime(entry.time, entry.minutes ?? 60)}` : texts.labels.allDay;
}

/** `3 of 5` for an occurrence of a recurring message, else empty. */
export function occurrenceText(entry: PlanEntry, texts: CommsText): string {
  return entry.occurrences > 1 ? texts.labels.occurrence(entry.occurrence, entry.occurrences) : '';
}
