import { describe, expect, it } from 'vitest';
import { defaultDate } from './default-date.js';

const programme = { metadata: { period: { start: '2026-12-14', end: '2027-06-13' } }, process: { milestones: [{ id: 'matching', date: '2026-12-28' }, { id: 'kick-off', date: '2027-01-04' }] } };

describe('the date an addition gets when none is given', () => {
  it("starts a pair added before the programme at its kick-off, else at its first day", () => {
    expect(defaultDate('pair', programme, '2026-11-30')).toBe('2027-01-04');
    expect(defaultDate('pair', { metadata: programme.metadata }, '2026-11-30')).toBe('2026-12-14');
  });

  it('is today for a pair added once the programme runs, and for every record', () => {
    expect(defaultDate('pair', programme, '2027-02-10')).toBe('2027-02-10');
    expect(defaultDate('session', programme, '2026-11-30')).toBe('2026-11-30');
    expect(defaultDate('mentee', programme, '2026-11-30')).toBe('2026-11-30');
    expect(defaultDate('pair', undefined, '2026-11-30')).toBe('2026-11-30');
  });
});
