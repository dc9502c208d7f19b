import { describe, expect, it } from 'vitest';
import { decideColor, decideLocale, isCi, namedLocale } from './env.js';

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

describe('namedLocale', () => {
  it('is undefined when nothing names a language, as on CI runners', () => {
    expect(namedLocale(undefined, {})).toBeUndefined();
    expect(namedLocale(undefined, { LANG: 'C' })).toBeUndefined();
    expect(namedLocale(undefined, { LANG: 'C.UTF-8' })).toBeUndefined();
    expect(namedLocale(undefined, { LANG: 'POSIX' })).toBeUndefined();
    expect(namedLocale(undefined, { LANG: '' })).toBeUndefined();
    expect(namedLocale(undefined, { LC_ALL: 'C', LANG: 'pl_PL.UTF-8' })).toBeUndefined();
  });
  it('follows the first of LC_ALL, LC_MESSAGES and LANG that is set', () => {
    expect(namedLocale(undefined, { LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'C' })).toBe('pl');
    expect(namedLocale(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'pl_PL.UTF-8' })).toBe('en');
    expect(namedLocale(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
  });
  it('is named by the flag or MENTOR_LOCALE whatever the system says', () => {
    expect(namedLocale('pl', { LANG: 'C' })).toBe('pl');
    expect(namedLocale(undefined, { MENTOR_LOCALE: 'en', LANG: 'C' })).toBe('en');
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
