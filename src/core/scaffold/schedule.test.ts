import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/index.js';
import { placeOnWorkingDays } from './schedule.js';

const period = { start: '2026-11-30', end: '2027-05-16' };

describe('placeOnWorkingDays', () => {
  it('leaves working days alone and moves a weekend to the nearest working day', () => {
    const placed = placeOnWorkingDays(
      [
        { key: 'monday', ideal: '2026-12-07' },
        { key: 'saturday', ideal: '2026-12-12' },
        { key: 'sunday', ideal: '2026-12-20' },
      ],
      period,
      'PL',
    );
    expect(Object.fromEntries(placed)).toEqual({ monday: '2026-12-07', saturday: '2026-12-11', sunday: '2026-12-21' });
  });

  it('keeps events in order and apart across Christmas: matching on the 24th, a message on the 25th', () => {
    const placed = placeOnWorkingDays(
      [
        { key: 'closes', ideal: '2026-12-21' },
        { key: 'matching', ideal: '2026-12-24', weight: 3 },
        { key: 'pairs-announced', ideal: '2026-12-25' },
        { key: 'kick-off', ideal: '2026-12-28', weight: 3 },
        { key: 'kick-off-meeting', ideal: '2026-12-28' },
      ],
      period,
      'PL',
    );
    const days = ['closes', 'matching', 'pairs-announced', 'kick-off'].map((k) => placed.get(k)!);
    for (const day of days) expect(isWorkingDay(day, 'PL')).toBe(true);
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
    // Meant for the same day, they stay together.
    expect(placed.get('kick-off-meeting')).toBe(placed.get('kick-off'));
    // In an English programme only Christmas Day moves; the milestone stays, the message after it follows.
    const en = placeOnWorkingDays([{ key: 'matching', ideal: '2026-12-24', weight: 3 }, { key: 'message', ideal: '2026-12-25' }], period, 'common');
    expect(Object.fromEntries(en)).toEqual({ matching: '2026-12-24', message: '2026-12-28' });
    // Unweighted, the cheapest way keeps both near: the first moves back a day to make room.
    const equal = placeOnWorkingDays([{ key: 'matching', ideal: '2026-12-24' }, { key: 'message', ideal: '2026-12-25' }], period, 'common');
    expect(Object.fromEntries(equal)).toEqual({ matching: '2026-12-23', message: '2026-12-24' });
  });

  it('stays inside the period, moving back from a last day that is a Sunday', () => {
    const placed = placeOnWorkingDays([{ key: 'closing', ideal: '2027-05-16' }], period, 'PL');
    expect(placed.get('closing')).toBe('2027-05-14');
  });

  it('lets an event meant to lie outside the period stay there', () => {
    const placed = placeOnWorkingDays([{ key: 'closes', ideal: '2026-11-21' }], period, 'PL');
    expect(placed.get('closes')).toBe('2026-11-20');
  });

  it('shares days when there are too few to keep every event apart', () => {
    // Friday to Monday: four days meant, two working days to put them on.
    const events = ['a', 'b', 'c', 'd'].map((key, i) => ({ key, ideal: `2026-12-0${i + 4}` }));
    const placed = placeOnWorkingDays(events, { start: '2026-12-04', end: '2026-12-07' }, 'PL');
    const days = events.map((e) => placed.get(e.key)!);
    expect([...days].sort()).toEqual(days);
    for (const day of days) expect(['2026-12-04', '2026-12-07']).toContain(day);
  });
});
