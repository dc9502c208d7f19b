/**
 * Working days and public holidays, pure and table-free beyond the law's own list: used by
 * `mentor init` to put milestones and messages on working days, by the rule `date-not-working-day`,
 * and by anything else that schedules (a communication plan).
 */
import type { Locale } from '../../messages/index.js';
import type { HolidayCalendar } from './holidays.js';

export { easterSunday } from './easter.js';
export { holidayCalendars, holidayOn, publicHolidays, type Holiday, type HolidayCalendar, type HolidayId } from './holidays.js';
export { dayOff, isWorkingDay, weekday, workingDayOnOrAfter, workingDayOnOrBefore, workingDaysBetween, type DayOff } from './working-days.js';

/**
 * The holidays a programme's dates are checked against, from its locale: Polish programmes run in
 * Poland; English says nothing about the country, so only the days off shared by every country an
 * English programme is likely to run in count (see `HolidayCalendar`), unless the programme names
 * the `Europe/London` time zone: then England and Wales's bank holidays.
 */
export function calendarForLocale(locale: Locale, timeZone?: string): HolidayCalendar {
  return locale === 'pl' ? 'PL' : timeZone === 'Europe/London' ? 'GB' : 'common';
}
