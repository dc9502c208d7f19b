/**
 * The data of `mentor report`: what `buildReport` returns and every renderer prints. JSON output is
 * this object as is (docs/report.md documents it; `formatVersion` changes when a field does).
 * Numbers are unrounded; shares are 0–1; dates are `YYYY-MM-DD`.
 */
import type { KpiResult, KpiStatus } from './kpi-types.js';
import type { Hours } from './metrics.js';

export const audiences = ['hr', 'manager', 'mentee', 'sponsor'] as const;
export type Audience = (typeof audiences)[number];

export const reportSections = ['health', 'progress', 'sessions', 'learning', 'competencies', 'mentors', 'kpis', 'timeline'] as const;
export type ReportSection = (typeof reportSections)[number];

/** The sections each audience may see, in report order. */
export const audienceSections: Readonly<Record<Audience, readonly ReportSection[]>> = {
  hr: reportSections,
  manager: ['health', 'progress', 'sessions', 'learning', 'competencies', 'kpis', 'timeline'],
  mentee: ['health', 'progress', 'sessions', 'learning', 'timeline'],
  sponsor: ['health', 'sessions', 'learning', 'competencies', 'kpis', 'timeline'],
};

/** A person or pair as the report names them: real id and name, or a pseudonym for both. */
export interface Ref {
  id: string;
  name: string;
}

export interface ReportOptions {
  /** The day the report is computed for (`YYYY-MM-DD`). */
  asOf: string;
  /** Who reads it; default `hr`. */
  audience?: Audience;
  /** The manager (`manager`) or mentee (`mentee`) the report is for. */
  person?: string;
  /** Replace names and ids of people and pairs by stable pseudonyms. */
  pseudonymise?: boolean;
  /** A secret mixed into the pseudonyms, so nobody who knows the ids can recompute them. */
  pseudonymKey?: string;
  /** Words the pseudonyms start with, in the document's language (default English). */
  pseudonymLabels?: PseudonymLabels;
  /** Sections to include (default: all the audience may see). */
  sections?: readonly ReportSection[];
}

export interface PseudonymLabels {
  mentee: string;
  mentor: string;
  person: string;
  pair: string;
}

export type PairState = 'not-started' | 'active' | 'ended' | 'finished';
export type EndReason = 'completed' | 'left-organisation' | 'mismatch' | 'workload' | 'other' | 'not-given';

export interface Health {
  phase: string;
  /** `not-started` before the period, `running` within it, `over` on or after its last day. */
  state: 'not-started' | 'running' | 'over';
  /** Week of the period the date falls in (0 before the start, `weeks` after the end). */
  week: number;
  weeks: number;
  mentees: number;
  pairs: Record<PairState, number> & { total: number };
  kpis: Record<KpiStatus, number> & { total: number };
}

export type ProgressStatus = 'reached' | 'on-track' | 'at-risk' | 'behind' | 'not-assessed' | 'ended-early' | 'no-pair';

export interface ProgressRow {
  mentee: Ref;
  department: string | null;
  competency: Ref;
  /** The scale the competency is assessed on (levels of different scales are not comparable); null when unknown. */
  scale: Ref | null;
  /** The pair working on this competency on the date (a running pair before one that ended early; else the mentee's pair); null when there is none. */
  pair: Ref | null;
  baseline: number;
  latest: number;
  target: number;
  /** Date and assessor role of the latest assessment; null when not assessed yet (latest = baseline). */
  assessedOn: string | null;
  assessor: string | null;
  /** The name the programme gives the assessor's role (`roles[].name`); null when not assessed yet or the programme defines no such role (`external`). */
  assessorName: string | null;
  gapClosed: number;
  /** The share of the gap expected by now: time elapsed in the pair's planned period, 0–1; null when the mentee has no pair (nobody mentors them yet). */
  expected: number | null;
  /** The day that pair ended early (its `end`, on or before the date), or null. */
  ended: string | null;
  /** Why it ended early (`not-given` when the file says nothing), or null. */
  endReason: EndReason | null;
  /** `ended-early` when the pair ended early without the target reached (`reached` stays `reached`); `no-pair` when assessed but nobody mentors the mentee yet. */
  status: ProgressStatus;
}

export interface PairRow {
  pair: Ref;
  mentor: Ref;
  mentee: Ref;
  start: string;
  /** Date the pair ended early, or null. */
  ended: string | null;
  endReason: EndReason | null;
  state: PairState;
  planned: number;
  held: number;
  cancelled: number;
  missed: number;
  minutes: number;
  lastSession: string | null;
  /** Days from the last held session (or the start) to the date; null unless the pair is active. */
  daysSinceLast: number | null;
  /** Active, with no held session for more than two cadence periods. */
  quiet: boolean;
  adherence: number | null;
}

