import type { Diagnostic } from '../../core/diagnostics.js';
import type { DiagnosticFormatter } from './formatter.js';

const row = (d: Diagnostic) => ({
  ruleId: d.ruleId,
  severity: d.severity,
  message: d.message,
  hint: d.hint ?? null,
  file: d.file,
  line: d.start.line,
  column: d.start.column,
  endLine: d.end?.line ?? null,
  endColumn: d.end?.column ?? null,
  path: d.path,
  reason: d.reason ?? null,
});

/** Version of the JSON output's shape; bumped only on breaking changes (documented in docs/output.md). */
export const jsonFormatVersion = 1;

export const json: DiagnosticFormatter = (diagnostics, ctx) =>
  `${JSON.stringify(
    {
      formatVersion: jsonFormatVersion,
      tool: { name: 'mentor', version: ctx.toolVersion },
      summary: { ...ctx.summary, suppressed: ctx.summary.suppressed ?? ctx.suppressed?.length ?? 0 },
      diagnostics: diagnostics.map(row),
      // Programmes whose method rules did not run because of YAML, file or schema errors in their files.
      rulesNotRun: ctx.rulesNotRun ?? [],
      skipped: (ctx.skipped ?? []).map((s) => ({ file: s.file, reason: s.reason, apiVersion: s.apiVersion ?? null })),
      // Silenced by `# mentor-disable…` comments: not counted in `summary.errors`/`warnings`, kept here with the comment's reason.
      suppressed: (ctx.suppressed ?? []).map((d) => ({ ...row(d), suppression: { kind: d.suppression.kind, justification: d.suppression.reason, line: d.suppression.line } })),

    },
    null,
    2,
  )}\n`;
