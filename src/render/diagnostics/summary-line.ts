import type { Diagnostic } from '../../core/diagnostics.js';
import { catalogue } from '../../messages/index.js';
import type { FormatContext } from './formatter.js';

/** Colours for the summary mark; identity functions when colour is off. */
export interface SummaryPaint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

const plain: SummaryPaint = { red: (t) => t, yellow: (t) => t, green: (t) => t };

/**
 * The closing line of human-facing formats: "✖ 3 files · 1 valid · 2 with problems · 2 errors, 1 warning",
 * or "✔ 3 files checked, no problems." Counts come from `ctx.summary`, taken before --quiet drops
 * warnings, so a quiet run with only warnings still says there are warnings.
 */
export function summaryLine(diagnostics: readonly Diagnostic[], ctx: FormatContext, paint: SummaryPaint = plain): string {
  const { ui: texts, suppress } = catalogue(ctx.locale);
  const s = ctx.summary;
  const silenced = s.suppressed ? ` · ${suppress.suppressed(s.suppressed)}` : '';
  if (diagnostics.length === 0 && s.errors === 0 && s.warnings === 0) return `${paint.green('✔')} ${silenced ? `${texts.noProblems(s.files).replace(/\.$/, '')}${silenced}.` : texts.noProblems(s.files)}`;
  const mark = s.errors > 0 ? paint.red('✖') : paint.yellow('⚠');
  // Clamped: diagnostics in files reached only through includes count as invalid files, while
  // `files` counts only the files named, so the difference could go below zero.
  const valid = Math.max(0, s.files - s.filesWithProblems);
  return `${mark} ${texts.summary({ files: s.files, valid, invalid: s.filesWithProblems, errors: s.errors, warnings: s.warnings })}${silenced}`;
}
