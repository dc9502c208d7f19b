import { applyCaps, checkPerson, hasGap, menteeFacts, normaliseWords, type CriteriaContext, type PartOutcome, type PersonFacts } from '../criteria/evaluate.js';
import type { ProgrammeModel } from '../model/model.js';
import { personIndex, personNameKey } from '../model/people.js';
import type { Competency } from '../model/types.js';
import type { Table, TableSource } from '../table/types.js';
import { readCandidates, type Candidate, type CellProblem } from './candidates.js';
import { mapColumns, personFields, type ColumnProblem, type ColumnRequest, type PersonField } from './columns.js';
import type { DateOrder, DateOrderDecision } from './slashed-dates.js';

/** One competency of a candidate's plan: the level in the export, the programme's default target, the gap. */
export interface PlanEntry {
  competency: string;
  importance: 'strategic' | 'tactical';
  level: number;
  target: number;
  gap: number;
}

export type CandidateStatus = 'qualified' | 'not-qualified' | 'already-mentee';

export interface CandidateResult {
  line: number;
  id: string;
  name: string;
  title?: string;
  department?: string;
  /** The line manager as the export writes it. */
  lineManager?: string;
  /** The id it stands for: a person of the programme, or another candidate (by id or name). */
  lineManagerId?: string;
  hired?: string;
  tenureMonths?: number;
  /** Every competency with a level in the export, gap or not. */
  plan: PlanEntry[];
  /** Competencies whose level cell is empty. */
  notAssessed: string[];
  status: CandidateStatus;
  /**
   * The id of the programme's mentee this candidate already is under another id: the same name,
   * as the programme's own ids (`mentee-01`, made by `mentor init`) are not the HR system's.
   */
  menteeId?: string;
  /** False when no competency has a gap (goals first: there is nothing to mentor towards). */
  hasGap: boolean;
  /** Every part of every criterion, met or not, caps included; empty for an existing mentee. */
  checks: PartOutcome[];
}

export interface SelectResult {
  programme: string;
  file: string;
  source: TableSource;
  /** Person field → header, competency → header, as used. */
  columns: Partial<Record<PersonField, string>>;
  levels: Record<string, string>;
  /** Headers of the columns nothing reads. */
  ignored: string[];
  /** How dates written with slashes (`31/12/2026`) were read; null when the export has none. */
  slashedDates: DateOrderDecision | null;
  candidates: CandidateResult[];
}

/** What the command asks besides columns: `--date-format`, as the order it means. */
export interface SelectRequest extends ColumnRequest {
  dateOrder?: DateOrder;
}

/** Why a selection could not be made: the columns (exit 2) or cells of the export (exit 1). */
export type SelectOutcome =
  | { kind: 'columns'; problems: (ColumnProblem | { code: 'missing-column'; field: PersonField; criterion: string; part: string } | { code: 'no-default-target'; competencies: string[] })[] }
  | { kind: 'cells'; problems: CellProblem[]; source: TableSource }
  | { kind: 'selected'; result: SelectResult };

/** The person fields each part of a criterion reads, to refuse an export that cannot answer it. */
const partNeeds: Partial<Record<PartOutcome['part'], readonly PersonField[]>> = {
  tenure: ['hired', 'tenureMonths'],
  titles: ['title'],
  excludeTitles: ['title'],
  departments: ['department'],
  maxPerDepartment: ['department'],
  maxPerLineManager: ['lineManager'],
};

/**
 * Step 1 on an HR export: reads the candidates, gives each the programme's default target in every
 * competency the export rates, and applies the addressee criteria (src/core/criteria, the same
 * evaluation `validate` runs on mentees). Candidates who pass every individual criterion are ranked
 * (the largest strategic gap, then the largest gap, then the export's order) and the caps per
 * department and line manager take them in that order, after the mentees the programme has already.
 */
