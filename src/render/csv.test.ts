import { describe, expect, it } from 'vitest';
import { csvDelimiterFor, toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes delimiters, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b;c', 'say "hi"', 'two\nlines', 1.5, null]], { delimiter: ';', bom: false })).toBe('a;"b;c";"say ""hi""";"two\nlines";1.5;\r\n');
  });
  it('starts with a BOM when asked', () => {
    expect(toCsv([['x']], { delimiter: ',', bom: true })).toBe('\uFEFFx\r\n');
  });
  it('keeps formulas as text, but not negative numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', '-3', -3, '@a']], { delimiter: ',', bom: false })).toBe(`"'=HYPERLINK(""x"")",-3,-3,'@a\r\n`);
  });
  it('uses ; for Polish', () => {
    expect(csvDelimiterFor('pl')).toBe(';');
    expect(csvDelimiterFor('en')).toBe(',');
  });
});
