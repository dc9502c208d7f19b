// Why the bundle is made ASCII-only: Node reads an ES module's source as bytes and decodes them;
// a file that is all ASCII becomes a one-byte string on a fast path, while one non-ASCII character
// (esbuild leaves them in regular expressions: /[ąćęłńóśźż]/) makes the whole 340 KB chunk a
// two-byte string, decoded on the slow path: about 550 more pages touched by every `validate`.

/**
 * `source` with every character beyond ASCII written as a `\uXXXX` escape (a character beyond the
 * BMP as its two surrogates, which a `u` regular expression reads back as one code point). The same
 * program in strings, templates, regular expressions and identifiers; only `String.raw` would see it.
 */
export function asciiOnly(source) {
  return source.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
