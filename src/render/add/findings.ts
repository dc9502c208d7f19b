import { Chalk } from 'chalk';
import type { Diagnostic } from '../../core/diagnostics.js';
import { catalogue, type Locale } from '../../messages/index.js';

/** A finding of `mentor add`, with where it points in the user's own terms: a flag, a row and column, or a file position. */
export interface PlacedFinding {
  diagnostic: Diagnostic;
  where: string;
}

/**
 * The findings an addition causes, one per line with what to do under it, in the words and rule
 * ids of `mentor validate`:
 *
 *     row 4, column pair  error  `sessions[7].pair` refers to pair `pr-1`, which is not defined.  unknown-reference
 *                         → Did you mean `pr-01`?
 */
export function renderAddFindings(findings: readonly PlacedFinding[], options: { color: boolean; locale: Locale }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const ui = catalogue(options.locale).ui;
  const width = Math.max(0, ...findings.map((f) => f.where.length));
  const labelWidth = Math.max(ui.errorLabel.length, ui.warningLabel.length);
  const lines: string[] = [];
  for (const { diagnostic: d, where } of findings) {
    const label = d.severity === 'error' ? c.red(ui.errorLabel.padEnd(labelWidth)) : c.yellow(ui.warningLabel.padEnd(labelWidth));
    lines.push(`  ${where.padEnd(width)}  ${label}  ${d.message}  ${c.dim(d.ruleId)}`);
    if (d.hint) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(labelWidth)}  ${c.dim('→')} ${d.hint}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
