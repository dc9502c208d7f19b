import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, resolveWhen, within, writtenDateShape } from './dates.js';

describe('dates', () => {
  it('adds days across months, years and leap days in UTC', () => {
    expect(addDays('2026-01-19', -21)).toBe('2025-12-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
  });

  it('resolves a communication date from a fixed date or a milestone offset', () => {
    const milestones = new Map([['kick-off', '2026-01-19']]);
    expect(resolveWhen({ date: '2026-01-02' }, milestones)).toBe('2026-01-02');
    expect(resolveWhen({ milestone: 'kick-off', offsetDays: -14 }, milestones)).toBe('2026-01-05');
    expect(resolveWhen({ milestone: 'kick-off' }, milestones)).toBe('2026-01-19');
    expect(resolveWhen({ milestone: 'closing' }, milestones)).toBeUndefined();
  });

  it('treats both ends of a period as inside it', () => {
    expect(within('2026-01-05', '2026-01-05', '2026-06-30')).toBe(true);
    expect(within('2026-06-30', '2026-01-05', '2026-06-30')).toBe(true);
    expect(within('2026-07-01', '2026-01-05', '2026-06-30')).toBe(false);
  });

  it('adds calendar months, keeping the day or falling back to the month’s last day', () => {
    expect(addMonths('2024-03-04', 24)).toBe('2026-03-04');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });
});

describe('writtenDateShape', () => {
  it('reads the forms parseLooseDate reads', () => {
    expect(writtenDateShape('28.12.2026')).toBe('2026-12-28');
    expect(writtenDateShape('2026-12-1')).toBe('2026-12-01');
    expect(writtenDateShape('2026-12-29 10:00')).toBe('2026-12-29');
  });

  it('reads a slashed date only when one of its numbers cannot be a month', () => {
    expect(writtenDateShape('28/12/2026')).toBe('2026-12-28');
    expect(writtenDateShape('12/28/2026')).toBe('2026-12-28');
    expect(writtenDateShape('05/06/2026')).toBeUndefined();
    expect(writtenDateShape('13/13/2026')).toBeUndefined();
  });

  it('reads a month written by its name, in Polish or English, either way round', () => {
    expect(writtenDateShape('28 grudnia 2026')).toBe('2026-12-28');
    expect(writtenDateShape('5 września 2026 r.')).toBe('2026-09-05');
    expect(writtenDateShape('1 Maj 2026')).toBe('2026-05-01');
    expect(writtenDateShape('28 Dec 2026')).toBe('2026-12-28');
    expect(writtenDateShape('December 28, 2026')).toBe('2026-12-28');
    expect(writtenDateShape('Sept. 3 2026')).toBe('2026-09-03');
    expect(writtenDateShape('28 Grudzien 2026')).toBe('2026-12-28');
    expect(writtenDateShape('3 pazdziernika 2026')).toBe('2026-10-03');
    expect(writtenDateShape('28 Grudnik 2026')).toBeUndefined();
    expect(writtenDateShape('next Monday')).toBeUndefined();
  });

  it('keeps the shape of a day the calendar does not have, for the month-length hint', () => {
    expect(writtenDateShape('31 lutego 2026')).toBe('2026-02-31');
    expect(writtenDateShape('31/02/2026')).toBe('2026-02-31');
  });
});
