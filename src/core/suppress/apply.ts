import { compareDiagnostics, methodRuleIds, ruleIds, type Diagnostic } from '../diagnostics.js';
import type { Workspace } from '../model/bundle.js';
import type { Finding, ParsedFile } from '../parse/parsed-file.js';
import { nearest } from '../text/nearest.js';
import { word } from '../word.js';
import type { Locale } from '../../messages/index.js';
import { findDirectives, type Directive } from './directives.js';

/** A finding a `# mentor-disable…` comment silenced, with the reason written in that comment. */
export interface SuppressedDiagnostic extends Diagnostic {
  suppression: { kind: Directive['kind']; reason: string; line: number };
}

export interface SuppressionResult {
  /** What is still reported: the findings left, plus findings about the comments themselves. */
  diagnostics: Diagnostic[];
  suppressed: SuppressedDiagnostic[];
}

/** Only the method's rules can be silenced: a YAML or schema finding means the file does not say what it seems to. */
const suppressible: ReadonlySet<string> = new Set(methodRuleIds);

/** Every file of a workspace once: those named, and those reached through includes. */
export function workspaceFiles(workspace: Workspace): ParsedFile[] {
  return [...new Set([...workspace.files, ...workspace.bundles.flatMap((b) => [b.programme, ...b.people, ...b.records])])];
}

/**
 * Applies the `# mentor-disable-next-line RULE -- reason` and `# mentor-disable RULE -- reason`
 * comments of the files to their diagnostics. A comment without a reason still suppresses (so the
 * user sees one finding, not two) but is itself an error; one that names no suppressible rule, or
 * suppresses nothing, is reported like eslint's --report-unused-disable-directives.
 */
export function applySuppressions(files: readonly ParsedFile[], diagnostics: readonly Diagnostic[], locale: Locale): SuppressionResult {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const silenced = new Map<Diagnostic, SuppressedDiagnostic>();
  const findings: Finding[] = [];
  for (const file of files) {
    if (file.text === undefined || !file.text.includes('mentor-disable')) continue;
    const inFile = byFile.get(file.file) ?? [];
    for (const directive of findDirectives(file.text)) {
      const at = { file, path: [], position: { line: directive.line, column: directive.column } };
      const name = directive.kind === 'file' ? 'mentor-disable' : 'mentor-disable-next-line';
      if (directive.ruleIds.length === 0) {
        findings.push({ ruleId: 'suppression-invalid', params: { reason: 'no-rule' }, at });
        continue;
      }
      if (directive.kind === 'file' && !directive.atTop) {
        findings.push({ ruleId: 'suppression-invalid', params: { reason: 'not-at-top' }, at });
        continue;
      }
      if (directive.reason === '') findings.push({ ruleId: 'suppression-missing-reason', params: { rules: directive.ruleIds.join(', '), directive: name }, at });
      for (const rule of directive.ruleIds) {
        if (!suppressible.has(rule)) {
          const known = (ruleIds as readonly string[]).includes(rule);
          const suggestion = known ? undefined : nearest(rule, methodRuleIds);
          findings.push({ ruleId: 'suppression-invalid', params: { reason: known ? 'not-suppressible' : 'unknown-rule', rule, ...(suggestion ? { suggestion } : {}) }, at });
          continue;
        }
        const hits = inFile.filter((d) => d.ruleId === rule && (directive.kind === 'file' || d.start.line === directive.target));
        if (hits.length === 0) {
          findings.push({ ruleId: 'suppression-unused', params: { rule, kind: directive.kind }, at });
          continue;
        }
        for (const d of hits) if (!silenced.has(d)) silenced.set(d, { ...d, suppression: { kind: directive.kind, reason: directive.reason, line: directive.line } });
      }
    }
  }
  return {
    diagnostics: [...diagnostics.filter((d) => !silenced.has(d)), ...findings.map((f) => word(f, locale))].sort(compareDiagnostics),
    suppressed: [...silenced.values()].sort(compareDiagnostics),
  };
}
