import { addDays } from '../model/dates.js';
import { easterSunday } from './easter.js';

/**
 * Which public holidays count as days off:
 * - `PL`: Poland's statutory days off (ustawa o dniach wolnych od pracy), with Epiphany from 2011
 *   and Christmas Eve from 2025;
 * - `GB`: the bank holidays of England and Wales, with their substitute days (a programme in the
 *   `Europe/London` time zone: a plant in Sheffield or Wrexham is shut on the summer bank holiday);
 * - `common`: New Year's Day and Christmas Day only, the two days off in every country an English
 *   programme is likely to run in (an English locale names no country).
 */
export type HolidayCalendar = 'PL' | 'GB' | 'common';

export const holidayCalendars: readonly HolidayCalendar[] = ['PL', 'GB', 'common'];

/** Stable ids of the holidays, worded by the catalogues (`calendar.holidays`). */
export type HolidayId =
  | 'new-year'
  | 'epiphany'
  | 'easter-sunday'
  | 'easter-monday'
  | 'labour-day'
  | 'constitution-day'
  | 'pentecost'
  | 'corpus-christi'
  | 'assumption'
  | 'all-saints'
  | 'independence-day'
  | 'christmas-eve'
  | 'christmas-day'
  | 'boxing-day'
  | 'good-friday'
  | 'early-may-bank-holiday'
  | 'spring-bank-holiday'
  | 'summer-bank-holiday'
  | 'substitute-day';

export interface Holiday {
  date: string;
  id: HolidayId;
}

const fixed = (year: number, monthDay: string, id: HolidayId): Holiday => ({ date: `${String(year).padStart(4, '0')}-${monthDay}`, id });

/** The public holidays of one year in a calendar, sorted by date. */
export function publicHolidays(year: number, calendar: HolidayCalendar): Holiday[] {
  if (calendar === 'common') return [fixed(year, '01-01', 'new-year'), fixed(year, '12-25', 'christmas-day')];
  if (calendar === 'GB') return englandAndWales(year);
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    fixed(year, '01-01', 'new-year'),
    ...(year >= 2011 ? [fixed(year, '01-06', 'epiphany')] : []),
    { date: easter, id: 'easter-sunday' },
    { date: addDays(easter, 1), id: 'easter-monday' },
    fixed(year, '05-01', 'labour-day'),
    fixed(year, '05-03', 'constitution-day'),
    { date: addDays(easter, 49), id: 'pentecost' },
    { date: addDays(easter, 60), id: 'corpus-christi' },
    fixed(year, '08-15', 'assumption'),
    fixed(year, '11-01', 'all-saints'),
    fixed(year, '11-11', 'independence-day'),
    ...(year >= 2025 ? [fixed(year, '12-24', 'christmas-eve')] : []),
    fixed(year, '12-25', 'christmas-day'),
    fixed(year, '12-26', 'boxing-day'),
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** Day of the week of a date, 0 = Sunday … 6 = Saturday. */
const dayOfWeek = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The first Monday on or after a date. */
const mondayFrom = (date: string): string => addDays(date, (8 - dayOfWeek(date)) % 7);

/**
 * England and Wales: New Year's Day, Good Friday, Easter Monday, the early May, spring and summer
 * bank holidays (first Monday of May, last Mondays of May and August), Christmas and Boxing Day; a
 * fixed day on a weekend gives the next free weekday instead (the substitute day). One-off changes
 * by proclamation (a coronation, a jubilee) are not known in advance and are not listed.
 */
function englandAndWales(year: number): Holiday[] {
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const lastMonday = (month: string, days: number): string => addDays(`${y}-${month}-${days}`, -((dayOfWeek(`${y}-${month}-${days}`) + 6) % 7));
  const holidays: Holiday[] = [
    { date: addDays(easter, -2), id: 'good-friday' },
    { date: addDays(easter, 1), id: 'easter-monday' },
    { date: mondayFrom(`${y}-05-01`), id: 'early-may-bank-holiday' },
    { date: lastMonday('05', 31), id: 'spring-bank-holiday' },
    { date: lastMonday('08', 31), id: 'summer-bank-holiday' },
  ];
  // Fixed days in order; one on a weekend moves to the first weekday not already taken.
  const taken = new Set<string>();
  for (const [monthDay, id] of [['01-01', 'new-year'], ['12-25', 'christmas-day'], ['12-26', 'boxing-day']] as const) {
    const date = `${y}-${monthDay}`;
    holidays.push({ date, id });
    taken.add(date);
    const day = dayOfWeek(date);
    if (day !== 0 && day !== 6) continue;
    let substitute = mondayFrom(date);
    while (taken.has(substitute)) substitute = addDays(substitute, 1);
    taken.add(substitute);
    holidays.push({ date: substitute, id: 'substitute-day' });
  }
  return holidays.sort((x, y2) => (x.date < y2.date ? -1 : x.date > y2.date ? 1 : 0));
}

// Validation asks about the same few years again and again: keep each year's table.
const cache = new Map<string, ReadonlyMap<string, HolidayId>>();

/** The holiday on `date` (`YYYY-MM-DD`), if any. */
export function holidayOn(date: string, calendar: HolidayCalendar): HolidayId | undefined {
  const year = Number(date.slice(0, 4));
  const key = `${calendar}:${year}`;
  let table = cache.get(key);
  if (!table) {
    table = new Map(publicHolidays(year, calendar).map((h) => [h.date, h.id]));
    cache.set(key, table);
  }
  return table.get(date);
}
