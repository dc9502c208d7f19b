import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { collect, parseCount, parseDate } from './options.js';

describe('option parsers', () => {
  it('parseCount takes whole numbers only', () => {
    expect(parseCount('--max-warnings')('0')).toBe(0);
    expect(parseCount('--max-warnings')('12')).toBe(12);
    expect(() => parseCount('--max-warnings')('-1')).toThrow(UsageError);
    expect(() => parseCount('--max-warnings')('1.5')).toThrow(/--max-warnings/);
  });
  it('parseDate takes real calendar dates only', () => {
    expect(parseDate('--today')('2026-02-28')).toBe('2026-02-28');
    expect(() => parseDate('--today')('2026-02-30')).toThrow(UsageError);
    expect(() => parseDate('--today')('28.02.2026')).toThrow(/YYYY-MM-DD/);
  });
  it('collect accumulates repeated values', () => {
    expect(collect('b', collect('a', undefined))).toEqual(['a', 'b']);
  });
});
