/**
 * How alike two list items are, 0…1, over their content without the identity key: the Dice
 * coefficient of their word bags (each word tagged with the field it is in, so a name that equals a
 * description does not count). Symmetric, so diff A B and diff B A pair the same items.
 */
export function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const [token, n] of b) {
    sizeB += n;
    shared += Math.min(n, a.get(token) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

/** The word bag of an item: `field:word` for every word of every value but `skip` (its identity key). */
export function tokens(item: unknown, skip: string): Map<string, number> {
  const bag = new Map<string, number>();
  const add = (token: string): void => {
    bag.set(token, (bag.get(token) ?? 0) + 1);
  };
  const visit = (value: unknown, field: string): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, field);
    } else if (typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) visit(v, key);
    } else {
      for (const word of String(value).toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word !== '') add(`${field}:${word}`);
    }
  };
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    for (const [key, v] of Object.entries(item)) if (key !== skip) visit(v, key);
  } else {
    visit(item, '');
  }
  return bag;
}

/** Items at least this alike are shown as a possible rename rather than one removed and one added. */
export const renameThreshold = 0.7;

/** Beyond this many candidate pairs in one list, only items with the same `name` are compared (the diff stays linear). */
export const pairBudget = 4096;

/** Items sharing one anchor beyond this many are not paired (a common name says nothing). */
const maxGroup = 8;

export interface RenameCandidate {
  oldKey: string;
  newKey: string;
  score: number;
}

/**
 * Pairs removed with added items that are alike enough, best first, each item at most once. Pairs
 * are tried in an order that does not depend on which side is old (score, then the two keys sorted),
 * so the pairing of diff B A mirrors diff A B.
 */
export function pairRenames(removed: ReadonlyMap<string, unknown>, added: ReadonlyMap<string, unknown>, key: string, anchors?: readonly string[]): RenameCandidate[] {
  if (removed.size === 0 || added.size === 0) return [];
  const candidates: RenameCandidate[] = [];
  const bags = new Map<unknown, Map<string, number>>();
  const bag = (item: unknown): Map<string, number> => {
    let b = bags.get(item);
    if (!b) bags.set(item, (b = tokens(item, key)));
    return b;
  };
  const consider = (oldKey: string, oldItem: unknown, newKey: string, newItem: unknown): void => {
    const score = similarity(bag(oldItem), bag(newItem));
    if (score >= renameThreshold) candidates.push({ oldKey, newKey, score });
  };
  if (anchors === undefined && removed.size * added.size <= pairBudget) {
    for (const [oldKey, oldItem] of removed) for (const [newKey, newItem] of added) consider(oldKey, oldItem, newKey, newItem);
  } else {
    // Items must agree on their anchors (a person's name) or, past the budget, on their name. An
    // anchor shared by many items on either side says little: such groups are left alone, which
    // keeps this linear and the same whichever side is old.
    const fields = anchors ?? ['name'];
    const group = (items: ReadonlyMap<string, unknown>): Map<string, [string, unknown][]> => {
      const out = new Map<string, [string, unknown][]>();
      for (const [k, item] of items) {
        const anchor = anchorOf(item, fields);
        if (anchor === undefined) continue;
        const list = out.get(anchor) ?? [];
        list.push([k, item]);
        out.set(anchor, list);
      }
      return out;
    };
    const newGroups = group(added);
    for (const [anchor, olds] of group(removed)) {
      const news = newGroups.get(anchor);
      if (!news || olds.length > maxGroup || news.length > maxGroup) continue;
      for (const [oldKey, oldItem] of olds) for (const [newKey, newItem] of news) consider(oldKey, oldItem, newKey, newItem);
    }
  }
  const order = (c: RenameCandidate): string => (c.oldKey < c.newKey ? `${c.oldKey}\u0000${c.newKey}` : `${c.newKey}\u0000${c.oldKey}`);
  candidates.sort((a, b) => b.score - a.score || (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const usedOld = new Set<string>();
  const usedNew = new Set<string>();
  const chosen: RenameCandidate[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.oldKey) || usedNew.has(c.newKey)) continue;
    usedOld.add(c.oldKey);
    usedNew.add(c.newKey);
    chosen.push(c);
  }
  return chosen;
}

/** The values of `fields` joined, or undefined when one is missing or not plain. */
function anchorOf(item: unknown, fields: readonly string[]): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const values: string[] = [];
  for (const field of fields) {
    const value = (item as Record<string, unknown>)[field];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    values.push(String(value));
  }
  return values.join('\u0000');
}
