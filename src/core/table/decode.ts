import type { TableEncoding } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a CSV export. A UTF-8 byte-order mark means UTF-8, a UTF-16 LE one means what Excel
 * calls "Unicode text"; otherwise bytes that are valid UTF-8 are read as UTF-8 and anything else as
 * Windows-1250, which Polish Excel writes ("CSV (rozdzielany średnikami)"). A Windows-1250 file is
 * almost never valid UTF-8 by accident: its Polish letters are single bytes above 0x7F, which UTF-8
 * allows only in multi-byte sequences. `given` overrides the guess.
 */
export function decodeText(bytes: Uint8Array, given?: TableEncoding): { text: string; encoding: TableEncoding } {
  const bom8 = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const bom16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
  const encoding: TableEncoding = given ?? (bom8 ? 'utf-8' : bom16 ? 'utf-16le' : isUtf8(bytes) ? 'utf-8' : 'windows-1250');
  // A non-fatal decoder for the chosen encoding: a stray byte in a file forced to UTF-8 becomes U+FFFD.
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when the text cannot be a table someone exported: NUL characters, or many control
 * characters (a binary file read as Windows-1250 decodes without error, into noise).
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\0')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > sample.length / 100;
}
