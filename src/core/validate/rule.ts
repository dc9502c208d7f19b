import { defaultSettings, type MethodSettings } from '../config.js';
import type { DataPath, MethodRuleId, Severity } from '../diagnostics.js';
import { locationOf, type ProgrammeModel } from '../model/model.js';
import { personIndex, type Person } from '../model/people.js';
import type { Competency, Mentee, MenteeCompetency, Mentor, Pair, Scale } from '../model/types.js';
import type { Finding, Location, Params } from '../parse/parsed-file.js';

/** Look-ups built once per programme, so rules use indexes instead of scans. */
export interface ModelIndex {
  competencies: Map<string, Competency>;
  goals: Set<string>;
  scales: Map<string, Scale>;
  /** Levels of each competency's scale (empty when the scale is unknown). */
  levelsOf: Map<string, Set<number>>;
  mentors: Map<string, Mentor>;
  mentees: Map<string, Mentee>;
  /** Each mentee's plan by competency id (first entry wins). */
  menteeCompetencies: Map<string, Map<string, MenteeCompetency>>;
  pairs: Map<string, Pair>;
  /** Every person id: staff, mentors and mentees. */
  people: Set<string>;
  /** Each person once, with the lists they appear in and their line managers. */
  persons: ReadonlyMap<string, Person>;
  roles: Set<string>;
  /** Milestone id → date (first definition wins). */
  milestones: Map<string, string>;
  kpis: Set<string>;
  modules: Set<string>;
  /** KPI ids of the run this programme was calibrated from (its pilot, its previous cycle), when a schema-valid one was loaded. */
  predecessorKpis?: Set<string>;
}

export interface RuleContext {
  model: ProgrammeModel;
  index: ModelIndex;
  /** Today's date (YYYY-MM-DD), passed in so rules stay pure and tests stay deterministic. */
  today: string;
  /** The numbers rules count against: the team's `.mentor.yaml`, else the defaults. */
  settings: MethodSettings;
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
  for (const c of programme.competencies) if (!levelsOf.has(c.id)) levelsOf.set(c.id, new Set(scales.get(c.scale)?.levels.map((l) => l.level) ?? []));
  const mentees = byId(model.mentees);
  const menteeCompetencies = new Map<string, Map<string, MenteeCompetency>>();
  // Every definition of a mentee adds to the plan (the first wins per competency): a person listed
  // twice (in two plants' files, say) is duplicate-id's one finding, not also a pair or record that
  // works on a competency only the second listing has.
  for (const mentee of model.mentees) {
    let plan = menteeCompetencies.get(mentee.id);
    if (!plan) menteeCompetencies.set(mentee.id, (plan = new Map<string, MenteeCompetency>()));
    for (const c of mentee.competencies) if (!plan.has(c.competency)) plan.set(c.competency, c);
  }
  const milestones = new Map<string, string>();
  for (const m of programme.process.milestones) if (!milestones.has(m.id)) milestones.set(m.id, m.date);
  return {
    competencies,
    goals: new Set(programme.goals.map((g) => g.id)),
    scales,
    levelsOf,
    mentors: byId(model.mentors),
    mentees,
    menteeCompetencies,
    pairs: byId(model.pairs),
    people: new Set([...model.staff, ...model.mentors, ...model.mentees].map((p) => p.id)),
    persons: personIndex(model),
    roles: new Set(programme.roles.map((r) => r.id)),
    milestones,
    kpis: new Set(programme.kpis.map((k) => k.id)),
    modules: new Set(programme.preparation?.modules.map((m) => m.id) ?? []),
    ...(model.pilot || model.previous ? { predecessorKpis: new Set([model.pilot, model.previous].flatMap((p) => p?.programme.kpis.map((k) => k.id) ?? [])) } : {}),
  };
}

export function createContext(model: ProgrammeModel, today: string, ruleId: MethodRuleId, index = buildIndex(model), settings: MethodSettings = defaultSettings): RuleContext {
  return {
    model,
    index,
    today,
    settings,
    at: (object, ...sub) => locationOf(model, object, ...sub),
    report: (at, params, severity) => ({ ruleId, params, at, ...(severity ? { severity } : {}) }),
  };
}
