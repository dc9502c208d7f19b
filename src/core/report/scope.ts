import type { Kpi, Mentee, Pair } from '../model/types.js';
import type { RecordIndex } from './record-index.js';

/** Mentee ids the report is about (a manager's direct reports, one mentee); undefined means everyone. */
export type Population = ReadonlySet<string> | undefined;

/** The people and pairs one KPI is computed over. */
export interface KpiScopeSet {
  /** Mentees in the population and in the KPI's departments; with a competency scope, only those planning one of them. */
  mentees: Mentee[];
  /** Whether a competency counts; always true without a competency scope. */
  competency: (id: string) => boolean;
  /** Pairs of those mentees; with a competency scope, only pairs working on one of them. */
  pairs: Pair[];
  /**
   * Who may answer surveys in scope: those mentees and the mentors of those pairs. Undefined when
   * neither the KPI nor the population restricts anything, so every answer counts (staff included).
   */
  respondents: ReadonlySet<string> | undefined;
}

/**
 * Resolves a KPI's `scope` (departments, competencies) within a population. Departments match the
 * mentee's `department` exactly; a mentee without one is outside any department scope.
 */
export function scopeOf(index: RecordIndex, kpi: Pick<Kpi, 'scope'>, population: Population): KpiScopeSet {
  // The same scope is asked for on every date of the timeline: resolve it once per index and population.
  const byPopulation = cache.get(index) ?? new Map<Population | 'all', Map<string, KpiScopeSet>>();
  cache.set(index, byPopulation);
  const populationKey = population ?? 'all';
  let byScope = byPopulation.get(populationKey);
  if (!byScope) byPopulation.set(populationKey, (byScope = new Map()));
  const key = JSON.stringify([kpi.scope?.departments ?? null, kpi.scope?.competencies ?? null]);
  let set = byScope.get(key);
  if (!set) byScope.set(key, (set = resolveScope(index, kpi, population)));
  return set;
}

const cache = new WeakMap<RecordIndex, Map<Population | 'all', Map<string, KpiScopeSet>>>();

function resolveScope(index: RecordIndex, kpi: Pick<Kpi, 'scope'>, population: Population): KpiScopeSet {
  const departments = kpi.scope?.departments ? new Set(kpi.scope.departments) : undefined;
  const competencies = kpi.scope?.competencies ? new Set(kpi.scope.competencies) : undefined;
  const competency = competencies ? (id: string): boolean => competencies.has(id) : (): boolean => true;
  const mentees = index.mentees.filter(
    (m) =>
      (population === undefined || population.has(m.id)) &&
      (departments === undefined || (m.department !== undefined && departments.has(m.department))) &&
      (competencies === undefined || (index.plans.get(m.id) ?? []).some((p) => competencies.has(p.plan.competency))),
  );
  const pairs: Pair[] = [];
  for (const m of mentees) for (const pair of index.pairsByMentee.get(m.id) ?? []) if (competencies === undefined || pair.competencies.some((c) => competencies.has(c))) pairs.push(pair);
  const unrestricted = population === undefined && departments === undefined && competencies === undefined;
  const respondents = unrestricted ? undefined : new Set([...mentees.map((m) => m.id), ...pairs.map((p) => p.mentor)]);
  return { mentees, competency, pairs, respondents };
}
