import { describe, expect, it } from 'vitest';
import { holidayOn, publicHolidays } from './holidays.js';

describe('publicHolidays', () => {
  it('lists Poland\'s thirteen days off of 2025, Christmas Eve included from that year', () => {
    expect(publicHolidays(2025, 'PL').map((h) => `${h.date} ${h.id}`)).toEqual([
      '2025-01-01 new-year',
      '2025-01-06 epiphany',
      '2025-04-20 easter-sunday',
      '2025-04-21 easter-monday',
      '2025-05-01 labour-day',
      '2025-05-03 constitution-day',
      '2025-06-08 pentecost',
      '2025-06-19 corpus-christi',
      '2025-08-15 assumption',
      '2025-11-01 all-saints',
      '2025-11-11 independence-day',
      '2025-12-24 christmas-eve',
      '2025-12-25 christmas-day',
      '2025-12-26 boxing-day',
    ]);
  });

  it('moves Easter, Pentecost and Corpus Christi with the year', () => {
    const of = (year: number) => Object.fromEntries(publicHolidays(year, 'PL').map((h) => [h.id, h.date]));
    expect(of(2026)).toMatchObject({ 'easter-monday': '2026-04-06', pentecost: '2026-05-24', 'corpus-christi': '2026-06-04' });
    expect(of(2027)).toMatchObject({ 'easter-monday': '2027-03-29', pentecost: '2027-05-16', 'corpus-christi': '2027-05-27' });
  });

  it('has no Christmas Eve before 2025 and no Epiphany before 2011, as the law had them', () => {
    expect(holidayOn('2024-12-24', 'PL')).toBeUndefined();
    expect(holidayOn('2025-12-24', 'PL')).toBe('christmas-eve');
    expect(holidayOn('2010-01-06', 'PL')).toBeUndefined();
    expect(holidayOn('2011-01-06', 'PL')).toBe('epiphany');
  });

  it('keeps only New Year and Christmas Day in the common calendar', () => {
    expect(publicHolidays(2027, 'common').map((h) => h.date)).toEqual(['2027-01-01', '2027-12-25']);
    expect(holidayOn('2027-12-26', 'common')).toBeUndefined();
    expect(holidayOn('2027-11-11', 'common')).toBeUndefined();
  });
});

describe('England and Wales (GB)', () => {
  it('lists the bank holidays gov.uk lists, substitute days included', () => {
    expect(publicHolidays(2026, 'GB').map((h) => h.date)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-26', '2026-12-28']);
    // Christmas on a Saturday and Boxing Day on a Sunday: Monday and Tuesday instead.
    expect(publicHolidays(2027, 'GB').map((h) => h.date)).toEqual(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28']);
    expect(holidayOn('2026-12-28', 'GB')).toBe('substitute-day');
    expect(holidayOn('2028-01-03', 'GB')).toBe('substitute-day');
    expect(holidayOn('2026-08-31', 'common')).toBeUndefined();
  });
});
