import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, resolveWhen, within } from './dates.js';

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
