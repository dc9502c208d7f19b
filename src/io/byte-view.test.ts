import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemId, itemsMentioning, listIndexes, listItems } from '../core/add/stand-in.js';
import { textOfView, viewOfText } from '../core/text/byte-view.js';
import { byteText, byteView, bytesOfView, textOfWholeView } from './byte-view.js';

describe('reading bytes as a byte view', () => {
  it('holds the bytes of UTF-8 one per character, without a byte-order mark', () => {
    const bytes = Buffer.from('\uFEFFmentees:\r\n  - id: me-0001 # Łukasz\r\n', 'utf8');
    const view = byteView(bytes)!;
    expect(view.startsWith('mentees:\r\n')).toBe(true);
    expect(view.length).toBe(bytes.length - 3);
    expect(textOfView(view)).toBe('mentees:\r\n  - id: me-0001 # Łukasz\r\n');
    expect(textOfWholeView(view)).toBe(textOfView(view));
    expect(bytesOfView(view).equals(bytes.subarray(3))).toBe(true);
  });

  it('refuses what is not UTF-8 text (the parser then says what it is)', () => {
    expect(byteView(Buffer.from([0x6b, 0x3a, 0x20, 0xb3, 0x0a]))).toBeUndefined();
    expect(byteView(Buffer.from('a: 1\n\u0000', 'utf8'))).toBeUndefined();
    expect(byteView(new Uint8Array(0))).toBe('');
  });
});

describe('a byte view kept as its bytes (ByteText)', () => {
  // Polish letters, an emoji (4 bytes), CRLF and the YAML of a people file.
  const text = fc.array(fc.oneof(fc.constantFrom('mentees:\n', '  - id: me-01\n', '    name: Łucja Żak\r\n', '# ąę 😀\n', 'me-01', '-', ' ', ':'), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));

  it('answers every question a scan asks as the byte-view string does', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -3, max: 80 }), fc.integer({ min: -3, max: 80 }), (t, a, b) => {
        const bytes = Buffer.from(t, 'utf8');
        const chars = byteText(bytes)!;
        const view = byteView(bytes)!;
        expect(chars.length).toBe(view.length);
        expect(chars.charCodeAt(a)).toEqual(view.charCodeAt(a));
        expect(chars.slice(a, b)).toBe(view.slice(a, b));
        expect(chars.slice(a)).toBe(view.slice(a));
        for (const search of ['\n', 'me-01', 'id:', viewOfText('Ł'), '', 'zz']) {
          expect(chars.indexOf(search, a)).toBe(view.indexOf(search, a));
          expect(chars.includes(search, a)).toBe(view.includes(search, a));
        }
        expect(textOfWholeView(chars)).toBe(textOfView(view));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the scans of a people file the answers the string gives', () => {
    const file = ['# Mentees, Łódź', 'apiVersion: mentor/v1', 'kind: People', 'mentees:', '  - id: me-01', '    name: Łucja Żak', '  - id: me-02 # ma-01 mentors her', '    lineManager: lm-01', 'pairs:', '  - { id: pr-01, mentor: ma-01, mentee: me-02 }', ''].join('\n');
    const chars = byteText(Buffer.from(file, 'utf8'))!;
    const view = viewOfText(file);
    expect(listIndexes(chars)).toEqual(listIndexes(view));
    const items = listItems(chars)!;
    expect(items).toEqual(listItems(view));
    expect(items.map((i) => itemId(chars, i))).toEqual(['me-01', 'me-02', 'pr-01']);
    expect([...itemsMentioning(chars, items, ['ma-01', 'me-0'])].map((i) => i.index)).toEqual([1, 0]);
  });
});
