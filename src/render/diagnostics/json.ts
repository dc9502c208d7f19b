import type { DiagnosticFormatter } from './formatter.js';

/** Version of the JSON output's shape; bumped only on breaking changes (documented in docs/output.md). */
export const jsonFormatVersion = 1;

export const json: DiagnosticFormatter = (diagnostics, ctx) =>
  `${JSON.stringify(
    {
      formatVersion: jsonFormatVersion,
      tool: { name: 'mentor', version: ctx.toolVersion },
      summary: ctx.summary,
      diagnostics: diagnostics.map((d) => ({
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
      })),
      skipped: (ctx.skipped ?? []).map((s) => ({ file: s.file, reason: s.reason, apiVersion: s.apiVersion ?? null })),
    },
    null,
    2,
  )}\n`;
