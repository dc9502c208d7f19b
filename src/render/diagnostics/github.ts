import { catalogue } from '../../messages/index.js';
import type { DiagnosticFormatter } from './formatter.js';
import { regionOf } from './region.js';
import { summaryLine } from './summary-line.js';
import { visibleButBreaks } from '../visible.js';

// The runner's own unescaping rules (actions/toolkit `escapeData` / `escapeProperty`): `%` first, so
// the escapes it adds are not escaped again.
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per diagnostic, which the
 * runner turns into annotations on the file, then one plain summary line for the log.
 *
 * `file` must be relative to the repository root, so run mentor from there (paths are shown
 * relative to the working folder). The runner drops a command whose `col`/`endColumn` are set while
 * `line` and `endLine` differ, so a span over several lines is sent as lines only.
 */
export const github: DiagnosticFormatter = (diagnostics, ctx) => {
  const lines = diagnostics.map((d) => {
    const r = regionOf(d);
    const multiLine = r.endLine !== undefined && r.endLine !== r.startLine;
    const props = [`file=${escapeProperty(visibleButBreaks(d.file.replace(/\\/g, '/')))}`, `line=${r.startLine}`];
    if (!multiLine) props.push(`col=${r.startColumn}`);
    if (r.endLine !== undefined) props.push(`endLine=${r.endLine}`);
    if (!multiLine && r.endColumn !== undefined) props.push(`endColumn=${r.endColumn}`);
    props.push(`title=${escapeProperty(d.ruleId)}`);
    const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
    return `::${d.severity} ${props.join(',')}::${escapeData(visibleButBreaks(message))}`;
  });
  // A notice on the programme file: the run's annotations are not all there is to fix.
  for (const programme of ctx.rulesNotRun ?? []) {
    lines.push(`::notice file=${escapeProperty(visibleButBreaks(programme.replace(/\\/g, '/')))}::${escapeData(visibleButBreaks(catalogue(ctx.locale).ui.rulesNotRun(programme)))}`);
  }
  lines.push(summaryLine(diagnostics, ctx));
  return `${lines.join('\n')}\n`;
};
