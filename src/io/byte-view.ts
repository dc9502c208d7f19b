import { isUtf8 } from 'node:buffer';
import type { Chars } from '../core/text/chars.js';

/**
 * The byte view (src/core/text/byte-view.ts) of UTF-8 bytes without a BOM, or undefined when they
 * are binary or not UTF-8 (the parser then says so). A copy of the bytes, where decoding megabytes
 * of people or records would cost more than the rest of an addition: only the items it concerns
 * are ever turned into text.
 */
export function byteView(bytes: Uint8Array): string | undefined {
  return byteText(bytes)?.slice();
}

/** The bytes a byte view holds. */
export function bytesOfView(view: string): Buffer {
  return Buffer.from(view, 'latin1');
}

/** The text a whole byte view holds, decoded natively (textOfView in core is for the small parts). */
export function textOfWholeView(view: Chars): string {
  return view instanceof ByteText ? view.bytes.toString('utf8') : bytesOfView(view.slice()).toString('utf8');
}

/**
 * A byte view kept as the bytes themselves: what a scan reads of it (a character code, a search, a
 * piece) is read from the bytes, and only the pieces sliced become strings. The people files of a
 * 10,000-mentee programme are 7 MB that `mentor add` scans for a few items: copying them into
 * strings first cost more than the scan.
 */
export class ByteText implements Chars {
  readonly length: number;

  constructor(readonly bytes: Buffer) {
    this.length = bytes.length;
  }

  charCodeAt(index: number): number {
    // A string's answer past either end.
    return this.bytes[index] ?? Number.NaN;
  }

  slice(start = 0, end = this.length): string {
    const from = start < 0 ? Math.max(0, this.length + start) : Math.min(start, this.length);
    const to = end < 0 ? Math.max(0, this.length + end) : Math.min(end, this.length);
    return to <= from ? '' : this.bytes.toString('latin1', from, to);
  }

  indexOf(search: string, position = 0): number {
    return this.bytes.indexOf(search, Math.max(0, position), 'latin1');
  }

  includes(search: string, position = 0): boolean {
    return this.indexOf(search, position) !== -1;
  }
}

/** `byteView` kept as the bytes (see ByteText), without copying them: undefined for binary or not UTF-8. */
export function byteText(bytes: Uint8Array): ByteText | undefined {
  if (bytes.subarray(0, 8192).indexOf(0) !== -1 || !isUtf8(bytes)) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new ByteText(Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom));
}
