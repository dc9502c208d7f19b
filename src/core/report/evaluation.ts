import type { KpiScope } from '../model/schema-types.js';
import { heldOn, plannedSessions } from './cadence.js';
import { levelsOn, type LevelOnDate } from './levels.js';
import { globalSeries } from './global-series.js';
import { latestOnOrBefore, type RecordIndex } from './record-index.js';
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
  /** The same, summed up without an object per entry (what the KPIs and the timeline read). */
  levelStats(scope: KpiScope | undefined): LevelStats;
  /** Sessions planned and held on the date by the scope's pairs. */
  sessions(scope: KpiScope | undefined): { planned: number; held: number };
}

/** Sums over the mentee competencies of a scope on a date. */
export interface LevelStats {
  entries: number;
  assessed: number;
  reached: number;
  gainSum: number;
  closedSum: number;
  /** Mentees with at least one entry. */
  people: number;
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
    levelStats: memo((s) => {
      if (s === undefined && population === undefined) return globalSeries(index).levels(asOf);
      const set = scope(s);
      const filter = s?.competencies ? set.competency : undefined;
      const stats: LevelStats = { entries: 0, assessed: 0, reached: 0, gainSum: 0, closedSum: 0, people: 0 };
      for (const mentee of set.mentees) {
        let counted = false;
        for (const entry of index.plans.get(mentee.id) ?? []) {
          const { baseline, target, competency } = entry.plan;
          if (filter && !filter(competency)) continue;
          const last = latestOnOrBefore(entry.assessments, asOf);
          const latest = last?.level ?? baseline;
          const closed = (latest - baseline) / (target - baseline);
          stats.entries++;
          if (last) stats.assessed++;
          if (latest >= target) stats.reached++;
          stats.gainSum += latest - baseline;
          stats.closedSum += closed < 0 ? 0 : closed > 1 ? 1 : closed;
          counted = true;
        }
        if (counted) stats.people++;
      }
      return stats;
    }),
    sessions: memo((s) => {
      let planned = 0;
      let held = 0;
      const whole = s === undefined && population === undefined;
      for (const pair of scope(s).pairs) {
        planned += plannedSessions(index, pair, asOf);
        if (!whole) held += heldOn(index, pair, asOf);
      }
      return { planned, held: whole ? globalSeries(index).held(asOf) : held };
    }),
  };
}
