// Characters XML 1.0 forbids anywhere, even as character references: C0 controls other than tab,
// LF and CR, lone surrogates, U+FFFE and U+FFFF. They are dropped, not replaced, since no escape
// for them exists.
const illegalXmlChars = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Written as references so parsers keep them: XML normalises a raw CR (and CR LF) to LF
  // everywhere, and tabs and newlines inside attribute values to spaces.
  '\r': '&#13;',
};
const attributeEntities: Record<string, string> = { ...entities, '\n': '&#10;', '\t': '&#9;' };

/** Escapes text for XML 1.0 element content, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text.replace(illegalXmlChars, '').replace(/[&<>"'\r]/g, (ch) => entities[ch]!);
}

/** Escapes text for a double- or single-quoted XML 1.0 attribute value; newlines and tabs survive. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(illegalXmlChars, '').replace(/[&<>"'\r\n\t]/g, (ch) => attributeEntities[ch]!);
}
