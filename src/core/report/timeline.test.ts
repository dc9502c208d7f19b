import { describe, expect, it } from 'vitest';
import { monthEnd, timelineDates } from './timeline.js';

describe('timelineDates', () => {
  it('each month end from the start, the last cut at the date', () => {
    expect(timelineDates({ start: '2026-01-12', end: '2026-06-30' }, '2026-04-15')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-15']);
  });
  it('stops at the period end, and is empty before the start', () => {
    expect(timelineDates({ start: '2026-11-20', end: '2027-02-10' }, '2027-12-31')).toEqual(['2026-11-30', '2026-12-31', '2027-01-31', '2027-02-10']);
    expect(timelineDates({ start: '2026-11-20', end: '2027-02-10' }, '2026-11-01')).toEqual([]);
  });
  it('knows leap years', () => {
    expect(monthEnd('2028-02-03')).toBe('2028-02-29');
  });
});
