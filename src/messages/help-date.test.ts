import { describe, expect, it } from 'vitest';
import { helpEn } from './help-en.js';
import { helpPl } from './help-pl.js';

describe('a date flag that cannot be read', () => {
  it('says a date written the right way that the calendar lacks is no day, not that the form is wrong', () => {
    expect(helpEn.parse.date('--as-of', '2026-02-30')).toBe('--as-of: "2026-02-30" is not a day of the calendar.');
    expect(helpPl.parse.date('--as-of', '2026-02-30')).toBe('--as-of: „2026-02-30” to nie jest dzień kalendarza.');
    expect(helpEn.parse.date('--as-of', '30.02.2026')).toBe('--as-of takes a date written YYYY-MM-DD, not "30.02.2026".');
  });
});
