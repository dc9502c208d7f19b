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
