import { Chalk } from 'chalk';
import { catalogue } from '../../messages/index.js';
import type { DiagnosticFormatter, FormatContext } from './formatter.js';
import { groupByFile } from './group-by-file.js';
import { summaryLine } from './summary-line.js';
import { visible, visibleName } from '../visible.js';

/** Splits text into printable lines (CR LF and lone CR count as line breaks). */
const linesOf = (text: string): string[] => visible(text.replace(/\r\n?/g, '\n')).split('\n');

const frameWidth = 100;

/**
 * The user's own line under the message, with a caret at the column: what was written, not a
 * re-serialisation. Long lines show a window around the column; tabs print as one space so the
 * caret stays aligned.
 */
function codeFrame(excerpt: string, line: number, column: number, indent: string, c: InstanceType<typeof Chalk>): string[] {
  let text = visible(excerpt.replace(/\t/g, ' '));
  let caret = column - 1;
  if (text.length > frameWidth) {
    const from = Math.max(0, Math.min(caret - frameWidth / 2, text.length - frameWidth));
    text = `${from > 0 ? '…' : ''}${text.slice(from, from + frameWidth)}${from + frameWidth < text.length ? '…' : ''}`;
    caret = caret - from + (from > 0 ? 1 : 0);
  }
  const gutter = String(line);
  return [`${indent}${c.dim(`${gutter} │`)} ${text}`, `${indent}${c.dim(`${' '.repeat(gutter.length)} │`)} ${' '.repeat(Math.max(0, caret))}${c.red('^')}`];
}

// Enough to see what was passed over; the JSON output lists every skipped file.
const maxSkippedShown = 10;

/** The YAML files a folder scan passed over, so "no problems" never hides what was not checked. */
function skippedLines(ctx: FormatContext, c: InstanceType<typeof Chalk>): string[] {
  const skipped = ctx.skipped ?? [];
  if (skipped.length === 0) return [];
  const texts = catalogue(ctx.locale).ui;
  const more = skipped.length - maxSkippedShown;
  return [
    texts.skipped(skipped.length),
    ...skipped.slice(0, maxSkippedShown).map((s) => c.dim(`  ${visible(s.file)}  (${visible(texts.skippedReason(s.reason, s.apiVersion))})`)),
    ...(more > 0 ? [c.dim(`  ${texts.skippedMore(more)}`)] : []),
    '',
  ];
}

/**
 * Human output, grouped by file like ESLint's stylish:
 *
 *     programme.yaml
 *       12:7   error    `level` must be one of `1`, `2`, `3`, not `4`.  schema-enum
 *                       → Use one of the listed values.
 *
 * Columns are as wide as the longest position and severity label; continuation lines of a message
 * or hint are indented under its first line. With `ctx.color` false the output has no ANSI codes.
 */
export const stylish: DiagnosticFormatter = (diagnostics, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const texts = catalogue(ctx.locale).ui;
  const position = (line: number, column: number): string => `${line}:${column}`;
  // A loop, not Math.max(...all): spreading a hundred thousand arguments overflows the stack.
  let positionWidth = 2;
  for (const d of diagnostics) positionWidth = Math.max(positionWidth, position(d.start.line, d.start.column).length + 2);
  const labelWidth = Math.max(texts.errorLabel.length, texts.warningLabel.length) + 2;
  const indent = ' '.repeat(2 + positionWidth + labelWidth);

  const out: string[] = [];
  for (const [file, group] of groupByFile(diagnostics)) {
    if (out.length > 0) out.push('');
    out.push(c.underline(visibleName(file)));
    for (const d of group) {
      const label = d.severity === 'error' ? c.red(texts.errorLabel.padEnd(labelWidth)) : c.yellow(texts.warningLabel.padEnd(labelWidth));
      const [first = '', ...rest] = linesOf(d.message);
      out.push(`  ${c.dim(position(d.start.line, d.start.column).padEnd(positionWidth))}${label}${first}  ${c.dim(d.ruleId)}`);
      for (const line of rest) out.push(`${indent}${line}`);
      if (d.hint) linesOf(d.hint).forEach((line, i) => out.push(`${indent}${c.dim(`${i === 0 ? '→' : ' '} ${line}`)}`));
      if (d.excerpt !== undefined) for (const line of codeFrame(d.excerpt, d.start.line, d.start.column, indent, c)) out.push(line);
    }
  }
  if (out.length > 0) out.push('');
  out.push(...skippedLines(ctx, c));
  for (const programme of ctx.rulesNotRun ?? []) out.push(c.yellow(texts.rulesNotRun(visible(programme))), '');
  out.push(summaryLine(diagnostics, ctx, c));
  return `${out.join('\n')}\n`;
};
