import type { FieldSpec, FieldType } from './fields.js';

const parts = (text: string): string[] =>
  text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * A date as typed or exported: `2026-03-02`, a timestamp (`2026-03-02 14:31`, `2026-03-02T14:31:05Z`:
 * its day), or the Polish `2.03.2026` / `02.03.2026`. Anything else is returned as written, for the
 * schema to name.
 */
export function readDate(text: string): string {
  const t = text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (iso) return iso[1]!;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  return t;
}

const yes = new Set(['true', 'yes', 'y', 'tak', 't', '1']);
const no = new Set(['false', 'no', 'n', 'nie', '0']);

/**
 * Reads the text of a flag or a CSV cell as a value of the field's type. Text that does not fit
 * (`abc` for a number) is kept as text: the schema check then reports it with the same words as
 * `mentor validate`, naming the flag or the row and column.
 */
export function readValue(text: string, type: FieldType): unknown {
  const t = text.trim();
  switch (type.kind) {
    case 'text':
    case 'id':
    case 'other':
      return t;
    case 'date':
      return readDate(t);
    case 'integer':
    case 'number':
      // A decimal comma as well as a point: `4,5` from a Polish spreadsheet.
      return /^[+-]?\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : t;
    case 'enum': {
      const exact = type.values.find((v) => String(v) === t);
      if (exact !== undefined) return exact;
      const loose = type.values.find((v) => String(v).toLowerCase() === t.toLowerCase());
      return loose ?? t;
    }
    case 'boolean':
      return yes.has(t.toLowerCase()) ? true : no.has(t.toLowerCase()) ? false : t;
    case 'list':
      return parts(t).map((p) => readValue(p, type.of));
    case 'tuples':
      return parts(t).map((item) => {
        const values = item.split(':');
        const record: Record<string, unknown> = {};
        type.keys.forEach((key, i) => {
          const value = values[i];
          if (value !== undefined && value.trim() !== '') record[key] = readValue(value, type.types[i]!);
        });
        return record;
      });
    case 'map': {
      const record: Record<string, unknown> = {};
      for (const item of parts(t)) {
        const m = /^([^:=]+)[:=](.*)$/.exec(item);
        if (m) record[m[1]!.trim()] = readValue(m[2]!, type.value);
        else record[item] = '';
      }
      return record;
    }
  }
}

/**
 * The items of a flag or cell that are not in the field's form, read as they stand would lose a part
 * or be named by keys the user never wrote: a `competency:baseline:target` item with too few or too
 * many `:` parts (`negotiation:1-3`, `negotiation:1:3:4`, whose `4` would be dropped), or a mentee's
 * `id:baseline:target` where a list of ids belongs (a pair's `--competencies negotiation:1:3`).
 */
export function misshapenItems(text: string, type: FieldType): string[] {
  if (type.kind === 'tuples') {
    const least = type.required ?? type.keys.length;
    return parts(text).filter((item) => {
      const count = item.split(':').length;
      return count < least || count > type.keys.length;
    });
  }
  if (type.kind === 'list' && type.of.kind === 'id') return parts(text).filter((item) => item.includes(':'));
  return [];
}

/** How a field is written on the command line, for help and messages: `ID`, `YYYY-MM-DD`, `ID:LEVEL,…`. */
export function syntaxOf(type: FieldType): string {
  switch (type.kind) {
    case 'text':
      return 'TEXT';
    case 'id':
      return 'ID';
    case 'date':
      return 'YYYY-MM-DD';
    case 'integer':
    case 'number':
      return 'N';
    case 'enum':
      return [...type.values, ...(type.orId ? ['ID'] : [])].join('|');
    case 'boolean':
      return 'yes|no';
    case 'list':
      return `${syntaxOf(type.of)},…`;
    case 'tuples':
      return `${type.keys.map((k) => k.toUpperCase()).join(':')},…`;
    case 'map':
      return `ID:${syntaxOf(type.value)},…`;
    case 'other':
      return 'VALUE';
  }
}

/** A record from field texts, keys in the schema's order; empty texts are left out. */
export function buildRecord(fields: readonly FieldSpec[], texts: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const text = texts[field.key];
    if (text === undefined || text.trim() === '') continue;
    record[field.key] = readValue(text, field.type);
  }
  return record;
}
