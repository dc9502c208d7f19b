import type { KpiScope } from '../model/schema-types.js';
import { heldOn, plannedSessions } from './cadence.js';
import { levelsOn, type LevelOnDate } from './levels.js';
import type { RecordIndex } from './record-index.js';
import { scopeOf, type KpiScopeSet, type Population } from './scope.js';

/**
 * Everything computed for one date and one population, shared by the KPIs that need it: the
 * gap-closed, target-reached and level-gain KPIs of one scope read the same levels, the timeline's
 * figures read the same levels and sessions as the KPIs of the whole programme.
 */
export interface Evaluation {
  index: RecordIndex;
  asOf: string;
  population: Population;
  scope(scope: KpiScope | undefined): KpiScopeSet;
  /** Levels of the scope's mentee competencies on the date. */
  levels(scope: KpiScope | undefined): LevelOnDate[];
  /** Sessions planned and held on the date by the scope's pairs. */
  sessions(scope: KpiScope | undefined): { planned: number; held: number };
}

const keyOf = (scope: KpiScope | undefined): string => JSON.stringify([scope?.departments ?? null, scope?.competencies ?? null]);

function memo<T>(compute: (scope: KpiScope | undefined) => T): (scope: KpiScope | undefined) => T {
  const cache = new Map<string, T>();
  return (scope) => {
    const key = keyOf(scope);
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute(scope)));
    return value;
  };
}

export function evaluation(index: RecordIndex, asOf: string, population: Population): Evaluation {
  const scope = memo((s) => scopeOf(index, { ...(s ? { scope: s } : {}) }, population));
  return {
    index,
    asOf,
    population,
    scope,
    levels: memo((s) => {
      const set = scope(s);
      return levelsOn(index, set.mentees, asOf, s?.competencies ? set.competency : undefined);
    }),
    sessions: memo((s) => {
      let planned = 0;
      let held = 0;
      for (const pair of scope(s).pairs) {
        planned += plannedSessions(index, pair, asOf);
        held += heldOn(index, pair, asOf);
      }
      return { planned, held };
    }),
  };
}
