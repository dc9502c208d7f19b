import { describe, expect, it } from 'vitest';
import { decideColor, decideLocale, isCi } from './env.js';

describe('decideColor', () => {
  it('follows the flag first', () => {
    expect(decideColor(false, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(decideColor(true, { NO_COLOR: '1' }, false)).toBe(true);
  });
  it('turns colour off for any non-empty NO_COLOR, even on a terminal', () => {
    expect(decideColor(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(decideColor(undefined, { NO_COLOR: '' }, true)).toBe(true);
  });
  it('turns colour on with FORCE_COLOR unless it says 0 or false', () => {
    expect(decideColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(decideColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(decideColor(undefined, { FORCE_COLOR: 'false' }, true)).toBe(false);
  });
  it('is off for TERM=dumb and for pipes', () => {
    expect(decideColor(undefined, { TERM: 'dumb' }, true)).toBe(false);
    expect(decideColor(undefined, {}, false)).toBe(false);
    expect(decideColor(undefined, {}, true)).toBe(true);
  });
});

describe('decideLocale', () => {
  it('prefers the flag, then MENTOR_LOCALE, then the system language', () => {
    expect(decideLocale('pl', { LANG: 'en_GB.UTF-8' })).toBe('pl');
    expect(decideLocale(undefined, { MENTOR_LOCALE: 'pl', LANG: 'en_GB.UTF-8' })).toBe('pl');
    expect(decideLocale(undefined, { LANG: 'pl_PL.UTF-8' })).toBe('pl');
    expect(decideLocale(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(decideLocale('en', { LANG: 'pl_PL.UTF-8' })).toBe('en');
    expect(decideLocale(undefined, {})).toBe('en');
  });
});

describe('isCi', () => {
  it('recognises CI=true and CI=1 only', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'TRUE' })).toBe(true);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
