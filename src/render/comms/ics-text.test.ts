import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentLines, escapeText, foldLine, paramValue } from './ics-text.js';

const octets = (s: string): number => new TextEncoder().encode(s).length;
const unfold = (s: string): string => s.replace(/\r\n /g, '');

describe('RFC 5545 text', () => {
  it('escapes TEXT values so a parser reads them back whole', () => {
    const value = 'Zażółć; gęślą, jaźń\\ "quoted"\nsecond line\r\nthird';
    const parsed = ICAL.Component.fromString(`BEGIN:VEVENT\r\nSUMMARY:${escapeText(value)}\r\nEND:VEVENT\r\n`);
    expect(parsed.getFirstPropertyValue('summary')).toBe(value.replace(/\r\n/g, '\n'));
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('quotes parameter values that hold separators, and never lets a double quote through', () => {
    expect(paramValue('Anna Nowak')).toBe('Anna Nowak');
    expect(paramValue('Nowak, Anna')).toBe('"Nowak, Anna"');
    expect(paramValue('Anna "Ania" Nowak')).toBe("Anna 'Ania' Nowak");
  });

  it('folds at 75 octets, counting Polish letters as two, and never splits a character', () => {
    const line = `SUMMARY:${'ąę'.repeat(60)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
    expect(contentLines(['A:1', 'B:2'])).toBe('A:1\r\nB:2\r\n');
  });

  it('folds any text into lines of at most 75 octets that unfold to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 300 },
    );
  });
});
