// VTIMEZONE components from the time-zone data Node.js already carries (ICU, through Intl), so a
// calendar names its zone's real offsets without a time-zone database of our own.

const minute = 60_000;
const day = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in minutes at an instant (+60 for Warsaw in winter). */
export function offsetAt(zone: string, utcMs: number): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']));
  return Math.round((local - Math.floor(utcMs / minute) * minute) / minute);
}

/** `+0100`, `-0500`, `+0530`. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** `YYYYMMDDTHHMMSS` of a wall-clock time given as UTC milliseconds. */
function localStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

export interface Transition {
  /** The first instant (UTC ms) of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Every change of offset in the zone from 1 January of `fromYear` to the end of `toYear`, found to the minute. */
export function transitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let t = Date.UTC(fromYear, 0, 1);
  let offset = offsetAt(zone, t);
  while (t < end) {
    const next = Math.min(t + day, end);
    const nextOffset = offsetAt(zone, next);
    if (nextOffset !== offset) {
      // The change lies in (t, next]: narrow it down to the minute.
      let lo = t;
      let hi = next;
      while (hi - lo > minute) {
        const mid = lo + Math.floor((hi - lo) / 2 / minute) * minute;
        if (offsetAt(zone, mid) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return found;
}

/**
 * The VTIMEZONE lines for a zone over the years a calendar's timed events fall in: one observance
 * for the offset in force on 1 January of the first year, then one per change (DAYLIGHT when the
 * offset grows, STANDARD when it shrinks), each starting at the wall-clock time the change happens
 * (§3.6.5: DTSTART in the offset it changes from).
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const first = offsetAt(zone, start);
  const changes = transitions(zone, fromYear, toYear);
  const firstIsDaylight = changes.length > 0 && changes[0]!.to < changes[0]!.from;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', wallClock: number, from: number, to: number): void => {
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(wallClock)}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`);
  };
  observance(firstIsDaylight ? 'DAYLIGHT' : 'STANDARD', start + first * minute, first, first);
  for (const c of changes) observance(c.to > c.from ? 'DAYLIGHT' : 'STANDARD', c.at + c.from * minute, c.from, c.to);
  lines.push('END:VTIMEZONE');
  return lines;
}
