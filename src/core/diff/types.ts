/** The sections of a calibration report, in the order the method walks them. */
export const sections = [
  'metadata',
  'goals',
  'scales',
  'competencies',
  'roles',
  'addressees',
  'process',
  'preparation',
  'kpis',
  'communications',
  'calibration',
  'people',
  'other',
] as const;
export type Section = (typeof sections)[number];

/** Sections whose changes a rollout must explain with a calibration decision (the method's frame and process). */
export const decidedSections: ReadonlySet<Section> = new Set<Section>(['goals', 'scales', 'competencies', 'roles', 'addressees', 'process', 'preparation', 'kpis', 'communications']);

/**
 * - `added` / `removed`: an item, key or list value only one side has;
 * - `changed`: a value that differs (old → new);
 * - `renamed`: an item whose id is gone while a similar one appears (a possible rename: `old` and
 *   `new` are the ids; its field changes follow under the new path);
 * - `moved`: an item at another place in its list (only with the `moves` option: order is no change).
 */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'renamed';

export interface Change {
  section: Section;
  /** Where, in the new programme, in the diff's notation (`kpis[id=nps].target`). */
  path: string;
  /** Where in the old programme, when it differs from `path` (under a rename). */
  oldPath?: string;
  /** The id (or identity) of the section's item the change is in, e.g. the competency's id. */
  id?: string;
  kind: ChangeKind;
  /** The old value (absent for `added`); for a list of plain values, the one value removed. */
  old?: unknown;
  /** The new value (absent for `removed`). */
  new?: unknown;
  /** `renamed`: how alike the two items are, 0…1. */
  similarity?: number;
  /** The one change that stands for every date moved by a whole-programme shift. */
  shift?: { days: number; dates: number };
  /**
   * A date that moved within the programme while the programme itself moved to another period:
   * its distance in days from the old programme's start and from the new one's (negative: before it).
   */
  position?: { old: number; new: number };
  /** Ids of the new programme's calibration decisions that name this change (`changes:`). */
  decisions: string[];
}

/** What the report says about a programme in its header. */
export interface ProgrammeHeader {
  id: string;
  name: string;
  phase: string;
  locale?: string;
  period: { start: string; end: string };
}

/** A person or pair as the audience may see them: the id, and the name for HR only. */
export interface PersonRef {
  id: string;
  name?: string;
}

/** One group of people (mentors, mentees, staff) or the pairs, old against new. */
export interface PeopleGroup {
  old: number;
  new: number;
  joined: number;
  left: number;
  changed: number;
  renamed: number;
  /** Who, for every audience but the sponsor's (which sees counts only). */
  who?: { joined: PersonRef[]; left: PersonRef[]; changed: PersonRef[]; renamed: { from: PersonRef; to: PersonRef }[] };
}

export const peopleGroups = ['mentors', 'mentees', 'pairs', 'staff'] as const;
export type PeopleGroupName = (typeof peopleGroups)[number];

export const recordKinds = ['sessions', 'assessments', 'learning', 'surveys', 'kpiValues'] as const;
/** Records per kind, old and new; for two versions of one programme also how many were added and removed (records are compared whole, in any order). */
export type RecordCounts = Record<(typeof recordKinds)[number], { old: number; new: number; added?: number; removed?: number }>;

/** Who the output is for: `hr` sees names; the default sees ids; `sponsor` sees counts only. */
export type DiffAudience = 'hr' | 'default' | 'sponsor';

/** A KPI of the pilot as `mentor report` computes it as of the pilot's end (the evaluator's output). */
export interface KpiOutcome {
  kpi: string;
  name: string;
  metric: string;
  direction: 'higher' | 'lower';
  /** `share` for metrics measured 0–1 (shown as percentages), else `number`. */
  kind?: 'share' | 'number';
  unit?: string;
  target?: number;
  value?: number;
  /** As `mentor report` rates it: met, missed (the period is over), at risk against a checkpoint, open, no data, no target. */
  status: 'met' | 'missed' | 'at-risk' | 'open' | 'no-data' | 'no-target';
  /** How far the value falls short of the target, as the report computes it. */
  missedBy?: number;
}

/** Computes the pilot's KPIs as of a date: `mentor report`'s computation, passed in. */
export type KpiEvaluator<M> = (model: M, asOf: string) => KpiOutcome[];

/** One pilot KPI beside the rollout's answer to it. */
export interface KpiEvidence extends KpiOutcome {
  /** How far the value is from the target, in the KPI's unit, when missed. */
  shortBy?: number;
  /** The rollout's decisions that name this KPI (`kpis:`). */
  decisions: string[];
  /** The rollout's target for the same KPI id, when it has one. */
  newTarget?: number;
}

export interface DecisionRef {
  id: string;
  summary: string;
  kpis: string[];
  /** The paths it names (`changes:`). */
  changes: string[];
  /** How many listed changes each path covers, in the order of `changes`. */
  covered: number[];
}

export type Flag =
  | { kind: 'missed-kpi-without-decision'; kpi: string }
  | { kind: 'change-without-decision'; section: Section; path: string }
  | { kind: 'decision-without-change'; decision: string; path: string };

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  renamed: number;
  moved: number;
}

/** The calibration report as data: what every renderer draws from. */
export interface ProgrammeDiff {
  /** `calibration`: the new programme is calibrated from the old one (another programme, not a pilot itself); `revision`: two versions of one programme. */
  mode: 'calibration' | 'revision';
  old: ProgrammeHeader;
  new: ProgrammeHeader;
  audience: DiffAudience;
  /** The date the pilot's KPIs are computed for (calibration only). */
  asOf?: string;
  /** Every change to the frame and process (and to people, for HR), section by section. */
  changes: Change[];
  people: Record<PeopleGroupName, PeopleGroup>;
  records: RecordCounts;
  /** The pilot's KPIs (calibration only); `undefined` when no evaluator was given. */
  evidence?: KpiEvidence[];
  decisions: DecisionRef[];
  flags: Flag[];
  summary: DiffSummary;
  /** Whether anything differs, people and records included (what `--exit-code` reports), whoever the audience. */
  differs: boolean;
}
