import type { Scalar } from 'yaml';

/**
 * Maps an offset inside a scalar's string value to an offset in the source text, so a finding can
 * point at a word inside a long message (a placeholder in a folded `>-` block, say).
 *
 * Folding, indentation and line breaks only ever change whitespace, so the n-th non-blank character
 * of the value is the n-th non-blank character of the source once the quote or the block header is
 * skipped and escapes are read as the characters they stand for. Undefined when the offset falls on
 * whitespace or past the end; the caller then points at the whole value.
 */
export function scalarSourceOffset(text: string, node: Scalar, valueOffset: number): number | undefined {
  const value = node.value;
  if (typeof value !== 'string' || !node.range || valueOffset < 0 || valueOffset >= value.length || /\s/.test(value[valueOffset]!)) return undefined;
  let wanted = 0;
  for (let i = 0; i < valueOffset; i++) if (!/\s/.test(value[i]!)) wanted++;

  const [from, to] = node.range;
  let i = from;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const header = text.indexOf('\n', from);
    if (header === -1) return undefined;
    i = header + 1;
  } else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    i = from + 1;
  }
  let seen = 0;
  while (i < to) {
    const c = text[i]!;
    let width = 1;
    let blank = /\s/.test(c);
    if (node.type === 'QUOTE_SINGLE' && c === "'" && text[i + 1] === "'") width = 2;
    else if (node.type === 'QUOTE_DOUBLE' && c === '\\') {
      const e = text[i + 1] ?? '';
      width = e === 'x' ? 4 : e === 'u' ? 6 : e === 'U' ? 10 : 2;
      // Escapes that stand for blanks (\n, \t, a space, a folded line end) add no visible character.
      blank = /[ntr \t\n_LNP0abefv]/.test(e);
    }
    if (!blank) {
      if (seen === wanted) return i;
      seen++;
    }
    i += width;
  }
  return undefined;
}
