import type { ChangeKind, DiffSummary, KpiOutcome, PeopleGroupName, Section } from '../core/diff/types.js';

export type RecordKindName = 'sessions' | 'assessments' | 'learning' | 'surveys' | 'kpiValues';

/** Every user-facing string of `mentor diff` and `mentor show`, in one locale. */
export interface DiffText {
  /** The report's first line: `Calibration: pilot → rollout` or, for two versions of one programme, `Changes: …`. */
  title: (mode: 'calibration' | 'revision', oldName: string, newName: string) => string;
  /** Ids, phases and periods of both sides (dates already formatted). */
  sides: (old: { id: string; phase: string; period: string }, now: { id: string; phase: string; period: string }) => string;
  phases: Record<string, string>;
  sections: Record<Section, string>;
  kinds: Record<ChangeKind, string>;
  /**
   * The evidence is the earlier run's: a pilot's for its rollout, the run before a cycle (of any
   * `phase`: pilot, rollout, cycle) for that cycle. `phase` is the earlier run's.
   */
  evidence: {
    heading: (asOf: string, phase: string) => string;
    /** Said instead of the table when the earlier run has no KPIs. */
    none: (phase: string) => string;
    columns: { kpi: string; value: string; target: string; status: string; shortBy: string; newTarget: string; decisions: string };
    status: Record<KpiOutcome['status'], string>;
  };
  flags: {
    heading: (count: number) => string;
    none: string;
    missedKpi: (kpi: string, name: string, phase: string) => string;
    changeWithoutDecision: (path: string) => string;
    decisionWithoutChange: (decision: string, path: string) => string;
  };
  /** `possible rename (86% alike)`; the percentage comes formatted. */
  renamed: (similarity: string) => string;
  moved: (from: number, to: number) => string;
  /** One change that stands for a whole-programme shift of the dates. */
  shift: (days: number, dates: number) => string;
  /** Where a date sits in each programme, in days from its start (negative: before), when it moved within a shifted programme. */
  position: (oldDays: number, newDays: number) => string;
  /** Column heads of a section's changes in Markdown and HTML. */
  changeColumns: { path: string; old: string; new: string; decisions: string };
  noDecision: string;
  summary: (s: DiffSummary) => string;
  noChanges: string;
  people: {
    heading: string;
    groups: Record<PeopleGroupName, string>;
    columns: { group: string; before: string; after: string; joined: string; left: string; changed: string; renamed: string };
    /** HR and the default audience: who, by name or id. */
    who: { joined: string; left: string; changed: string; renamed: string };
  };
  records: { heading: string; kinds: Record<RecordKindName, string> };
  decisions: { heading: (count: number) => string; columns: { id: string; summary: string; kpis: string; changes: string }; covers: (count: number) => string };
  errors: {
    notARepository: (folder: string) => string;
    gitMissing: string;
    unknownRevision: (revision: string) => string;
    missingInRevision: (revision: string, path: string) => string;
    gitFailed: (detail: string) => string;
    noPrevious: (path: string) => string;
    previousMissing: (path: string, previous: string) => string;
    /** A programme whose files are not valid YAML or fail their schemas; `inRevision`: it was read from git (validate cannot read that). */
    brokenProgramme: (path: string, inRevision: boolean) => string;
    tooManyPaths: string;
    gitTakesOnePath: string;
  };
  show: {
    needsNormalised: string;
  };
}
