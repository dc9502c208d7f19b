/** Offset of the first character of the line holding `offset`. */
export function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Offset just past the end of the line holding `offset - 1`'s character, newline included: where a
 * new line goes after text ending at `offset`. An offset already at a line's start stays.
 */
export function lineEndAfter(source: string, offset: number): number {
  if (offset === 0 || source[offset - 1] === '\n') return offset;
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline + 1;
}

/**
 * Whether a list's items are set apart by blank lines: it has two items or more, and the line before
 * each item's first line (`starts`, offsets of line starts), but the first item's, is blank.
 */
export function blankBetween(source: string, starts: readonly number[]): boolean {
  if (starts.length < 2) return false;
  for (let i = 1; i < starts.length; i++) {
    const end = starts[i]! - 1;
    if (end < 1) return false;
    const line = source.slice(source.lastIndexOf('\n', end - 1) + 1, end);
    if (!/^[ \t]*\r?$/.test(line)) return false;
  }
  return true;
}

export function columnOf(source: string, offset: number): number {
  return offset - lineStartOf(source, offset);
}

/** The line ending a file uses: a new line written into it uses the same. */
export function lineEnding(source: string): '\n' | '\r\n' {
  const newline = source.indexOf('\n');
  return newline > 0 && source[newline - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Where a list under `key` goes when a commented-out sample of it (`# key:` at the mapping's
 * column, followed by deeper `#   - …` lines) stands in the region: right after that sample, so the
 * real list follows its example. Undefined when the region holds no such sample.
 */
export function afterCommentedSample(source: string, regionStart: number, regionEnd: number, key: string, column: number): number | undefined {
  const indent = ' '.repeat(column);
  const heading = new RegExp(`^${indent}#\\s?${escapeRegExp(key)}:\\s*$`);
  const sampleLine = new RegExp(`^${indent}#\\s(?:\\s|-)`);
  let at = regionStart;
  let found: number | undefined;
  while (at < regionEnd) {
    const newline = source.indexOf('\n', at);
    const end = newline === -1 ? source.length : newline + 1;
    const line = source.slice(at, end).replace(/\r?\n$/, '');
    if (found === undefined) {
      if (heading.test(line)) found = end;
    } else if (sampleLine.test(line)) found = end;
    else break;
    at = end;
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the file writes flow collections with spaces inside the brackets (`[ a, b ]`, yaml's
 * default and the scaffold's) or without (`[a, b]`, as most people type), from the first one in
 * its first 64 KB; undefined when there is none.
 */
export function flowPadding(source: string): boolean | undefined {
  const m = /(?:^|[:-][ \t])[[{]( ?)[\w"']/m.exec(source.length > 65536 ? source.slice(0, 65536) : source);
  return m ? m[1] === ' ' : undefined;
}
