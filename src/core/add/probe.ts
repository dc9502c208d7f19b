/**
 * A stand-in for a large records file when checking what was appended to it: its opening lines
 * (comments, `apiVersion`, `kind`, `programme`) as they are, then blank lines, then the list's key
 * and the new items on the very lines they have in the edited file. Findings about the new items
 * (and about the header) get the same line, column and excerpt as in the real file, while the
 * thousands of records already there are not parsed again: a month of 10,000 mentees is 5 MB.
 *
 * `from` and `to` are the 1-based lines of the new items. Undefined when the items start too close
 * to the top to leave room (the file is then small enough to check whole).
 */
export function probeText(text: string, list: string, from: number, to: number): { after: string; before: string } | undefined {
  const lines = text.split('\n');
  const head = openingLines(lines, from - 2);
  if (head.length > from - 2 || !head.some((l) => /^programme\s*:/.test(l))) return undefined;
  const blank = new Array<string>(from - 2 - head.length).fill('');
  return { after: [...head, ...blank, `${list}:`, ...lines.slice(from - 1, to), ''].join('\n'), before: [...head, ''].join('\n') };
}

/** The opening comments and scalars of a file, up to the first key that holds a collection (at most `max` lines). */
function openingLines(lines: readonly string[], max: number): string[] {
  const head: string[] = [];
  for (const line of lines) {
    if (head.length >= max) break;
    if (/^[A-Za-z_][\w.-]*\s*:\s*(#.*)?\r?$/.test(line)) break;
    head.push(line);
  }
  return head;
}

/**
 * A finding from a stand-in, worded for the real file: `sessions[0]` in the stand-in is
 * `sessions[5234]` after the 5,234 sessions the file already holds.
 */
export function shiftItemIndex<T extends { path: string; message: string; hint?: string }>(d: T, list: string, by: number): T {
  const pattern = new RegExp(`(^|[^\\w-])(${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\[(\\d+)\\]`, 'g');
  const shift = (text: string): string => text.replace(pattern, (_, lead: string, name: string, index: string) => `${lead}${name}[${Number(index) + by}]`);
  return { ...d, path: shift(d.path), message: shift(d.message), ...(d.hint !== undefined ? { hint: shift(d.hint) } : {}) };
}
