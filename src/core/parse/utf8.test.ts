import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from './utf8.js';

const accepts = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// parseSource lets the native decoder decide validity and uses firstInvalidUtf8 only for the
// position: both must draw the line in the same place.
describe('firstInvalidUtf8 agrees with the native UTF-8 decoder', () => {
  it('on text, on broken sequences and on random bytes', () => {
    const samples = [
      'zażółć gęślą jaźń', 'plain', '€ 𝄞 😀', '',
    ].map((t) => new TextEncoder().encode(t));
    const broken = [[0xc3], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0x80], [0x61, 0xe2, 0x82]].map((b) => Uint8Array.from(b));
    for (const bytes of [...samples, ...broken]) expect(firstInvalidUtf8(bytes) === -1, String(bytes)).toBe(accepts(bytes));
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0x80, 0xbf));
    fc.assert(fc.property(fc.array(byte, { maxLength: 24 }), (list) => {
      const bytes = Uint8Array.from(list);
      expect(firstInvalidUtf8(bytes) === -1).toBe(accepts(bytes));
    }), { numRuns: 3000 });
  });
});
