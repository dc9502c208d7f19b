import { methodRuleIds, type Diagnostic, type MethodRuleId, type Severity } from './diagnostics.js';
import { locate } from './locate.js';
import type { ParsedFile } from './parse/parsed-file.js';
import { nearest } from './text/nearest.js';

/** What a team may set per method rule: turn it off, or change its severity. */
export type RuleSetting = 'off' | Severity;
export const ruleSettings: readonly RuleSetting[] = ['off', 'warning', 'error'];

/** Numbers the method's rules count against, which a team may change. */
export interface MethodSettings {
  /** role-overloaded: the most messages one role may receive in one calendar week (Monday to Sunday). */
  maxMessagesPerWeek: number;
}

export const defaultSettings: MethodSettings = { maxMessagesPerWeek: 3 };

/** Where each setting lives in `.mentor.yaml`, and the whole numbers it accepts. */
const settingKeys: Record<string, Record<string, { setting: keyof MethodSettings; min: number; max: number }>> = {
  comms: { maxMessagesPerWeek: { setting: 'maxMessagesPerWeek', min: 1, max: 50 } },
};

/** A project's `.mentor.yaml`: per-rule settings, and the numbers some rules count against. */
export interface MentorConfig {
  rules: Partial<Record<MethodRuleId, RuleSetting>>;
  /** Settings given in the file; the rest keep `defaultSettings`. */
  settings?: Partial<MethodSettings>;
}

/** A problem in the config file itself: a usage/configuration error (exit 2), with a position. */
export interface ConfigProblem {
  line: number;
  column: number;
  kind: 'not-a-mapping' | 'unknown-key' | 'unknown-rule' | 'bad-setting' | 'bad-number';
  value: string;
  suggestion?: string;
  /** For `bad-number`: the key and the range it accepts. */
  key?: string;
  min?: number;
  max?: number;
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
  // A section of numbers, e.g. `comms: { maxMessagesPerWeek: 4 }`: a bad number is an error, not a default.
  const readSection = (name: string, value: unknown, section: (typeof settingKeys)[string]): void => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ ...at([name]), kind: 'not-a-mapping', value: name });
      return;
    }
    for (const [key, number] of Object.entries(value as Record<string, unknown>)) {
      const spec = Object.hasOwn(section, key) ? section[key] : undefined;
      if (!spec) {
        problems.push({ ...at([name, key], 'key'), kind: 'unknown-key', value: `${name}.${key}`, ...suggest(key, Object.keys(section)) });
      } else if (typeof number !== 'number' || !Number.isInteger(number) || number < spec.min || number > spec.max) {
        problems.push({ ...at([name, key]), kind: 'bad-number', value: String(number), key: `${name}.${key}`, min: spec.min, max: spec.max });
      } else {
        (config.settings ??= {})[spec.setting] = number;
      }
    }
  };
  if (data === undefined || data === null) return { config, problems };
  if (typeof data !== 'object' || Array.isArray(data)) return { config, problems: [{ ...at([]), kind: 'not-a-mapping', value: '' }] };
  const topKeys = ['rules', ...Object.keys(settingKeys)];
  for (const [key, value] of Object.entries(data)) {
    const section = Object.hasOwn(settingKeys, key) ? settingKeys[key] : undefined;
    if (section) {
      readSection(key, value, section);
      continue;
    }
    if (key !== 'rules') {
      problems.push({ ...at([key], 'key'), kind: 'unknown-key', value: key, ...suggest(key, topKeys) });
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
