import type { BuiltinMetric, KpiNoDataReason, KpiStatus } from '../core/report/kpi-types.js';
import type { Audience, EndReason, Health, NoteCode, PairState, ProgressStatus, ReportSection } from '../core/report/report-types.js';
import type { LocaleFormat, PluralForms } from '../render/locale-format.js';

/** Every user-facing string of `mentor report`, in one locale (documents and CLI messages). */
export interface ReportText {
  title: string;
  /** "as of 30.06.2026" */
  asOf: (date: string) => string;
  audience: Record<Audience, string>;
  /** Who a manager's or mentee's report is for. */
  forPerson: (audience: string, name: string) => string;
  pseudonymised: string;
  /** Words pseudonyms start with. */
  pseudonym: { mentee: string; mentor: string; person: string; pair: string };
  phase: (phase: string) => string;
  sections: Record<ReportSection | 'sessionEvents' | 'endReasons' | 'kpiMonths', string>;
  /** The health line. */
  health: (h: Health, f: LocaleFormat) => string;
  progressStatus: Record<ProgressStatus, string>;
  kpiStatus: Record<KpiStatus, string>;
  pairState: Record<PairState, string>;
  quiet: string;
  endReason: Record<EndReason, string>;
  sessionStatus: Record<'cancelled' | 'missed', string>;
  /** An assessor in words: the fixed roles in the document's language, a role of the programme's own by its name (else its id). */
  assessor: (role: string, name: string | null) => string;
  direction: Record<'higher' | 'lower', string>;
  importance: Record<'strategic' | 'tactical', string>;
  /** Human names of the built-in metrics. */
  metric: Record<BuiltinMetric, string>;
  noData: Record<KpiNoDataReason, string>;
  notes: Record<NoteCode, (count: number, f: LocaleFormat, items?: readonly string[]) => string>;
  columns: {
    mentee: string;
    department: string;
    competency: string;
    pair: string;
    mentor: string;
    baseline: string;
    latest: string;
    target: string;
    assessed: string;
    gapClosed: string;
    expected: string;
    status: string;
    planned: string;
    held: string;
    adherence: string;
    cancelledMissed: string;
    cancelled: string;
    missed: string;
    minutes: string;
    lastSession: string;
    state: string;
    date: string;
    reason: string;
    experience: string;
    social: string;
    formal: string;
    hours: string;
    mix: string;
    deviation: string;
    withinTolerance: string;
    importance: string;
    mentees: string;
    reached: string;
    averageGain: string;
    levels: string;
    pairs: string;
    capacity: string;
    load: string;
    preparation: string;
    kpi: string;
    level: string;
    value: string;
    checkpoint: string;
    month: string;
    elapsed: string;
    targetReached: string;
    measure: string;
    id: string;
    progressLevels: string;
    ended: string;
    unit: string;
    assessor: string;
  };
  /** Rows of the key/value tables (health and session totals). */
  measures: {
    phase: string;
    week: string;
    mentees: string;
    pairsActive: string;
    pairsEnded: string;
    pairsFinished: string;
    pairsNotStarted: string;
    kpis: (status: KpiStatus) => string;
    planned: string;
    held: string;
    adherence: string;
    cancelled: string;
    missed: string;
    minutes: string;
    quiet: string;
    endedEarly: string;
    outsideTolerance: string;
  };
  /** "all mentees" row of the learning table. */
  allMentees: string;
  /** The `other` group a sponsor's report folds small groups into. */
  other: (competencies: number, f: LocaleFormat) => string;
  withheld: string;
  yes: string;
  no: string;
  /** Under the sessions table: "Planned so far: 127 sessions · held: 104 · cancelled: 8 · missed: 2". */
  sessionsCaption: (totals: { planned: number; held: number; cancelled: number; missed: number }, f: LocaleFormat) => string;
  /** A planned mix: "70:20:10 ± 10 pp". */
  plan: (mix: string, tolerance: string) => string;
  percentagePoints: string;
  empty: string;
  /** Under a table cut for the terminal. */
  moreRows: (hidden: number, total: number, f: LocaleFormat) => string;
  notAssessed: string;
  /** A checkpoint: "60% by 30.04.2026". */
  checkpoint: (target: string, date: string) => string;
  /** A count of sessions, pairs, mentees: plural forms for `LocaleFormat.plural`. */
  plural: { sessions: PluralForms; pairs: PluralForms; mentees: PluralForms; people: PluralForms };
  /** Texts of the HTML page's charts (titles and accessible descriptions). */
  charts: {
    competencies: string;
    competenciesDesc: string;
    baseline: string;
    current: string;
    target: string;
    timeline: string;
    timelineDesc: string;
    gapClosed: string;
    targetReached: string;
    adherence: string;
    elapsed: string;
    kpis: string;
    kpisDesc: string;
    mix: string;
    mixDesc: string;
    planned: string;
    actual: string;
  };
  footer: (tool: string) => string;
  cli: {
    personRequired: (audience: string) => string;
    personNotAllowed: (audience: string) => string;
    unknownPerson: (person: string) => string;
    /** `lineManagers`: the ids that do manage a mentee (none in a programme without line managers). */
    notALineManager: (person: string, lineManagers: readonly string[]) => string;
    notAMentee: (person: string) => string;
    sectionNotForAudience: (section: string, audience: string, allowed: readonly string[]) => string;
    unknownSection: (section: string, known: readonly string[]) => string;
    delimiter: (value: string) => string;
  };
}
