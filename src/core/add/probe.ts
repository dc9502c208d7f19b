/**
 * A stand-in for a large records file when checking what was appended to it: its opening lines
 * (comments, `apiVersion`, `kind`, `programme`) as they are, the list's key, the items already
 * there that concern the same pair or person (a session recorded twice is a finding), and the new
 * items, each on the very lines it has in the edited file; every other line blank. Findings about
 * the new items get the line, column and excerpt of the real file, while the thousands of other
 * records are not parsed again: a month of 10,000 mentees is 5 MB.
 */
export interface Probe {
  /** The stand-in with the new items. */
  after: string;
  /** The same without them: what the findings of `after` are compared with. */
  before: string;
  /** The real index of each item of the stand-in's list, in order. */
  indexes: number[];
}

/**
 * `added` and `related` are 1-based line spans in `text` (the edited file); `relatedIndexes` and
 * `firstNew` give their indexes in the real list. Undefined when the items start too close to the
 * top to leave room for the header and the key (the file is then small enough to check whole).
 */
export function probeText(
  text: string,
  list: string,
  added: { from: number; to: number },
  related: readonly { from: number; to: number; index: number }[],
  firstNew: number,
): Probe | undefined {
  const lines = text.split('\n');
  const firstItem = Math.min(added.from, ...related.map((r) => r.from));
  const head = openingLines(lines, firstItem - 2);
  if (head.length > firstItem - 2 || !head.some((l) => /^programme\s*:/.test(l))) return undefined;
  const build = (withNew: boolean): string => {
    const out = new Array<string>((withNew ? added.to : Math.max(firstItem - 1, ...related.map((r) => r.to))) + 1).fill('');
    head.forEach((line, i) => (out[i] = line));
    out[firstItem - 2] = `${list}:`;
    const place = (span: { from: number; to: number }): void => {
      for (let line = span.from; line <= span.to; line++) out[line - 1] = lines[line - 1]!;
    };
    related.forEach(place);
    if (withNew) place(added);
    return out.join('\n');
  };
  const newCount = countItems(lines, added);
  return {
    after: build(true),
    before: build(false),
    indexes: [...related.map((r) => r.index), ...Array.from({ length: newCount }, (_, i) => firstNew + i)],
  };
}

/** Items in a span of list lines: the lines that start one (`- ` at the first line's indentation). */
function countItems(lines: readonly string[], span: { from: number; to: number }): number {
  const indent = /^(\s*)-/.exec(lines[span.from - 1] ?? '')?.[1] ?? '';
  let n = 0;
  for (let line = span.from; line <= span.to; line++) if (new RegExp(`^${indent}-(\\s|$)`).test(lines[line - 1] ?? '')) n++;
  return n;
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
 * A finding from a stand-in, worded for the real file: item 2 of the stand-in's `sessions` is
 * `sessions[5234]` in the real one.
 */
export function mapItemIndex<T extends { path: string; message: string; hint?: string }>(d: T, list: string, indexes: readonly number[]): T {
  const pattern = new RegExp(`(^|[^\\w-])(${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\[(\\d+)\\]`, 'g');
  const map = (text: string): string => text.replace(pattern, (whole, lead: string, name: string, index: string) => (indexes[Number(index)] === undefined ? whole : `${lead}${name}[${indexes[Number(index)]}]`));
  return { ...d, path: map(d.path), message: map(d.message), ...(d.hint !== undefined ? { hint: map(d.hint) } : {}) };
}
