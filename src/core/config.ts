import { methodRuleIds, type Diagnostic, type MethodRuleId, type Severity } from './diagnostics.js';
import { locate } from './locate.js';
import type { ParsedFile } from './parse/parsed-file.js';
import { nearest } from './text/nearest.js';

/** What a team may set per method rule: turn it off, or change its severity. */
export type RuleSetting = 'off' | Severity;
export const ruleSettings: readonly RuleSetting[] = ['off', 'warning', 'error'];

/** A project's `.mentor.yaml`: for now, per-rule settings. */
export interface MentorConfig {
  rules: Partial<Record<MethodRuleId, RuleSetting>>;
}

/** A problem in the config file itself: a usage/configuration error (exit 2), with a position. */
export interface ConfigProblem {
  line: number;
  column: number;
  kind: 'not-a-mapping' | 'unknown-key' | 'unknown-rule' | 'bad-setting';
  value: string;
  suggestion?: string;
}

/**
 * Reads a parsed config file. Only method rules can be configured: YAML and schema findings mean
 * the file cannot be read as the format says, and no setting makes that true.
 */
export function readConfig(file: ParsedFile): { config: MentorConfig; problems: ConfigProblem[] } {
  const config: MentorConfig = { rules: {} };
  const problems: ConfigProblem[] = [];
  const at = (path: (string | number)[], target: 'key' | 'value' = 'value'): { line: number; column: number } => locate({ file, path, target }).start;
  const data = file.data;
  if (data === undefined || data === null) return { config, problems };
  if (typeof data !== 'object' || Array.isArray(data)) return { config, problems: [{ ...at([]), kind: 'not-a-mapping', value: '' }] };
  for (const [key, value] of Object.entries(data)) {
    if (key !== 'rules') {
      problems.push({ ...at([key], 'key'), kind: 'unknown-key', value: key, ...suggest(key, ['rules']) });
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ ...at(['rules']), kind: 'not-a-mapping', value: 'rules' });
      continue;
    }
    for (const [rule, setting] of Object.entries(value as Record<string, unknown>)) {
      if (!(methodRuleIds as readonly string[]).includes(rule)) {
        problems.push({ ...at(['rules', rule], 'key'), kind: 'unknown-rule', value: rule, ...suggest(rule, methodRuleIds) });
      } else if (typeof setting !== 'string' || !(ruleSettings as readonly string[]).includes(setting)) {
        problems.push({ ...at(['rules', rule]), kind: 'bad-setting', value: String(setting) });
      } else {
        config.rules[rule as MethodRuleId] = setting as RuleSetting;
      }
    }
  }
  return { config, problems };
}

function suggest(word: string, candidates: readonly string[]): { suggestion?: string } {
  const suggestion = nearest(word, candidates);
  return suggestion === undefined ? {} : { suggestion };
}

/** Applies the per-rule settings: drops rules set to `off`, re-grades the others. */
export function applyConfig(diagnostics: readonly Diagnostic[], config: MentorConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = config.rules[d.ruleId as MethodRuleId];
    if (setting === 'off') continue;
    out.push(setting === undefined || setting === d.severity ? d : { ...d, severity: setting });
  }
  return out;
}
