import { describe, expect, it } from 'vitest';
import { maxOccurrences, occurrenceDates } from './occurrences.js';

const milestones = new Map([
  ['kick-off', '2026-01-19'],
  ['closing', '2026-03-02'],
]);

describe('occurrenceDates', () => {
  it('dates a one-off message by its fixed date or its milestone and offset', () => {
    expect(occurrenceDates({ when: { date: '2026-02-02' } }, milestones, '2026-06-30')).toEqual(['2026-02-02']);
    expect(occurrenceDates({ when: { milestone: 'kick-off', offsetDays: -14 } }, milestones, '2026-06-30')).toEqual(['2026-01-05']);
    expect(occurrenceDates({ when: { milestone: 'nowhere' } }, milestones, '2026-06-30')).toEqual([]);
  });

  it('repeats every N weeks up to `until`, both ends included', () => {
    const dates = occurrenceDates({ when: { milestone: 'kick-off' }, every: { weeks: 2, until: { milestone: 'closing', offsetDays: -14 } } }, milestones, '2026-06-30');
    expect(dates).toEqual(['2026-01-19', '2026-02-02', '2026-02-16']);
  });

  it('runs to the end of the period without `until`, and keeps the first date when `until` comes before it', () => {
    expect(occurrenceDates({ when: { date: '2026-06-01' }, every: { weeks: 2 } }, milestones, '2026-06-30')).toEqual(['2026-06-01', '2026-06-15', '2026-06-29']);
    expect(occurrenceDates({ when: { date: '2026-06-01' }, every: { weeks: 1, until: { date: '2026-05-01' } } }, milestones, '2026-06-30')).toEqual(['2026-06-01']);
  });

  it('stops at a bound however long the period', () => {
    expect(occurrenceDates({ when: { date: '2026-01-01' }, every: { weeks: 1 } }, milestones, '2099-12-31')).toHaveLength(maxOccurrences);
  });
});
