import { describe, expect, it } from 'vitest';
import { localeFormat } from './locale-format.js';

const sessions = { one: 'sesja', few: 'sesje', many: 'sesji', other: 'sesji' };

describe('localeFormat', () => {
  it('writes Polish numbers, shares and dates', () => {
    const f = localeFormat('pl');
    expect(f.percent(0.711)).toBe('71,1%');
    expect(f.number(12345.678, 2)).toBe('12\u00a0345,68');
    expect(f.date('2026-06-30')).toBe('30.06.2026');
  });
  it('writes English numbers, shares and dates', () => {
    const f = localeFormat('en');
    expect(f.percent(0.711)).toBe('71.1%');
    expect(f.number(12345.678, 2)).toBe('12,345.68');
    expect(f.date('2026-06-30')).toBe('30 Jun 2026');
  });
  it('picks Polish plural forms', () => {
    const f = localeFormat('pl');
    expect([1, 2, 4, 5, 12, 22, 25].map((n) => f.plural(n, sessions))).toEqual(['1 sesja', '2 sesje', '4 sesje', '5 sesji', '12 sesji', '22 sesje', '25 sesji']);
    expect(f.plural(1.5, sessions)).toBe('1,5 sesji');
  });
  it('picks English plural forms', () => {
    const f = localeFormat('en');
    expect(f.plural(1, { one: 'session', other: 'sessions' })).toBe('1 session');
    expect(f.plural(0, { one: 'session', other: 'sessions' })).toBe('0 sessions');
  });
});
