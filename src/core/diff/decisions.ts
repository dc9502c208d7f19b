import { formatPath, isPathSyntaxError, parsePath, pathPrefixes, type PathSegment } from './path.js';
import type { DecisionRef } from './types.js';

/** A calibration decision as the programme file holds it (only what the diff reads). */
export interface DecisionInput {
  id: string;
  summary: string;
  kpis?: string[];
  changes?: string[];
}

/** What a decision path can be matched against: a change's path in the new and the old programme. */
export interface Locatable {
  segments: readonly PathSegment[];
  oldSegments?: readonly PathSegment[];
}

/**
 * Ties changes to the decisions that name them. A decision path covers a change when one is a prefix
 * of the other (at a segment boundary): `process.cadence` covers `process.cadence.everyWeeks`, and
 * `competencies[id=x].scale` covers the addition of the whole `competencies[id=x]`. Paths are
 * compared in their printed form, so `[id=x]` written by hand matches the diff's own. Both
 * directions go through maps of path prefixes, so the cost is linear in changes and paths.
 *
 * Returns, per change, the ids of the decisions that cover it (in decision order), and per decision
 * how many changes each of its paths covers.
 */
export function tieDecisions(changes: readonly Locatable[], decisions: readonly DecisionInput[]): { byChange: string[][]; refs: DecisionRef[] } {
  const refs: DecisionRef[] = decisions.map((d) => ({ id: d.id, summary: d.summary, kpis: d.kpis ?? [], changes: d.changes ?? [], covered: (d.changes ?? []).map(() => 0) }));
  // Printed decision path → the (decision, path) pairs that name it.
  const named = new Map<string, { decision: number; path: number }[]>();
  const parsed: (string[] | undefined)[][] = refs.map((ref, decision) =>
    ref.changes.map((text, path) => {
      const segments = parsePath(text);
      if (isPathSyntaxError(segments)) return undefined;
      const printed = formatPath(segments);
      const list = named.get(printed) ?? [];
      list.push({ decision, path });
      named.set(printed, list);
      return pathPrefixes(segments);
    }),
  );
  // Printed change path → changes at exactly that path (for decisions that name something inside a change).
  const changesAt = new Map<string, number[]>();
  const prefixesOf = changes.map((change, i) => {
    const own = pathPrefixes(change.segments);
    const old = change.oldSegments ? pathPrefixes(change.oldSegments) : [];
    for (const full of [own.at(-1), old.at(-1)]) {
      if (full === undefined) continue;
      const list = changesAt.get(full) ?? [];
      if (!list.includes(i)) list.push(i);
      changesAt.set(full, list);
    }
    return [...new Set([...own, ...old])];
  });

  const hits: Set<string>[] = changes.map(() => new Set<string>());
  const cover = (change: number, decision: number, path: number): void => {
    const key = `${decision}:${path}`;
    if (hits[change]!.has(key)) return;
    hits[change]!.add(key);
    refs[decision]!.covered[path]!++;
  };
  prefixesOf.forEach((prefixes, change) => {
    for (const prefix of prefixes) for (const { decision, path } of named.get(prefix) ?? []) cover(change, decision, path);
  });
  parsed.forEach((paths, decision) =>
    paths.forEach((prefixes, path) => {
      for (const prefix of prefixes ?? []) for (const change of changesAt.get(prefix) ?? []) cover(change, decision, path);
    }),
  );
  const byChange = hits.map((set) => {
    const ids = new Set<number>();
    for (const key of set) ids.add(Number(key.slice(0, key.indexOf(':'))));
    return [...ids].sort((x, y) => x - y).map((d) => refs[d]!.id);
  });
  return { byChange, refs };
}
