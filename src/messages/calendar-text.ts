import type { HolidayId } from '../core/calendar/index.js';

/** Words for the calendar: weekdays and public holidays (used by `date-not-working-day` and by any dated plan). */
export interface CalendarText {
  /** Monday first, as `weekday()` counts. */
  weekdays: readonly [string, string, string, string, string, string, string];
  holidays: Record<HolidayId, string>;
  /** Why a date is a day off, as a phrase completing "… falls": "on a Sunday", "on a public holiday: Christmas Day". */
  fallsOn: (off: string) => string;
}
