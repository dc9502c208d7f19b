import type { Diagnostic, Summary } from '../../core/diagnostics.js';
import type { SkippedFile } from '../../core/model/bundle.js';
import type { SuppressedDiagnostic } from '../../core/suppress/apply.js';
import type { Locale } from '../../messages/index.js';

export interface FormatContext {
  color: boolean;
  locale: Locale;
  /** Files checked, for summaries and for formats that list every file (JUnit). */
  files: readonly string[];
  summary: Summary;
  /** YAML files a folder scan passed over as not mentor documents (none when absent). */
  skipped?: readonly SkippedFile[];
  toolVersion: string;
  /** Programme files whose method rules did not run (YAML, file or schema errors in their files); none when absent. */
  rulesNotRun?: readonly string[];
  /** Findings silenced by `# mentor-disable…` comments: listed by json and sarif, counted by the others (none when absent). */
  suppressed?: readonly SuppressedDiagnostic[];
}

/** A pure function from diagnostics to text; one per output format. */
export type DiagnosticFormatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;
