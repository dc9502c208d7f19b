import { daysBetween, isIsoDate } from '../model/dates.js';
import type { Mentee, Mentor, Pair, Programme, StaffMember } from '../model/types.js';
import { compareDocuments, type RawChange } from './compare.js';
import { tieDecisions, type DecisionInput } from './decisions.js';
import { formatPath, type PathSegment } from './path.js';
import { summarisePeople } from './people.js';
import {
  decidedSections,
  recordKinds,
  sections,
  type Change,
  type DiffAudience,
  type Flag,
  type KpiEvaluator,
  type KpiEvidence,
  type KpiOutcome,
  type ProgrammeDiff,
  type ProgrammeHeader,
  type RecordCounts,
  type Section,
} from './types.js';

/** One side of a diff: a programme with its people and records merged (a `ProgrammeModel` is one). */
export interface DiffSide {
  programme: Programme;
  staff: readonly StaffMember[];
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  pairs: readonly Pair[];
  sessions: readonly unknown[];
  assessments: readonly unknown[];
  learning: readonly unknown[];
  surveys: readonly unknown[];
  kpiValues: readonly unknown[];
}

export interface DiffOptions<M extends DiffSide> {
  /** Who reads it: `hr` sees names, the default ids, `sponsor` counts only. */
  audience?: DiffAudience;
  /** List items whose place in their list changed (order is otherwise no change). */
  moves?: boolean;
  /** `mentor report`'s KPI computation, for the pilot's evidence; without it there is no evidence block. */
  evaluate?: KpiEvaluator<M>;
  /** The date the pilot's KPIs are computed for; default the pilot's last day, or `today` when that is earlier. */
  asOf?: string;
  /** Today (YYYY-MM-DD): a pilot still running is measured as of today, not of a day to come. */
  today?: string;
}

const sectionOfKey: Readonly<Record<string, Section>> = {
  roleMatrix: 'roles',
  staff: 'people',
  mentors: 'people',
  mentees: 'people',
  pairs: 'people',
};

function sectionOf(segments: readonly PathSegment[]): Section {
  const first = segments[0];
  if (typeof first !== 'string') return 'other';
  return sectionOfKey[first] ?? ((sections as readonly string[]).includes(first) ? (first as Section) : 'other');
}

/** The programme as the diff compares it: its sections with the people of every people file merged in. */
function viewOf(side: DiffSide, revision: boolean): Record<string, unknown> {
  // Envelope and file layout are no change to the programme: `includes` only says where people and records live.
  const { apiVersion: _a, kind: _k, $schema: _s, includes: _i, people: _p, calibration, metadata, ...rest } = side.programme;
  // Between a pilot and its rollout the id, the phase and the link back differ by definition: the
  // header shows them; a revision of one programme lists them like any change.
  const { id: _id, phase: _phase, pilot: _pilot, previous: _previous, ...ownMetadata } = metadata as typeof metadata & { previous?: unknown };
  return {
    metadata: revision ? metadata : ownMetadata,
    ...rest,
    // A rollout's decisions are the report's own block; between revisions they are changes like any other.
    ...(revision && calibration !== undefined ? { calibration } : {}),
    staff: side.staff,
    mentors: side.mentors,
    mentees: side.mentees,
    pairs: side.pairs,
  };
}

function header(programme: Programme): ProgrammeHeader {
  const { id, name, phase, locale, period } = programme.metadata;
  return { id, name, phase, ...(locale ? { locale } : {}), period: { start: period.start, end: period.end } };
}

/**
 * A rollout (or a next cycle) is calibrated from another programme; two versions of one programme
 * (the same id, e.g. two git revisions) are a revision, with no evidence and no decisions to demand.
 */
function modeOf(oldSide: DiffSide, newSide: DiffSide): ProgrammeDiff['mode'] {
  const o = oldSide.programme.metadata;
  const n = newSide.programme.metadata;
  return o.id !== n.id && n.phase !== 'pilot' ? 'calibration' : 'revision';
}

