import { describe, expect, it } from 'vitest';
import { offsetAt, offsetText, transitions, vtimezoneLines } from './vtimezone.js';

describe('VTIMEZONE from Intl', () => {
  it('finds Poland’s changes to the minute (last Sundays of March and October, 01:00 UTC)', () => {
    expect(transitions('Europe/Warsaw', 2026, 2026)).toEqual([
      { at: Date.parse('2026-03-29T01:00:00Z'), from: 60, to: 120 },
      { at: Date.parse('2026-10-25T01:00:00Z'), from: 120, to: 60 },
    ]);
    expect(offsetAt('Europe/Warsaw', Date.parse('2026-07-01T12:00:00Z'))).toBe(120);
  });

  it('writes observances starting at the local time of each change', () => {
    expect(vtimezoneLines('Europe/Warsaw', 2026, 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Warsaw',
      'BEGIN:STANDARD',
      'DTSTART:20260101T010000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('handles zones without daylight saving, and the southern summer', () => {
    expect(vtimezoneLines('Asia/Tokyo', 2026, 2027).filter((l) => l.startsWith('BEGIN:'))).toEqual(['BEGIN:VTIMEZONE', 'BEGIN:STANDARD']);
    const sydney = vtimezoneLines('Australia/Sydney', 2026, 2026);
    expect(sydney[2]).toBe('BEGIN:DAYLIGHT');
    expect(sydney).toContain('TZOFFSETTO:+1100');
    expect(offsetText(-300)).toBe('-0500');
    expect(offsetText(330)).toBe('+0530');
  });
});
