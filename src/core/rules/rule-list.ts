import { fileRuleIds, methodRuleIds, schemaRuleIds, suppressionRuleIds, type RuleId, type Severity } from '../diagnostics.js';
import { editDistance } from '../text/nearest.js';
import { defaultSeverity } from '../word.js';

export type RuleGroup = 'file' | 'schema' | 'method' | 'suppression';

/** One rule as `mentor rules` and `mentor explain` describe it: words come from the catalogues. */
export interface RuleInfo {
  id: RuleId;
  group: RuleGroup;
  severity: Severity;
  /** Whether `.mentor.yaml` may turn it off or re-grade it (and a comment suppress it): method rules only. */
  configurable: boolean;
}

/** Every rule, in the order docs/rules.md lists them. */
export function listRules(): RuleInfo[] {
  const of = (ids: readonly RuleId[], group: RuleGroup): RuleInfo[] => ids.map((id) => ({ id, group, severity: defaultSeverity(id), configurable: group === 'method' }));
  return [...of(fileRuleIds, 'file'), ...of(schemaRuleIds, 'schema'), ...of(methodRuleIds, 'method'), ...of(suppressionRuleIds, 'suppression')];
}

/**
 * The ids closest to a mistyped one (at most `count`), for "did you mean": an id containing the
 * word (`capacity` → `mentor-over-capacity`) first, then by edit distance within a third of the length.
 */
export function nearestRuleIds(word: string, count = 3): RuleId[] {
  const lower = word.toLowerCase();
  const ids = listRules().map((r) => r.id);
  const containing = lower.length >= 3 ? ids.filter((id) => id.includes(lower) || lower.includes(id)) : [];
  const allowed = Math.max(2, Math.floor(lower.length / 3));
  const close = ids
    .map((id) => ({ id, d: editDistance(lower, id) }))
    .filter(({ id, d }) => d <= allowed && !containing.includes(id))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .map(({ id }) => id);
  return [...containing, ...close].slice(0, count);
}
