import { Chalk } from 'chalk';
import { catalogue } from '../../messages/index.js';
import type { DiagnosticFormatter } from './formatter.js';

/** Human output, grouped by file like ESLint's stylish: position, severity, message, hint, rule id. */
export const stylish: DiagnosticFormatter = (diagnostics, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const texts = catalogue(ctx.locale).ui;
  const lines: string[] = [];
  let current: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(c.underline(d.file));
      current = d.file;
    }
    const position = `${d.start.line}:${d.start.column}`.padEnd(8);
    const label = d.severity === 'error' ? c.red(texts.errorLabel.padEnd(12)) : c.yellow(texts.warningLabel.padEnd(12));
    lines.push(`  ${c.dim(position)}${label}${d.message}  ${c.dim(d.ruleId)}`);
    if (d.hint) lines.push(`  ${' '.repeat(8 + 12)}${c.dim(`→ ${d.hint}`)}`);
  }
  const s = ctx.summary;
  if (diagnostics.length === 0) return `${c.green('✔')} ${texts.noProblems(s.files)}\n`;
  lines.push('');
  const mark = s.errors > 0 ? c.red('✖') : c.yellow('⚠');
  lines.push(`${mark} ${texts.summary({ files: s.files, valid: s.files - s.filesWithProblems, invalid: s.filesWithProblems, errors: s.errors, warnings: s.warnings })}`);
  return `${lines.join('\n')}\n`;
};
