import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { helpEn } from '../messages/help-en.js';
import { helpPl } from '../messages/help-pl.js';
import { collect, parseCount, parseDate } from './options.js';

const en = helpEn.parse;

describe('option parsers', () => {
  it('parseCount takes whole numbers only', () => {
    expect(parseCount('--max-warnings')('0', undefined, en)).toBe(0);
    expect(parseCount('--max-warnings')('12', undefined, en)).toBe(12);
    expect(() => parseCount('--max-warnings')('-1', undefined, en)).toThrow(UsageError);
    expect(() => parseCount('--max-warnings')('1.5', undefined, en)).toThrow(/--max-warnings/);
  });
  it('parseDate takes real calendar dates only', () => {
    expect(parseDate('--today')('2026-02-28', undefined, en)).toBe('2026-02-28');
    expect(() => parseDate('--today')('2026-02-30', undefined, en)).toThrow(UsageError);
    expect(() => parseDate('--today')('28.02.2026', undefined, en)).toThrow(/YYYY-MM-DD/);
  });
  it('words its errors in the language of the help', () => {
    expect(() => parseDate('--today')('28.02.2026', undefined, helpPl.parse)).toThrow('--today przyjmuje datę w postaci RRRR-MM-DD, a nie „28.02.2026”.');
  });
  it('collect accumulates repeated values', () => {
    expect(collect('b', collect('a', undefined))).toEqual(['a', 'b']);
  });
});