export function selectCandidates(model: ProgrammeModel, table: Table, file: string, request: SelectRequest): SelectOutcome {
  const { programme } = model;
  const importParts = programme.addressees?.import;
  const programmeRequest = importParts ? { fields: Object.fromEntries(personFields.flatMap((f) => (importParts[f] !== undefined ? [[f, importParts[f]]] : []))), levels: importParts.levels ?? {} } : undefined;
  const { dateOrder, ...columnRequest } = request;
  const { map, problems } = mapColumns(table.headers, programme.competencies, { ...columnRequest, ...(programmeRequest ? { programme: programmeRequest } : {}) });
  const columnProblems: Extract<SelectOutcome, { kind: 'columns' }>['problems'] = [...problems];
  const criteria = programme.addressees?.criteria ?? [];
  for (const criterion of criteria) {
    const parts: PartOutcome['part'][] = [];
    if (criterion.minTenureMonths !== undefined) parts.push('tenure');
    if (criterion.titles !== undefined) parts.push('titles');
    if (criterion.excludeTitles !== undefined) parts.push('excludeTitles');
    if (criterion.departments !== undefined) parts.push('departments');
    if (criterion.maxPerDepartment !== undefined) parts.push('maxPerDepartment');
    if (criterion.maxPerLineManager !== undefined) parts.push('maxPerLineManager');
    for (const part of parts) {
      const needs = partNeeds[part]!;
      if (!needs.some((f) => map.fields[f] !== undefined)) columnProblems.push({ code: 'missing-column', field: needs[0]!, criterion: criterion.id, part });
    }
  }
  const competencies = new Map<string, Competency>();
  for (const c of programme.competencies) if (!competencies.has(c.id)) competencies.set(c.id, c);
  const withoutTarget = [...map.levels.keys()].filter((id) => competencies.get(id)?.defaultTarget === undefined);
  if (withoutTarget.length > 0) columnProblems.push({ code: 'no-default-target', competencies: withoutTarget });
  if (columnProblems.length > 0) return { kind: 'columns', problems: columnProblems };

  const scaleLevels = new Map(programme.scales.map((s) => [s.id, s.levels.map((l) => l.level)] as const));
  // A Polish organisation's export never writes the month first; an English one may be British or American.
  const localeOrder = programme.metadata.locale === 'pl' ? 'day-first' : undefined;
  const { candidates, problems: cellProblems, dates } = readCandidates(table, map, competencies, scaleLevels, { dateOrder, localeOrder });
  if (cellProblems.length > 0) return { kind: 'cells', problems: cellProblems, source: table.source };

  const ctx: CriteriaContext = { start: programme.metadata.period.start, importance: new Map([...competencies].map(([id, c]) => [id, c.importance])) };
  const mentees = new Map(model.mentees.map((m) => [m.id, m]));
  // A mentee entered under the programme's own id (`mentee-01`) is found by name: selected again, they would be written twice.
  const menteeByName = new Map<string, string>();
  for (const m of model.mentees) if (typeof m.name === 'string' && !menteeByName.has(personNameKey(m.name))) menteeByName.set(personNameKey(m.name), m.id);
  const exportIds = new Set(candidates.map((c) => c.id));
  const resolveManager = managerResolver(model, candidates);
  const results: CandidateResult[] = candidates.map((c) => {
    const plan: PlanEntry[] = [...c.levels].map(([competency, level]) => {
      const target = competencies.get(competency)!.defaultTarget!;
      return { competency, importance: competencies.get(competency)!.importance, level, target, gap: target - level };
    });
    const lineManagerId = c.lineManager === undefined ? undefined : resolveManager(c.lineManager);
    const byName = mentees.has(c.id) ? undefined : menteeByName.get(personNameKey(c.name));
    // …unless that mentee's id is a row of the export itself (two people of one name).
    const menteeId = byName !== undefined && !exportIds.has(byName) ? byName : undefined;
    return {
      line: c.line,
      id: c.id,
      name: c.name,
      ...(c.title !== undefined ? { title: c.title } : {}),
      ...(c.department !== undefined ? { department: c.department } : {}),
      ...(c.lineManager !== undefined ? { lineManager: c.lineManager } : {}),
      ...(lineManagerId !== undefined ? { lineManagerId } : {}),
      ...(c.hired !== undefined ? { hired: c.hired } : {}),
      ...(c.tenureMonths !== undefined ? { tenureMonths: c.tenureMonths } : {}),
      plan,
      notAssessed: [...map.levels.keys()].filter((id) => !c.levels.has(id)),
      status: mentees.has(c.id) || menteeId !== undefined ? 'already-mentee' : 'not-qualified',
      ...(menteeId !== undefined ? { menteeId } : {}),
      hasGap: false,
      checks: [],
    };
  });

  const factsOf = (r: CandidateResult): PersonFacts => ({
    id: r.id,
    title: r.title,
    department: r.department,
    lineManager: r.lineManagerId ?? r.lineManager,
    hired: r.hired,
    tenureMonths: r.tenureMonths,
    gaps: r.plan.filter((p) => p.gap > 0).map((p) => ({ competency: p.competency, gap: p.gap })),
  });
  const eligible: { result: CandidateResult; facts: PersonFacts }[] = [];
  for (const result of results) {
    if (result.status === 'already-mentee') continue;
    const facts = factsOf(result);
    result.hasGap = hasGap(facts, ctx);
    result.checks = checkPerson(criteria, facts, ctx);
    if (result.hasGap && result.checks.every((o) => o.status === 'met')) eligible.push({ result, facts });
  }
  const largest = (r: CandidateResult, strategicOnly: boolean): number => Math.max(0, ...r.plan.filter((p) => !strategicOnly || p.importance === 'strategic').map((p) => p.gap));
  eligible.sort((a, b) => largest(b.result, true) - largest(a.result, true) || largest(b.result, false) - largest(a.result, false) || a.result.line - b.result.line);
  const counted = model.mentees.map((m) => menteeFacts(m, competencies));
  applyCaps(criteria, eligible.map((e) => e.facts), counted).forEach((caps, i) => {
    const { result } = eligible[i]!;
    result.checks.push(...caps);
    if (caps.every((o) => o.status === 'met')) result.status = 'qualified';
  });

  const columnName = (i: number): string => table.headers[i]!;
  return {
    kind: 'selected',
    result: {
      programme: programme.metadata.id,
      file,
      source: table.source,
      columns: Object.fromEntries(Object.entries(map.fields).map(([f, i]) => [f, columnName(i)])),
      levels: Object.fromEntries([...map.levels].map(([c, i]) => [c, columnName(i)])),
      ignored: map.ignored.map(columnName),
      slashedDates: dates ?? null,
      candidates: results,
    },
  };
}

/**
 * Turns a line manager as an export writes it into a person id: an id of the programme's people or
 * of another candidate, else a name that belongs to exactly one of them. Undefined when unknown.
 */
function managerResolver(model: ProgrammeModel, candidates: readonly Candidate[]): (written: string) => string | undefined {
  const people = personIndex(model);
  const ids = new Set([...people.keys(), ...candidates.map((c) => c.id)]);
  const byName = new Map<string, Set<string>>();
  const addName = (name: string, id: string): void => {
    const key = normaliseWords(name);
    byName.set(key, (byName.get(key) ?? new Set()).add(id));
  };
  for (const person of people.values()) addName(person.name, person.id);
  for (const c of candidates) addName(c.name, c.id);
  return (written) => {
    if (ids.has(written)) return written;
    const named = byName.get(normaliseWords(written));
    return named && named.size === 1 ? [...named][0] : undefined;
  };
}
