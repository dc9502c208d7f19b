import { describe, expect, it } from 'vitest';
import { textOfView } from '../core/text/byte-view.js';
import { byteView, bytesOfView, textOfWholeView } from './byte-view.js';

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
