import { isId } from '../scaffold/answers.js';
import type { Competency } from '../model/types.js';
import type { Table } from '../table/types.js';
import { isFraction, parseDateCell, parseWholeCell } from './cells.js';
import type { ColumnMap } from './columns.js';
import { columnDateOrder, slashedDate, slashedParts, type DateOrder, type DateOrderDecision } from './slashed-dates.js';

/** One person of an HR export, read and checked. */
export interface Candidate {
  /** The line (CSV) or sheet row (XLSX) the person is on. */
  line: number;
  id: string;
  name: string;
  title?: string;
  department?: string;
  /** The line manager as written in the export (an id or a name). */
  lineManager?: string;
  hired?: string;
  tenureMonths?: number;
  /** The current level per competency whose cell holds one (empty cells: not assessed). */
  levels: Map<string, number>;
}

/** What is wrong with one cell; `column` is the 1-based column index. */
export interface CellProblem {
  code: 'missing-value' | 'bad-id' | 'duplicate-id' | 'not-a-number' | 'not-a-level' | 'off-scale' | 'bad-date' | 'ambiguous-date' | 'mixed-date-order';
  line: number;
  column: number;
  header: string;
  value: string;
  params: Record<string, string | number>;
}

/** How slashed dates (`31/12/2026`) may be read: `--date-format`, and the programme language's order. */
export interface DateOptions {
  dateOrder?: DateOrder | undefined;
  localeOrder?: DateOrder | undefined;
}

/**
 * Reads the rows of an export into candidates, checking every cell the programme needs: an id
 * (unique, usable as an id), a name, levels that are whole numbers on the competency's scale, dates
 * and tenure. Every problem is collected with its line and column, so one run lists them all.
 * Slashed dates are read in the order their column shows (see slashed-dates.ts); `dates` says which,
 * when there were any.
 */
export function readCandidates(table: Table, map: ColumnMap, competencies: ReadonlyMap<string, Competency>, scaleLevels: ReadonlyMap<string, readonly number[]>, options: DateOptions = {}): { candidates: Candidate[]; problems: CellProblem[]; dates?: DateOrderDecision } {
  const candidates: Candidate[] = [];
  const problems: CellProblem[] = [];
  const firstLine = new Map<string, number>();
  const { fields } = map;
  const hiredColumn = fields.hired;
  const order = hiredColumn === undefined ? ({ kind: 'none' } as const) : columnDateOrder(table.rows.map((r) => ({ line: r.line, value: r.cells[hiredColumn] ?? '' })), options.dateOrder, options.localeOrder);
  for (const row of table.rows) {
    const problem = (code: CellProblem['code'], column: number, params: CellProblem['params'] = {}): void => {
      problems.push({ code, line: row.line, column: column + 1, header: table.headers[column]!, value: row.cells[column] ?? '', params });
    };
    const text = (column: number | undefined): string | undefined => {
      if (column === undefined) return undefined;
      const value = (row.cells[column] ?? '').replace(/\s+/g, ' ').trim();
      return value === '' ? undefined : value;
    };

    const id = text(fields.id);
    if (id === undefined) problem('missing-value', fields.id!, { field: 'id' });
    else if (!isId(id)) problem('bad-id', fields.id!);
    else if (firstLine.has(id)) problem('duplicate-id', fields.id!, { first: firstLine.get(id)! });
    else firstLine.set(id, row.line);

    let name = text(fields.name);
    if (name === undefined && fields.firstName !== undefined && fields.lastName !== undefined) {
      const parts = [text(fields.firstName), text(fields.lastName)].filter((p) => p !== undefined);
      name = parts.length > 0 ? parts.join(' ') : undefined;
    }
    if (name === undefined) problem('missing-value', fields.name ?? fields.lastName!, { field: 'name' });

    const levels = new Map<string, number>();
    for (const [competency, column] of map.levels) {
      const raw = text(column);
      if (raw === undefined) continue;
      const scale = scaleLevels.get(competencies.get(competency)?.scale ?? '') ?? [];
      const level = parseWholeCell(raw);
      if (level === undefined) problem(isFraction(raw) ? 'not-a-level' : 'not-a-number', column, { competency, levels: scale.join(', ') });
      else if (scale.length > 0 && !scale.includes(level)) problem('off-scale', column, { competency, levels: scale.join(', '), level });
      else levels.set(competency, level);
    }

    let hired: string | undefined;
    const hiredText = text(fields.hired);
    if (hiredText !== undefined) {
      hired = parseDateCell(hiredText);
      const parts = hired === undefined ? slashedParts(hiredText) : undefined;
      if (parts === undefined) {
        if (hired === undefined) problem('bad-date', fields.hired!);
      } else if (order.kind === 'decided') {
        hired = slashedDate(parts, order.decision.order);
        if (hired === undefined) problem('bad-date', fields.hired!, { order: order.decision.order, by: order.decision.by });
      } else if (parts.first === parts.second) {
        hired = slashedDate(parts, 'day-first'); // 05/05/2026 reads the same both ways
        if (hired === undefined) problem('bad-date', fields.hired!);
      } else if (order.kind === 'ambiguous') {
        problem('ambiguous-date', fields.hired!, { dayFirst: slashedDate(parts, 'day-first') ?? '', monthFirst: slashedDate(parts, 'month-first') ?? '' });
      } else if (order.kind === 'mixed') {
        // The cells that prove an order are named (they disagree); the others wait for the answer.
        const own = parts.first > 12 ? 'day-first' : parts.second > 12 ? 'month-first' : undefined;
        const other = own === 'day-first' ? order.monthFirst : own === 'month-first' ? order.dayFirst : undefined;
        if (other !== undefined) problem('mixed-date-order', fields.hired!, { order: own!, otherLine: other.line, otherValue: other.value });
      }
    }
    let tenureMonths: number | undefined;
    const tenureText = text(fields.tenureMonths);
    if (tenureText !== undefined) {
      tenureMonths = parseWholeCell(tenureText);
      if (tenureMonths === undefined || tenureMonths < 0) {
        problem('not-a-number', fields.tenureMonths!, { field: 'tenureMonths' });
        tenureMonths = undefined;
      }
    }

    if (id === undefined || name === undefined) continue;
    const title = text(fields.title);
    const department = text(fields.department);
    const lineManager = text(fields.lineManager);
    candidates.push({
      line: row.line,
      id,
      name,
      ...(title !== undefined ? { title } : {}),
      ...(department !== undefined ? { department } : {}),
      ...(lineManager !== undefined ? { lineManager } : {}),
      ...(hired !== undefined ? { hired } : {}),
      ...(tenureMonths !== undefined ? { tenureMonths } : {}),
      levels,
    });
  }
  return { candidates, problems, ...(order.kind === 'decided' ? { dates: order.decision } : {}) };
}
