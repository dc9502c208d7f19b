import { nearest } from '../text/nearest.js';
import type { FieldSpec } from './fields.js';

/**
 * `Line manager`, `line_manager`, `line-manager` and `lineManager` all name one field; so do
 * `Wartość` and `wartosc`, and `Satisfaction (1–5)` and `satisfaction` (what is in brackets is a note).
 */
const normalise = (text: string): string =>
  text
    .replace(/\([^)]*\)/g, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]/g, '');

export interface ColumnProblem {
  kind: 'unknown' | 'duplicate';
  /** The header as written. */
  column: string;
  /** 1-based position of the column. */
  index: number;
  suggestion?: string;
}

/**
 * Maps a CSV header to fields: each column names a field by its key, or by one of its other `names`
 * (its labels in each language: `Data`, `Czas w minutach`), in any spelling (case, spaces, dashes,
 * underscores and accents do not count; a key wins over another field's other name). Columns listed
 * in `ignore` and empty headers are skipped; any other column that names no field, or a field
 * already named, is a problem.
 */
export function mapColumns(header: readonly string[], fields: readonly FieldSpec[], ignore: readonly string[] = [], names: Readonly<Partial<Record<string, readonly string[]>>> = {}): { columns: (FieldSpec | undefined)[]; problems: ColumnProblem[] } {
  const byName = new Map<string, FieldSpec>();
  for (const f of fields) for (const name of names[f.key] ?? []) if (normalise(name) !== '') byName.set(normalise(name), f);
  for (const f of fields) byName.set(normalise(f.key), f);
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
