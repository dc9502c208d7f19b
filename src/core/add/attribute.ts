import type { Diagnostic } from '../diagnostics.js';

/** The identity of a finding across two runs: positions move when lines are inserted, these do not. */
const keyOf = (d: Diagnostic): string => `${d.ruleId}\u0000${d.file}\u0000${d.path}\u0000${d.message}`;

/**
 * The findings of `after` that `before` did not have (a multiset difference, so a second
 * duplicate of the same finding counts as new): what an addition causes.
 */
export function newFindings(after: readonly Diagnostic[], before: readonly Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of before) counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  return after.filter((d) => {
    const n = counts.get(keyOf(d)) ?? 0;
    if (n === 0) return true;
    counts.set(keyOf(d), n - 1);
    return false;
  });
}

/** Where an added item stands in its file: lines `from`…`to` (1-based, inclusive). */
export interface PlacedItem {
  file: string;
  from: number;
  to: number;
}

export { lineSpans } from '../edit/line-spans.js';

/** The added item a finding points into, by file and line; undefined for findings elsewhere. */
export function itemOf(d: Diagnostic, items: readonly PlacedItem[]): number | undefined {
  const i = items.findIndex((item) => item.file === d.file && d.start.line >= item.from && d.start.line <= item.to);
  return i === -1 ? undefined : i;
}

/** The field of an item a finding's path names (`sessions[12].minutes` → `minutes`), if it names one. */
export function fieldOf(d: Diagnostic, list: string): string | undefined {
  const m = new RegExp(`(?:^|\\.)${list}\\[[^\\]]*\\]\\.([A-Za-z_][\\w-]*)`).exec(d.path);
  return m?.[1];
}

/**
 * The field a rule's findings are about when they are reported at another: a mentor over capacity is
 * reported at the start of the pair that takes them over it, but it is the mentor the user chose.
 */
const subjectField: Readonly<Record<string, string>> = { 'mentor-over-capacity': 'mentor' };

/**
 * The field to place a finding of an added item at: the one its path names, if the user gave it
 * (a flag, a CSV column, an answer to a prompt); otherwise the one its rule is about, if the user
 * gave that (a mentor over capacity at `--mentor`, not at a start filled in by default); otherwise
 * the one its path names all the same: a value filled in by default (a start of today outside the
 * period) is set by that flag, and the item's position in the file is a line not written.
 */
export function placedField(d: Diagnostic, list: string, given: (key: string) => boolean): string | undefined {
  const named = fieldOf(d, list);
  if (named !== undefined && given(named)) return named;
  const subject = subjectField[d.ruleId];
  return subject !== undefined && given(subject) ? subject : named;
}