/**
 * Whole-programme date shift. A rollout (or a later version) that starts N days later naturally has
 * every date N days later: a date that moved by exactly N keeps its place in the programme and is
 * no change of its own. Those dates are folded into one change at `metadata.period.start` ("shifted
 * by N days, K dates with it"), however few or many they are; a date that moved by anything else
 * moved within the programme (a checkpoint from week 6 to week 10) and stays listed, with its
 * distance from each programme's start (`position`). The start moving alone is a plain change.
 * Symmetric: the other way round it is −N.
 */
function foldShift(changes: RawChange[], oldStart: string, newStart: string): RawChange[] {
  const days = daysBetween(oldStart, newStart);
  if (days === 0) return changes;
  const dates = (c: RawChange): c is RawChange & { old: string; new: string } =>
    c.kind === 'changed' && typeof c.old === 'string' && typeof c.new === 'string' && isIsoDate(c.old) && isIsoDate(c.new);
  const isStart = (c: RawChange): boolean => formatPath(c.segments) === 'metadata.period.start';
  const moved = (c: RawChange): boolean => dates(c) && daysBetween(c.old, c.new) === days;
  const count = changes.reduce((n, c) => n + (moved(c) ? 1 : 0), 0);
  const placed = changes.map((c) =>
    dates(c) && !moved(c) && !isStart(c) ? { ...c, position: { old: daysBetween(oldStart, c.old), new: daysBetween(newStart, c.new) } } : c,
  );
  if (count < 2) return placed;
  const shift: RawChange = { segments: ['metadata', 'period', 'start'], kind: 'changed', old: oldStart, new: newStart, shift: { days, dates: count } };
  return [shift, ...placed.filter((c) => !moved(c))];
}

/**
 * The calibration report of two programmes: every change section by section (matched by identity,
 * never by position), people in summary, the pilot's KPI evidence, the decisions tied to what they
 * change, and the flags of anything left unexplained. Pure: two models and options in, data out.
 */
export function diffProgrammes<M extends DiffSide>(oldSide: M, newSide: M, options: DiffOptions<M> = {}): ProgrammeDiff {
  const audience = options.audience ?? 'default';
  const mode = modeOf(oldSide, newSide);
  const calibration = mode === 'calibration';
  const compared = compareDocuments(viewOf(oldSide, !calibration), viewOf(newSide, !calibration), { moves: options.moves === true });
  const raw = foldShift(compared.changes, oldSide.programme.metadata.period.start, newSide.programme.metadata.period.start);

  const decisions: DecisionInput[] = calibration ? (newSide.programme.calibration?.decisions ?? []) : [];
  const { byChange, refs } = tieDecisions(raw, decisions);
  const all: Change[] = raw.map((c, i) => toChange(c, byChange[i]!));
  const people = summarisePeople(raw, oldSide, newSide, audience);
  // People are summarised; their field-by-field changes are personal data, listed for HR only.
  const changes = audience === 'hr' ? all : all.filter((c) => c.section !== 'people');
  changes.sort((a, b) => sections.indexOf(a.section) - sections.indexOf(b.section));

  const flags: Flag[] = [];
  let evidence: KpiEvidence[] | undefined;
  let asOf: string | undefined;
  if (calibration) {
    if (options.evaluate) {
      asOf = options.asOf ?? earlier(oldSide.programme.metadata.period.end, options.today);
      evidence = buildEvidence(options.evaluate(oldSide, asOf), newSide.programme, decisions);
      for (const e of evidence) if (e.status === 'missed' && e.decisions.length === 0) flags.push({ kind: 'missed-kpi-without-decision', kpi: e.kpi });
    }
    // One flag per place: three rules rewritten in `addressees.rules` are one thing to explain.
    const flagged = new Set<string>();
    for (const c of all) {
      if (!decidedSections.has(c.section) || c.decisions.length > 0 || flagged.has(c.path)) continue;
      flagged.add(c.path);
      flags.push({ kind: 'change-without-decision', section: c.section, path: c.path });
    }
    for (const ref of refs) ref.changes.forEach((path, i) => {
      if (ref.covered[i] === 0) flags.push({ kind: 'decision-without-change', decision: ref.id, path });
    });
  }

  const records = countRecords(oldSide, newSide, !calibration);
  const recordsDiffer = recordKinds.some((k) => (records[k].added ?? 0) > 0 || (records[k].removed ?? 0) > 0);
  return {
    mode,
    old: header(oldSide.programme),
    new: header(newSide.programme),
    audience,
    ...(asOf !== undefined ? { asOf } : {}),
    changes,
    people,
    records,
    ...(evidence ? { evidence } : {}),
    decisions: refs,
    flags,
    summary: summarise(changes),
    differs: all.length > 0 || recordsDiffer,
  };
}

