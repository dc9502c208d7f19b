import { describe, expect, it } from 'vitest';
import { calendarForLocale, dayOff, isWorkingDay, weekday, workingDayOnOrAfter, workingDayOnOrBefore, workingDaysBetween } from './index.js';

describe('working days', () => {
  it('names weekends first, then holidays', () => {
    expect(weekday('2026-11-30')).toBe(0);
    expect(dayOff('2026-11-28', 'PL')).toEqual({ kind: 'weekend', day: 'saturday' });
    expect(dayOff('2026-11-29', 'PL')).toEqual({ kind: 'weekend', day: 'sunday' });
    // 1 November 2026 is a Sunday: the weekend is the reason given.
    expect(dayOff('2026-11-01', 'PL')).toEqual({ kind: 'weekend', day: 'sunday' });
    expect(dayOff('2026-11-11', 'PL')).toEqual({ kind: 'holiday', holiday: 'independence-day' });
    expect(dayOff('2026-11-11', 'common')).toBeUndefined();
    expect(isWorkingDay('2026-11-30', 'PL')).toBe(true);
  });

  it('finds the nearest working day on either side, across Christmas and the New Year', () => {
    expect(workingDayOnOrAfter('2026-12-24', 'PL')).toBe('2026-12-28');
    expect(workingDayOnOrBefore('2026-12-27', 'PL')).toBe('2026-12-23');
    expect(workingDayOnOrAfter('2027-01-01', 'PL')).toBe('2027-01-04');
    expect(workingDayOnOrAfter('2026-12-24', 'common')).toBe('2026-12-24');
    expect(workingDayOnOrAfter('2027-04-02', 'PL')).toBe('2027-04-02');
  });

  it('lists the working days of a span', () => {
    expect(workingDaysBetween('2027-04-30', '2027-05-07', 'PL')).toEqual(['2027-04-30', '2027-05-04', '2027-05-05', '2027-05-06', '2027-05-07']);
  });

  it('follows the locale: Polish holidays for pl, the common ones for en', () => {
    expect(calendarForLocale('pl')).toBe('PL');
    expect(calendarForLocale('en')).toBe('common');
  });
});
