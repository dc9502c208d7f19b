import picomatch from 'picomatch';
import { methodRuleIds, type Diagnostic, type MethodRuleId, type Severity } from './diagnostics.js';
import { locate } from './locate.js';
import type { ParsedFile } from './parse/parsed-file.js';
import { nearest } from './text/nearest.js';

/** What a team may set per method rule: turn it off, or change its severity. */
export type RuleSetting = 'off' | Severity;
export const ruleSettings: readonly RuleSetting[] = ['off', 'warning', 'error'];

/** Rule settings for the files a glob matches, over the top-level ones (later overrides win). */
export interface ConfigOverride {
  /** Globs relative to the config file's folder (`records/**`, `pilot/*.yaml`). */
  files: string[];
  rules: Partial<Record<MethodRuleId, RuleSetting>>;
}

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

/** A project's `.mentor.yaml`: per-rule settings, per-path overrides of them, and the numbers some rules count against. */
export interface MentorConfig {
  rules: Partial<Record<MethodRuleId, RuleSetting>>;
  overrides?: ConfigOverride[];
  /** Where it was read from (absolute), set by the I/O layer: `overrides` globs are relative to its folder. */
  source?: string;
  /** Settings given in the file; the rest keep `defaultSettings`. */
  settings?: Partial<MethodSettings>;
}

/** A problem in the config file itself: a usage/configuration error (exit 2), with a position. */
export interface ConfigProblem {
  line: number;
  column: number;
  kind: 'not-a-mapping' | 'unknown-key' | 'unknown-rule' | 'bad-setting' | 'bad-number' | 'not-a-list' | 'bad-files';
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
  const readRules = (value: unknown, path: (string | number)[]): Partial<Record<MethodRuleId, RuleSetting>> => {
    const rules: Partial<Record<MethodRuleId, RuleSetting>> = {};
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ ...at(path), kind: 'not-a-mapping', value: String(path.at(-1)) });
      return rules;
    }
    for (const [rule, setting] of Object.entries(value as Record<string, unknown>)) {
      if (!(methodRuleIds as readonly string[]).includes(rule)) {
        problems.push({ ...at([...path, rule], 'key'), kind: 'unknown-rule', value: rule, ...suggest(rule, methodRuleIds) });
      } else if (typeof setting !== 'string' || !(ruleSettings as readonly string[]).includes(setting)) {
        problems.push({ ...at([...path, rule]), kind: 'bad-setting', value: String(setting) });
      } else {
        rules[rule as MethodRuleId] = setting as RuleSetting;
      }
    }
    return rules;
  };
  const topKeys = ['rules', 'overrides', ...Object.keys(settingKeys)];
  for (const [key, value] of Object.entries(data)) {
    const section = Object.hasOwn(settingKeys, key) ? settingKeys[key] : undefined;
    if (section) readSection(key, value, section);
    else if (key === 'rules') config.rules = readRules(value, ['rules']);
    else if (key === 'overrides') config.overrides = readOverrides(value);
    else problems.push({ ...at([key], 'key'), kind: 'unknown-key', value: key, ...suggest(key, topKeys) });
  }
  function readOverrides(value: unknown): ConfigOverride[] {
    if (!Array.isArray(value)) {
      problems.push({ ...at(['overrides']), kind: 'not-a-list', value: 'overrides' });
      return [];
    }
    return value.flatMap((entry: unknown, i): ConfigOverride[] => {
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        problems.push({ ...at(['overrides', i]), kind: 'not-a-mapping', value: `overrides[${i}]` });
        return [];
      }
      const { files, rules, ...rest } = entry as Record<string, unknown>;
      for (const key of Object.keys(rest)) problems.push({ ...at(['overrides', i, key], 'key'), kind: 'unknown-key', value: key, ...suggest(key, ['files', 'rules']) });
      const globs = typeof files === 'string' ? [files] : Array.isArray(files) && files.every((f) => typeof f === 'string') ? (files as string[]) : undefined;
      if (!globs || globs.length === 0 || globs.some((g) => g === '')) {
        problems.push({ ...at(['overrides', i, ...(files === undefined ? [] : ['files'])]), kind: 'bad-files', value: `overrides[${i}].files` });
        return [];
      }
      return [{ files: globs, rules: readRules(rules ?? {}, ['overrides', i, 'rules']) }];
    });
  }
  return { config, problems };
}

function suggest(word: string, candidates: readonly string[]): { suggestion?: string } {
  const suggestion = nearest(word, candidates);
  return suggestion === undefined ? {} : { suggestion };
}

/**
 * Applies the per-rule settings: drops rules set to `off`, re-grades the others. An override whose
 * globs match a finding's file (as `pathOf` gives it: relative to the config file's folder, with
 * `/`) wins over the top-level settings; of several, the last one in the file.
 */
export function applyConfig(diagnostics: readonly Diagnostic[], config: MentorConfig, pathOf: (file: string) => string = (f) => f): Diagnostic[] {
  const overrides = (config.overrides ?? []).map((o) => ({ match: picomatch(o.files, { dot: true }), rules: o.rules }));
  const settingsOf = new Map<string, Partial<Record<MethodRuleId, RuleSetting>>>();
  const settingsFor = (file: string): Partial<Record<MethodRuleId, RuleSetting>> => {
    let settings = settingsOf.get(file);
    if (!settings) {
      const path = pathOf(file);
      settings = Object.assign({}, config.rules, ...overrides.filter((o) => o.match(path)).map((o) => o.rules)) as Partial<Record<MethodRuleId, RuleSetting>>;
      settingsOf.set(file, settings);
    }
    return settings;
  };
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = settingsFor(d.file)[d.ruleId as MethodRuleId];
    if (setting === 'off') continue;
    out.push(setting === undefined || setting === d.severity ? d : { ...d, severity: setting });
  }
  return out;
}
