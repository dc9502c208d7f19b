import type { Diagnostic } from '../../core/diagnostics.js';
import { catalogue } from '../../messages/index.js';
import { escapeXml, escapeXmlAttribute } from '../escape-xml.js';
import type { DiagnosticFormatter } from './formatter.js';
import { groupByFile } from './group-by-file.js';

/** Name of the single passing testcase a clean file gets, so CI servers count the file as tested. */
export const junitPassingTestName = 'valid';

/**
 * JUnit XML as Jenkins, GitLab and Azure Pipelines read it: one <testsuite> per file checked, one
 * <testcase> per diagnostic (classname = file, name = `ruleId line:column`).
 *
 * Errors are <failure>s. Warnings are passing testcases whose text sits in <system-out>: the report
 * then agrees with the default exit code, where warnings alone do not fail the run. (Not <skipped>:
 * that means "not run", and CI servers would show checked files as partly untested.) A file with no
 * diagnostics gets one passing testcase named `valid`.
 *
 * `time` is always 0: formatters are pure and lint checks have no meaningful per-case duration.
 */
export const junit: DiagnosticFormatter = (diagnostics, ctx) => {
  const texts = catalogue(ctx.locale).ui;
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, group] of groupByFile(diagnostics, ctx.files)) {
    const cases: string[] = [];
    const names = new Map<string, number>();
    let suiteFailures = 0;
    for (const d of group) {
      const name = uniqueName(`${d.ruleId} ${d.start.line}:${d.start.column}`, names);
      const open = `    <testcase classname="${escapeXmlAttribute(file)}" name="${escapeXmlAttribute(name)}" time="0">`;
      if (d.severity === 'error') {
        suiteFailures++;
        cases.push(`${open}\n      <failure type="${escapeXmlAttribute(d.ruleId)}" message="${escapeXmlAttribute(d.message)}">${escapeXml(details(d))}</failure>\n    </testcase>`);
      } else {
        cases.push(`${open}\n      <system-out>${escapeXml(`${texts.warningLabel}: ${details(d)}`)}</system-out>\n    </testcase>`);
      }
    }
    if (group.length === 0) cases.push(`    <testcase classname="${escapeXmlAttribute(file)}" name="${junitPassingTestName}" time="0"/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${escapeXmlAttribute(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const root = `<testsuites name="mentor validate" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">`;
  const body = suites.length > 0 ? `${root}\n${suites.join('\n')}\n</testsuites>` : `${root}</testsuites>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
};

/** Message, hint and where it is: the body CI servers show when a testcase is opened. */
function details(d: Diagnostic): string {
  const lines = [d.message];
  if (d.hint) lines.push(`→ ${d.hint}`);
  lines.push(`${d.file}:${d.start.line}:${d.start.column}${d.path ? ` (${d.path})` : ''}`);
  return lines.join('\n');
}

// Two findings of one rule at one position would otherwise share a name, and some CI servers
// merge testcases by classname + name.
function uniqueName(name: string, seen: Map<string, number>): string {
  const count = (seen.get(name) ?? 0) + 1;
  seen.set(name, count);
  return count === 1 ? name : `${name} (${count})`;
}
