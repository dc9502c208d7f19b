import type { DataPath, MethodRuleId, Severity } from '../diagnostics.js';
import { locationOf, type ProgrammeModel } from '../model/model.js';
import type { Competency, Mentee, Mentor, Pair, Scale } from '../model/types.js';
import type { Finding, Location, Params } from '../parse/parsed-file.js';

/** Look-ups built once per programme, so rules use indexes instead of scans. */
export interface ModelIndex {
  competencies: Map<string, Competency>;
  scales: Map<string, Scale>;
  /** Levels of each competency's scale (empty when the scale is unknown). */
  levelsOf: Map<string, Set<number>>;
  mentors: Map<string, Mentor>;
  mentees: Map<string, Mentee>;
  pairs: Map<string, Pair>;
  /** Every person id: staff, mentors and mentees. */
  people: Set<string>;
  roles: Set<string>;
  milestones: Map<string, string>;
  kpis: Set<string>;
  modules: Set<string>;
}

export interface RuleContext {
  model: ProgrammeModel;
  index: ModelIndex;
  /** Today's date (YYYY-MM-DD), passed in so rules stay pure and tests stay deterministic. */
  today: string;
  /** Where an object of the model sits, extended by a sub-path. */
  at(object: object, ...sub: DataPath): Location;
  /** Builds a finding of this rule. */
  report(at: Location, params: Params, severity?: Severity): Finding;
}

/** A method rule: a pure function from the programme model to findings, with a unit test beside it. */
export interface Rule {
  id: MethodRuleId;
  check(ctx: RuleContext): Finding[];
}

export function buildIndex(model: ProgrammeModel): ModelIndex {
  const { programme } = model;
  const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => {
    const map = new Map<string, T>();
    // First definition wins, as duplicate-id reports the later ones.
    for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
    return map;
  };
  const scales = byId(programme.scales);
  const competencies = byId(programme.competencies);
  const levelsOf = new Map<string, Set<number>>();
  for (const c of programme.competencies) levelsOf.set(c.id, new Set(scales.get(c.scale)?.levels.map((l) => l.level) ?? []));
  return {
    competencies,
    scales,
    levelsOf,
    mentors: byId(model.mentors),
    mentees: byId(model.mentees),
    pairs: byId(model.pairs),
    people: new Set([...model.staff, ...model.mentors, ...model.mentees].map((p) => p.id)),
    roles: new Set(programme.roles.map((r) => r.id)),
    milestones: new Map(programme.process.milestones.map((m) => [m.id, m.date])),
    kpis: new Set(programme.kpis.map((k) => k.id)),
    modules: new Set(programme.preparation?.modules.map((m) => m.id) ?? []),
  };
}

export function createContext(model: ProgrammeModel, today: string, ruleId: MethodRuleId, index = buildIndex(model)): RuleContext {
  return {
    model,
    index,
    today,
    at: (object, ...sub) => locationOf(model, object, ...sub),
    report: (at, params, severity) => ({ ruleId, params, at, ...(severity ? { severity } : {}) }),
  };
}
