import { describe, expect, it } from 'vitest';
import { addDays, clampDate, defaultStart, endOf, isIsoDate, relativise, resolveDate } from './dates.js';
import { slugify } from './slug.js';

const period = { start: '2026-02-02', end: '2026-07-19' };

describe('relative dates', () => {
  it('resolve from the start, the middle and the end of the period', () => {
    expect(resolveDate('start', period)).toBe('2026-02-02');
    expect(resolveDate('start+14', period)).toBe('2026-02-16');
    expect(resolveDate('start-7', period)).toBe('2026-01-26');
    expect(resolveDate('mid', period)).toBe('2026-04-26');
    expect(resolveDate('end-6', period)).toBe('2026-07-13');
  });

  it('round-trip through relativise, anchored where the date sits', () => {
    for (const date of ['2026-02-02', '2026-02-16', '2026-04-20', '2026-07-13', '2026-01-20']) {
      expect(resolveDate(relativise(date, period), period)).toBe(date);
    }
    expect(relativise('2026-07-13', period)).toBe('end-6');
    expect(relativise('2026-02-16', period)).toBe('start+14');
  });

  it('start on a Monday two weeks out and end on the last day of the last week', () => {
    expect(defaultStart('2026-11-27')).toBe('2026-12-14');
    expect(endOf('2026-02-02', 24)).toBe('2026-07-19');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(clampDate('2026-08-01', period)).toBe('2026-07-19');
    expect(isIsoDate('2026-02-29')).toBe(false);
  });
});

describe('slugify', () => {
  it('turns Polish names into ids', () => {
    expect(slugify('Zarządzanie relacją i łańcuchem dostaw')).toBe('zarzadzanie-relacja-i-lancuchem-dostaw');
    expect(slugify('  Acme Sales / 2027 ')).toBe('acme-sales-2027');
    expect(slugify('!!!')).toBe('');
  });
});
