// The text layer of RFC 5545: escaping values and parameters, and folding long lines. Kept apart
// from the calendar itself so each rule of the RFC has one place and one test.

const encoder = new TextEncoder();

/** A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex -- control characters are not allowed in TEXT
}

/**
 * A parameter value (§3.2): quoted when it holds `:`, `;` or `,`. A double quote cannot appear in
 * one at all, so it becomes a single quote; control characters go.
 */
export function paramValue(value: string): string {
  const clean = value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' '); // eslint-disable-line no-control-regex -- control characters are not allowed in parameters
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds a content line to at most 75 octets per physical line (§3.1), continuation lines starting
 * with a space. Octets, not characters: Polish letters take two in UTF-8, so a character-based fold
 * produces lines that strict parsers reject. Never splits a character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line takes one octet
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins content lines into a calendar stream: every line folded and ended by CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