function earlier(date: string, other: string | undefined): string {
  return other !== undefined && other < date ? other : date;
}

function toChange(raw: RawChange, decisions: string[]): Change {
  const path = formatPath(raw.segments);
  const oldPath = raw.oldSegments ? formatPath(raw.oldSegments) : undefined;
  const item = raw.segments[1];
  return {
    section: sectionOf(raw.segments),
    path,
    ...(oldPath !== undefined && oldPath !== path ? { oldPath } : {}),
    ...(item !== undefined && typeof item === 'object' ? { id: item.value } : {}),
    kind: raw.kind,
    ...(raw.kind !== 'added' ? { old: raw.old } : {}),
    ...(raw.kind !== 'removed' ? { new: raw.new } : {}),
    ...(raw.similarity !== undefined ? { similarity: raw.similarity } : {}),
    ...(raw.shift ? { shift: raw.shift } : {}),
    ...(raw.position ? { position: raw.position } : {}),
    decisions,
  };
}

function buildEvidence(outcomes: readonly KpiOutcome[], rollout: Programme, decisions: readonly DecisionInput[]): KpiEvidence[] {
  const answering = new Map<string, string[]>();
  for (const d of decisions) for (const kpi of d.kpis ?? []) answering.set(kpi, [...(answering.get(kpi) ?? []), d.id]);
  const newTargets = new Map(rollout.kpis.map((k) => [k.id, k.target]));
  return outcomes.map((o) => {
    const newTarget = newTargets.get(o.kpi);
    const short =
      o.status !== 'missed' ? undefined : o.missedBy ?? (o.value !== undefined && o.target !== undefined ? (o.direction === 'higher' ? o.target - o.value : o.value - o.target) : undefined);
    return {
      ...o,
      // Rounded past any decimal a KPI is written with: 0.6 − 0.45 is 0.15, not 0.149999….
      ...(short !== undefined && short > 0 ? { shortBy: Math.round(short * 1e9) / 1e9 } : {}),
      decisions: answering.get(o.kpi) ?? [],
      ...(newTarget !== undefined ? { newTarget } : {}),
    };
  });
}

function countRecords(a: DiffSide, b: DiffSide, compareContent: boolean): RecordCounts {
  const out = {} as RecordCounts;
  for (const kind of recordKinds) {
    out[kind] = { old: a[kind].length, new: b[kind].length, ...(compareContent ? bagDifference(a[kind], b[kind]) : {}) };
  }
  return out;
}

/** Records as a bag: how many the new side has that the old one does not, and the other way round. Linear. */
function bagDifference(a: readonly unknown[], b: readonly unknown[]): { added: number; removed: number } {
  const count = new Map<string, number>();
  for (const record of a) {
    const key = canonical(record);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  let added = 0;
  for (const record of b) {
    const key = canonical(record);
    const n = count.get(key) ?? 0;
    if (n > 0) count.set(key, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of count.values()) removed += n;
  return { added, removed };
}

/** A record as text with its keys sorted, so key order in the file is no difference. */
function canonical(record: unknown): string {
  if (record === null || typeof record !== 'object') return JSON.stringify(record);
  const entries = Object.entries(record as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1));
  return JSON.stringify(entries);
}

function summarise(changes: readonly Change[]): ProgrammeDiff['summary'] {
  const summary = { added: 0, removed: 0, changed: 0, renamed: 0, moved: 0 };
  for (const c of changes) summary[c.kind]++;
  return summary;
}
