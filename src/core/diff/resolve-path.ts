import { formatSegment, type PathSegment } from './path.js';

/** A programme's sections with its people lists, as the diff's paths address them (`mentees[id=x]`, not `people.mentees`). */
export interface PathRoot {
  programme: object;
  staff?: readonly unknown[];
  mentors?: readonly unknown[];
  mentees?: readonly unknown[];
  pairs?: readonly unknown[];
}

/** Where a path stops: how many segments were found, and what could have come next (printed as the segment would be). */
export type Resolution = { found: true } | { found: false; depth: number; options: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const plain = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/**
 * Whether a path names something in a programme: every key present, every `[key=value]` matching an
 * item of its list, every `[n]` within it. Calibration decisions are checked with it (`validate`).
 */
export function resolvePath(root: PathRoot, segments: readonly PathSegment[]): Resolution {
  const lists: Record<string, readonly unknown[] | undefined> = { staff: root.staff, mentors: root.mentors, mentees: root.mentees, pairs: root.pairs };
  const top: Record<string, unknown> = { ...(root.programme as Record<string, unknown>) };
  for (const [name, list] of Object.entries(lists)) if (list !== undefined) top[name] = list;
  delete top['people'];
  let node: unknown = top;
  for (let depth = 0; depth < segments.length; depth++) {
    const segment = segments[depth]!;
    let next: unknown;
    if (typeof segment === 'string') next = isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
    else if (typeof segment === 'number') next = Array.isArray(node) ? node[segment] : undefined;
    else next = Array.isArray(node) ? node.find((item) => isRecord(item) && plain(item[segment.key]) && String(item[segment.key]) === segment.value) : undefined;
    if (next === undefined) return { found: false, depth, options: optionsAt(node, segment) };
    node = next;
  }
  return { found: true };
}

/** What may follow at a place: the keys of a map, or the items of a list by the identity the path used. */
function optionsAt(node: unknown, wanted: PathSegment): string[] {
  if (isRecord(node)) return Object.keys(node);
  if (!Array.isArray(node)) return [];
  const key = typeof wanted === 'object' ? wanted.key : 'id';
  return node.flatMap((item) => (isRecord(item) && plain(item[key]) ? [formatSegment({ key, value: String(item[key]) }, false)] : []));
}
