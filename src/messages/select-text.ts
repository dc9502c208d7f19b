import type { PartOutcome } from '../core/criteria/evaluate.js';
import type { CandidateStatus } from '../core/select/select.js';
import type { CellProblem } from '../core/select/candidates.js';
import type { DateOrderDecision } from '../core/select/slashed-dates.js';
import type { TableErrorCode } from '../core/table/types.js';

/** A column problem of an export, as `selectCandidates` reports it (see src/core/select). */
export type SelectColumnProblem =
  | { code: 'unknown-column'; header: string; source: 'flag' | 'programme'; target: string; suggestion?: string }
  | { code: 'missing-column'; field: string; criterion?: string; part?: string }
  | { code: 'column-twice'; header: string; targets: [string, string] }
  | { code: 'unknown-competency'; competency: string; suggestion?: string }
  | { code: 'no-default-target'; competencies: string[] };

/** Every string of `mentor select`: errors about the export, reasons per candidate, headings. */
export interface SelectText {
  /** A file that cannot be read as a table; `where` is already `file:line:column` or the file. */
  tableError: (where: string, code: TableErrorCode, params: Record<string, string | number>) => string;
  tableHint: (code: TableErrorCode) => string;
  columnProblem: (file: string, problem: SelectColumnProblem) => string;
  columnHint: string;
  /** One bad cell: `where` is `file:line:column`. */
  cellProblem: (where: string, problem: CellProblem) => string;
  cellSummary: (count: number, file: string) => string;
  /** One criterion part for one candidate, met or not. */
  part: (outcome: PartOutcome) => string;
  noGap: string;
  /** A candidate who is already the programme's mentee `id`, found by name (the ids differ). */
  sameNameMentee: (id: string) => string;
  status: Record<CandidateStatus, string>;
  head: { line: string; id: string; name: string; department: string; status: string; why: string; gaps: string };
  summary: (p: { qualified: number; notQualified: number; already: number; file: string }) => string;
  /** How the columns were read. */
  columns: (mapped: string, ignored: readonly string[]) => string;
  /** How dates with slashes were read, and what said so. */
  slashedDates: (decision: DateOrderDecision) => string;
  wroteMentees: (count: number, file: string) => string;
  nothingToWrite: string;
  writeSkipsManagers: (entries: readonly { id: string; lineManager: string }[]) => string;
  validateAfterWrite: (path: string) => string;
  writeRefused: (file: string, reason: string) => string;
}
