import { isIsoDate } from '../../core/model/dates.js';
import { decidedSections, peopleGroups, recordKinds, sections, type Change, type Flag, type KpiEvidence, type PeopleGroupName, type PersonRef, type ProgrammeDiff, type Section } from '../../core/diff/types.js';
import type { DiffText } from '../../messages/diff-text.js';
import type { Locale } from '../../messages/index.js';
import type { LocaleFormat } from '../locale-format.js';

export interface DiffRenderContext {
  locale: Locale;
  /** Colour for people (table only); machine formats ignore it. */
  color: boolean;
  toolVersion: string;
}

/** A pure function from the calibration report to text; one per output format. */
export type DiffRenderer = (diff: ProgrammeDiff, ctx: DiffRenderContext) => string;

/** Changes grouped by section, sections in the method's order, changes in the order the diff found them. */
export function bySection(changes: readonly Change[]): [Section, Change[]][] {
  const groups = new Map<Section, Change[]>();
  for (const change of changes) {
    const list = groups.get(change.section) ?? [];
    list.push(change);
    groups.set(change.section, list);
  }
  return sections.filter((s) => groups.has(s)).map((s) => [s, groups.get(s)!]);
}

/** True when a change should have a decision and has none (calibration only). */
export function unexplained(diff: ProgrammeDiff, change: Change): boolean {
  return diff.mode === 'calibration' && decidedSections.has(change.section) && change.decisions.length === 0;
}

/** What names an item in one line: its name, summary, subject or label, else its id. */
function itemLabel(value: Record<string, unknown>): string | undefined {
  for (const key of ['name', 'summary', 'subject', 'label', 'description', 'id', 'competency', 'module', 'level']) {
    const v = value[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

/** A value in one line, as a reader of the locale writes it: numbers and dates localised, items by their name. */
export function valueText(value: unknown, f: LocaleFormat): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'number') return f.number(value, 4);
  if (typeof value === 'string') return isIsoDate(value) ? f.date(value) : value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => valueText(v, f)).join(', ');
  return itemLabel(value as Record<string, unknown>) ?? JSON.stringify(value);
}

/** Values short enough to print as `old → new` on the change's own line. */
export function fitsInline(...texts: string[]): boolean {
  return texts.every((t) => t.length <= 48 && !t.includes('\n'));
}

/**
 * A KPI value in its unit, as `mentor report` writes it: shares (0–1) always as percentages, even
 * when the KPI's `unit` says `%` (a user who writes `unit: "%"` on `gap-closed-share` means the
 * percentage, not "0.5 %"); others as numbers with their unit, `%` and `/5` attached as in "2.3%" and "4.5/5".
 */
export function kpiValue(e: Pick<KpiEvidence, 'kind' | 'unit'>, value: number | undefined, f: LocaleFormat): string {
  if (value === undefined) return '–';
  if (e.kind === 'share') return f.percent(value);
  const n = f.number(value, 2);
  if (!e.unit) return n;
  return /^[%/]/.test(e.unit) ? `${n}${e.unit}` : `${n} ${e.unit}`;
}

/** The similarity of a possible rename as a percentage. */
export function similarityText(change: Change, f: LocaleFormat): string {
  return f.percent(change.similarity ?? 0, 0);
}

/** One change in words, ready for a line of text or a table row. */
export interface ChangeLine {
  symbol: '+' | '−' | '~' | '→' | '↕';
  path: string;
  /** The old value in one line (absent for an addition). */
  old?: string;
  /** The new value in one line (absent for a removal). */
  new?: string;
  /** What the kind means when the values do not say it (rename, move, shift), or where a date sits in the programme. */
  note?: string;
}

const symbols: Record<Change['kind'], ChangeLine['symbol']> = { added: '+', removed: '−', changed: '~', renamed: '→', moved: '↕' };

export function describeChange(change: Change, text: DiffText, f: LocaleFormat): ChangeLine {
  const line: ChangeLine = { symbol: symbols[change.kind], path: change.path };
  if (change.kind === 'renamed') return { ...line, old: change.oldPath ?? String(change.old), new: change.path, note: text.renamed(similarityText(change, f)) };
  if (change.kind === 'moved') return { ...line, note: text.moved(Number(change.old), Number(change.new)) };
  if (change.kind !== 'added') line.old = valueText(change.old, f);
  if (change.kind !== 'removed') line.new = valueText(change.new, f);
  if (change.shift) line.note = text.shift(change.shift.days, change.shift.dates);
  if (change.position) line.note = text.position(change.position.old, change.position.new);
  return line;
}

/** `120 → 131 (+12 −1)`: a kind of records, old and new, and what was added and removed. */
export function recordLine(r: { old: number; new: number; added?: number; removed?: number }): string {
  const moves = r.added !== undefined && r.removed !== undefined ? ` (+${r.added} −${r.removed})` : '';
  return `${r.old} → ${r.new}${moves}`;
}

/** The people groups with anyone in them, in the report's order. */
export function presentGroups(diff: ProgrammeDiff): PeopleGroupName[] {
  return peopleGroups.filter((g) => diff.people[g].old > 0 || diff.people[g].new > 0);
}

/** Who joined, left, changed or got a new id, per group, each person written by `name` (hidden for the sponsor). */
export function whoLines(diff: ProgrammeDiff, text: DiffText, name: (r: PersonRef) => string): { group: string; label: string; names: string[] }[] {
  const out: { group: string; label: string; names: string[] }[] = [];
  for (const g of presentGroups(diff)) {
    const who = diff.people[g].who;
    if (!who) continue;
    const parts: [string, string[]][] = [
      [text.people.who.joined, who.joined.map(name)],
      [text.people.who.left, who.left.map(name)],
      [text.people.who.changed, who.changed.map(name)],
      [text.people.who.renamed, who.renamed.map((r) => `${name(r.from)} → ${name(r.to)}`)],
    ];
    for (const [label, names] of parts) if (names.length > 0) out.push({ group: text.people.groups[g], label, names });
  }
  return out;
}

/** The flag in words (shared by every human format). */
export function flagText(flag: Flag, diff: ProgrammeDiff, text: DiffText): string {
  switch (flag.kind) {
    case 'missed-kpi-without-decision':
      return text.flags.missedKpi(flag.kpi, diff.evidence?.find((e) => e.kpi === flag.kpi)?.name ?? flag.kpi, diff.old.phase);
    case 'change-without-decision':
      return text.flags.changeWithoutDecision(flag.path);
    case 'decision-without-change':
      return text.flags.decisionWithoutChange(flag.decision, flag.path);
  }
}


/** The kinds of records that differ (a revision of one programme only: two programmes differ in their records by nature). */
export function changedRecordKinds(diff: ProgrammeDiff): (typeof recordKinds)[number][] {
  if (diff.mode !== 'revision') return [];
  return recordKinds.filter((k) => diff.records[k].old !== diff.records[k].new || (diff.records[k].added ?? 0) + (diff.records[k].removed ?? 0) > 0);
}