export interface SessionEvent {
  pair: Ref;
  date: string;
  status: 'cancelled' | 'missed';
  /** The record's `reason`; only in the HR audience without pseudonyms (free text may name people). */
  reason: string | null;
}

export interface SessionTotals {
  pairs: number;
  planned: number;
  held: number;
  cancelled: number;
  missed: number;
  minutes: number;
  plannedMinutesPerSession: number;
  adherence: number | null;
  quiet: number;
  endedEarly: number;
}

/** Pairs ended early per reason; for sponsors, reasons of fewer than 3 pairs fold into `other`. */
export interface EndReasonCount {
  reason: EndReason;
  pairs: number;
}

export interface SessionsSection {
  totals: SessionTotals;
  endReasons: EndReasonCount[];
  /** Per pair (not for sponsors). */
  pairs: PairRow[] | null;
  /** Cancelled and missed sessions (not for sponsors). */
  events: SessionEvent[] | null;
}

export interface MixFigures {
  hours: Hours & { total: number };
  /** Shares of hours 0–1; null without hours. */
  shares: Hours | null;
  /** Largest absolute difference from the plan, in percentage points. */
  deviation: number | null;
  withinTolerance: boolean | null;
}

export interface MixRow extends MixFigures {
  mentee: Ref;
}

export interface LearningSection {
  /** The planned mix in percent, and its tolerance in percentage points. */
  plan: Hours & { tolerance: number };
  total: MixFigures;
  /** Mentees whose mix strays beyond the tolerance, of those with hours. */
  outsideTolerance: number;
  withHours: number;
  rows: MixRow[] | null;
}

export interface CompetencyRow {
  /** Null for the `other` group a sponsor's report folds small groups into. */
  competency: Ref | null;
  /** The scale of the row's levels; null when unknown or for an `other` row spanning several scales. */
  scale: Ref | null;
  importance: 'strategic' | 'tactical' | null;
  /** Competencies folded into this row (1 unless `other`). */
  competencies: number;
  mentees: number;
  assessed: number;
  reached: number;
  averageGain: number | null;
  gapClosed: number | null;
  averageBaseline: number | null;
  averageLatest: number | null;
  averageTarget: number | null;
  /** True when the group is still smaller than 3 people after folding, so its figures are left out. */
  withheld: boolean;
}

export interface MentorRow {
  mentor: Ref;
  department: string | null;
  capacity: number;
  pairs: number;
  /** Pairs started and not ended early (running, or run to the end of the period). */
  active: number;
  /** `active` over capacity. */
  load: number;
  held: number;
  /** Required preparation modules finished of those required; `complete` when all are. */
  preparation: { required: number; done: number; complete: boolean; completedOn: string | null };
}

export interface TimelinePoint {
  month: string;
  /** The day the point is computed for: the month's last day, or the report's date in its month. */
  date: string;
  gapClosed: number | null;
  targetReached: number | null;
  adherence: number | null;
  /** Share of the period elapsed, 0–1: what gap closed would be on a straight line to the targets. */
  elapsed: number;
  kpis: { id: string; value: number | null }[];
}

export type NoteCode =
  | 'programme-errors'
  | 'programme-unreadable'
  | 'as-of-before-start'
  | 'records-outside-period'
  | 'unknown-references'
  | 'not-assessed'
  | 'plans-without-gap'
  | 'kpi-no-data'
  | 'pairs-without-end-reason'
  | 'survey-kpis-hidden'
  | 'external-kpis-hidden'
  | 'small-groups'
  | 'mentees-without-pair';

/** Something missing or left out, and why: counts and KPI ids; names only where the progress table already shows them (`mentees-without-pair`). */
export interface ReportNote {
  code: NoteCode;
  count: number;
  /** KPI ids for `kpi-no-data`; the mentees' names (as the progress table shows them) for `mentees-without-pair`. */
  items?: string[];
}

export interface ReportData {
  formatVersion: 1;
  programme: { id: string; name: string; organisation: string; phase: string; locale: string | null; period: { start: string; end: string } };
  asOf: string;
  audience: { kind: Audience; person: Ref | null; pseudonymised: boolean };
  sections: ReportSection[];
  health: Health | null;
  progress: ProgressRow[] | null;
  sessions: SessionsSection | null;
  learning: LearningSection | null;
  competencies: CompetencyRow[] | null;
  mentors: MentorRow[] | null;
  kpis: KpiResult[] | null;
  timeline: TimelinePoint[] | null;
  notes: ReportNote[];
}
