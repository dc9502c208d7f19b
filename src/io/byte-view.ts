import { isUtf8 } from 'node:buffer';

/**
 * The byte view (src/core/text/byte-view.ts) of UTF-8 bytes without a BOM, or undefined when they
 * are binary or not UTF-8 (the parser then says so). A copy of the bytes, where decoding megabytes
 * of people or records would cost more than the rest of an addition: only the items it concerns
 * are ever turned into text.
 */
export function byteView(bytes: Uint8Array): string | undefined {
  if (bytes.subarray(0, 8192).indexOf(0) !== -1 || !isUtf8(bytes)) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString('latin1');
}

/** The bytes a byte view holds. */
export function bytesOfView(view: string): Buffer {
  return Buffer.from(view, 'latin1');
}

/** The text a whole byte view holds, decoded natively (textOfView in core is for the small parts). */
export function textOfWholeView(view: string): string {
  return bytesOfView(view).toString('utf8');
}
