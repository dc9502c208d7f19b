import { addDays } from '../model/dates.js';
import { easterSunday } from './easter.js';

/**
 * Which public holidays count as days off:
 * - `PL`: Poland's statutory days off (ustawa o dniach wolnych od pracy), with Epiphany from 2011
 *   and Christmas Eve from 2025;
 * - `common`: New Year's Day and Christmas Day only, the two days off in every country an English
 *   programme is likely to run in (an English locale names no country).
 */
export type HolidayCalendar = 'PL' | 'common';

export const holidayCalendars: readonly HolidayCalendar[] = ['PL', 'common'];

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
  | 'boxing-day';

export interface Holiday {
  date: string;
  id: HolidayId;
}

const fixed = (year: number, monthDay: string, id: HolidayId): Holiday => ({ date: `${String(year).padStart(4, '0')}-${monthDay}`, id });

/** The public holidays of one year in a calendar, sorted by date. */
export function publicHolidays(year: number, calendar: HolidayCalendar): Holiday[] {
  if (calendar === 'common') return [fixed(year, '01-01', 'new-year'), fixed(year, '12-25', 'christmas-day')];
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
