/** 1-based line spans of [start, end) offsets in a text, for matching findings to the items they point at. */
export function lineSpans(text: string, ranges: readonly { start: number; end: number }[]): { from: number; to: number }[] {
  const ordered = ranges.map((r, i) => ({ ...r, i })).sort((a, b) => a.start - b.start);
  const spans: { from: number; to: number }[] = new Array<{ from: number; to: number }>(ranges.length);
  let line = 1;
  let at = 0;
  // One character at a time: a call of indexOf per line costs several times more on the 200,000
  // lines before an item appended to a large records file.
  const advance = (offset: number): void => {
    const to = Math.min(offset, text.length);
    for (; at < to; at++) if (text.charCodeAt(at) === 10) line++;
  };
  for (const r of ordered) {
    advance(r.start);
    const from = line;
    // The end offset sits just past the item's last newline: that newline closes its last line.
    advance(Math.max(r.start, r.end - 1));
    spans[r.i] = { from, to: line };
  }
  return spans;
}
