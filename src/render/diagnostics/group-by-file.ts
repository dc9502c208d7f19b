import type { Diagnostic } from '../../core/diagnostics.js';

/**
 * Diagnostics grouped by file, in first-seen order, keeping each file's diagnostics in input order.
 * Files in `files` come first (with an empty list when clean), so formats that list every checked
 * file can show clean ones; files only diagnostics mention (included people or records files, a
 * pilot) follow.
 */
export function groupByFile(diagnostics: readonly Diagnostic[], files: readonly string[] = []): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const file of files) if (!groups.has(file)) groups.set(file, []);
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}
