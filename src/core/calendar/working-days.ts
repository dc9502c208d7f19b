import { addDays, toUtc } from '../model/dates.js';
import { holidayOn, type HolidayCalendar, type HolidayId } from './holidays.js';

/** Why a date is not a working day. */
export type DayOff = { kind: 'weekend'; day: 'saturday' | 'sunday' } | { kind: 'holiday'; holiday: HolidayId };

/** 0 = Monday … 6 = Sunday. */
export function weekday(date: string): number {
  return (new Date(toUtc(date)).getUTCDay() + 6) % 7;
}

/** Why `date` is a day off (a weekend first, then a holiday), or undefined for a working day. */
export function dayOff(date: string, calendar: HolidayCalendar): DayOff | undefined {
  const day = weekday(date);
  if (day === 5) return { kind: 'weekend', day: 'saturday' };
  if (day === 6) return { kind: 'weekend', day: 'sunday' };
  const holiday = holidayOn(date, calendar);
  return holiday ? { kind: 'holiday', holiday } : undefined;
}

export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  return dayOff(date, calendar) === undefined;
}

/** The first working day on or after `date`. */
export function workingDayOnOrAfter(date: string, calendar: HolidayCalendar): string {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** The last working day on or before `date`. */
export function workingDayOnOrBefore(date: string, calendar: HolidayCalendar): string {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/** Working days from `from` to `to`, both included, in order. */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) days.push(day);
  return days;
}
