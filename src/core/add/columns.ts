import { nearest } from '../text/nearest.js';
import type { FieldSpec } from './fields.js';

/** `Line manager`, `line_manager`, `line-manager` and `lineManager` all name one field. */
const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface ColumnProblem {
  kind: 'unknown' | 'duplicate';
  /** The header as written. */
  column: string;
  /** 1-based position of the column. */
  index: number;
  suggestion?: string;
}

/**
 * Maps a CSV header to fields: each column names a field by its key in any spelling (case, spaces,
 * dashes and underscores do not count). Columns listed in `ignore` and empty headers are skipped;
 * any other column that names no field, or a field already named, is a problem.
 */
export function mapColumns(header: readonly string[], fields: readonly FieldSpec[], ignore: readonly string[] = []): { columns: (FieldSpec | undefined)[]; problems: ColumnProblem[] } {
  const byName = new Map(fields.map((f) => [normalise(f.key), f]));
  const ignored = new Set(ignore.map(normalise));
  const seen = new Set<string>();
  const problems: ColumnProblem[] = [];
  const columns = header.map((column, i) => {
    const name = normalise(column);
    if (name === '' || ignored.has(name)) return undefined;
    const field = byName.get(name);
    if (!field) {
      const suggestion = nearest(column, fields.map((f) => f.key));
      problems.push({ kind: 'unknown', column, index: i + 1, ...(suggestion ? { suggestion } : {}) });
      return undefined;
    }
    if (seen.has(field.key)) {
      problems.push({ kind: 'duplicate', column, index: i + 1 });
      return undefined;
    }
    seen.add(field.key);
    return field;
  });
  return { columns, problems };
}
