// Reading a file's data as it is, before the schema holds: what the hint passes after the checks
// (name-suggestions.ts, share-suggestions.ts) use to look at the values a finding is about.

/** The value at a data path, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

/** The value as a mapping, or undefined when it is none. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The mappings of a list (other items left out), or none when the value is no list. */
export function items(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(record).filter((v): v is Record<string, unknown> => v !== undefined) : [];
}
